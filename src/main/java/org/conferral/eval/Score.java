package org.conferral.eval;

/** Counts of true positives, false positives and false negatives, and the measures from them. */
public final class Score {
  int tp;
  int fp;
  int fn;

  public int tp() { return tp; }
  public int fp() { return fp; }
  public int fn() { return fn; }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Gold positives. */
  public int support() {
    return tp + fn;
  }

  void add(boolean gold, boolean predicted) {
    if (gold && predicted) {
      tp++;
    } else if (predicted) {
      fp++;
    } else if (gold) {
      fn++;
    }
  }
}

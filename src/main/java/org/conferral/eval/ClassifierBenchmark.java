package org.conferral.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conferral.classify.EntryClassifier;

/**
 * Throughput harness (not a test): entries per second on one thread for the dev-dockets mix and for
 * discovery-only texts; prints the median of several rounds after warm-up. Args: path to gold folder.
 */
public final class ClassifierBenchmark {

  private ClassifierBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args.length > 0 ? args[0] : "../shared/gold");
    List<GoldEntry> mix = GoldFiles.read(gold.resolve("dev-dockets.jsonl"));
    List<GoldEntry> discovery = new ArrayList<>();
    for (GoldEntry e : GoldFiles.read(gold.resolve("dev-entries.jsonl"))) {
      if (!e.rulings().isEmpty()) {
        discovery.add(e);
      }
    }
    EntryClassifier c = new EntryClassifier();
    report("realistic mix (dev-dockets)", c, mix);
    report("discovery-only (dev-entries with rulings)", c, discovery);
  }

  private static void report(String name, EntryClassifier c, List<GoldEntry> entries) {
    String[] texts = entries.stream().map(GoldEntry::text).toArray(String[]::new);
    int perRound = 200_000;
    long sink = 0;
    for (int w = 0; w < 3; w++) {
      sink += round(c, texts, perRound);
    }
    double[] rates = new double[7];
    for (int r = 0; r < rates.length; r++) {
      long t0 = System.nanoTime();
      sink += round(c, texts, perRound);
      rates[r] = perRound / ((System.nanoTime() - t0) / 1e9);
    }
    Arrays.sort(rates);
    System.out.printf("%-45s median %,.0f entries/s (min %,.0f, max %,.0f) [%d]%n",
        name, rates[rates.length / 2], rates[0], rates[rates.length - 1], sink % 10);
  }

  private static long round(EntryClassifier c, String[] texts, int n) {
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += c.classify(texts[i % texts.length], null).rulings().size();
    }
    return s;
  }
}

package org.conferral.jobs;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One progress line per stage (rows, seconds, rate), and the durations for the manifest. */
final class StageLog {
  private final PrintStream out;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private long start = System.nanoTime();

  StageLog(PrintStream out) {
    this.out = out;
  }

  void done(String stage, long rows, String detail) {
    long now = System.nanoTime();
    double s = (now - start) / 1e9;
    seconds.put(stage, s);
    start = now;
    out.printf(
        Locale.ROOT,
        "conferral: %-10s %,12d rows %8.1f s %,12.0f rows/s%s%n",
        stage,
        rows,
        s,
        s > 0 ? rows / s : 0.0,
        detail == null || detail.isEmpty() ? "" : "  " + detail);
  }

  Map<String, Double> seconds() {
    return seconds;
  }
}

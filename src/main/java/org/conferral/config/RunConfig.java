package org.conferral.config;

import java.util.List;
import java.util.Optional;
import org.conferral.ingest.SourceFormat;

/**
 * What one run of the job does: where it reads, where it writes, and the knobs of the metric.
 *
 * @param inputs files or folders (local paths or any Hadoop FileSystem URI), read recursively
 * @param output the folder that holds published runs and {@code manifest.json}
 * @param format forces one reader for every input file instead of detecting each file's format
 * @param minCell rate cells with fewer ruled motions than this are flagged and suppressed in
 *     reports
 * @param maxRejectShare a source whose rejected share of records read exceeds this fails the run
 * @param full rebuild every table from all inputs, ignoring the ledger of files already ingested
 * @param keepRuns how many published runs (the current one included) stay under {@code runs/}
 */
public record RunConfig(
    List<String> inputs,
    String output,
    Optional<SourceFormat> format,
    int minCell,
    double maxRejectShare,
    boolean full,
    int keepRuns) {

  public static final int DEFAULT_MIN_CELL = 10;
  public static final double DEFAULT_MAX_REJECT_SHARE = 0.5;
  public static final int DEFAULT_KEEP_RUNS = 3;

  public RunConfig {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException(
          "No --input given: name at least one file or folder to read");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException(
          "No --output given: name the folder to write the tables to");
    }
    if (minCell < 1) {
      throw new IllegalArgumentException("--min-cell must be at least 1 (got " + minCell + ")");
    }
    if (!(maxRejectShare >= 0 && maxRejectShare <= 1)) {
      throw new IllegalArgumentException(
          "--max-reject-share must be between 0 and 1 (got " + maxRejectShare + ")");
    }
    if (keepRuns < 1) {
      throw new IllegalArgumentException("--keep-runs must be at least 1 (got " + keepRuns + ")");
    }
  }

  /** An incremental run keeping {@link #DEFAULT_KEEP_RUNS} runs. */
  public RunConfig(
      List<String> inputs,
      String output,
      Optional<SourceFormat> format,
      int minCell,
      double maxRejectShare) {
    this(inputs, output, format, minCell, maxRejectShare, false, DEFAULT_KEEP_RUNS);
  }
}

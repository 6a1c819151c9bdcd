package org.conferral.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.conferral.config.RunConfig;
import org.conferral.ingest.SourceFormat;
import org.conferral.jobs.ConferralJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conferral run}: the whole job over a set of exports. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Reads docket exports (any mix of supported formats, plain or .gz/.bz2), classifies every",
      "entry, links rulings to motions, computes conferral-denial rates and writes Parquet tables,",
      "a report and OUTPUT/manifest.json."
    })
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders to read (recursively); local paths, hdfs:// or s3a:// URIs.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write to.")
  String output;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "Read every input as this format instead of detecting each file's: cl-bulk-dockets,"
              + " cl-bulk-clusters, cl-bulk-opinions, cl-bulk-idb, cl-api, recap-xml, juriscraper,"
              + " scales, govinfo-mods, govinfo-jsonl, fjc-idb.")
  String format;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: local[*], or what spark-submit sets).")
  String master;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      defaultValue = "" + RunConfig.DEFAULT_MIN_CELL,
      description = "Suppress rate cells with fewer ruled motions in reports (default ${DEFAULT-VALUE}).")
  int minCell;

  @Option(
      names = "--max-reject-share",
      paramLabel = "X",
      defaultValue = "" + RunConfig.DEFAULT_MAX_REJECT_SHARE,
      description =
          "Fail (exit 3) when a source rejects more than this share of its records (default"
              + " ${DEFAULT-VALUE}).")
  double maxRejectShare;

  @Override
  public Integer call() {
    RunConfig config =
        new RunConfig(
            inputs,
            output,
            Optional.ofNullable(format).map(SourceFormat::fromId),
            minCell,
            maxRejectShare);
    SparkSession spark = Sessions.create(master);
    try {
      ConferralJob.Result r = ConferralJob.run(spark, config, System.out);
      System.out.println("conferral: published run " + r.runId() + " -> " + r.manifestPath());
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}

package org.conferral.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.conferral.config.ConfigFile;
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
      "a report and OUTPUT/manifest.json. Incremental: only input files not yet in the output's",
      "ledger are read, and their records upserted; --full rebuilds from every input.",
      "Settings come from --config FILE (Java properties; see jobs/conferral.conf.example), each",
      "overridden by its option here."
    },
    footer = {
      "",
      "Exit codes: 0 published (or nothing new); 1 failed, last published run intact; 2 bad"
          + " options,",
      "configuration or input; 3 too many rejects in a source; 4 another run holds OUTPUT/.lock."
    })
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Properties file with the settings.")
  Path config;

  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Files or folders to read (recursively); local paths, hdfs:// or s3a:// URIs (key"
              + " input).")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder to write to (key output).")
  String output;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "Read every input as this format instead of detecting each file's: cl-bulk-dockets,"
              + " cl-bulk-clusters, cl-bulk-opinions, cl-bulk-idb, cl-api, recap-xml, juriscraper,"
              + " scales, govinfo-mods, govinfo-jsonl, fjc-idb (key format).")
  String format;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: local[*], or what spark-submit sets; key master).")
  String master;

  @Option(
      names = "--min-cell",
      paramLabel = "N",
      description =
          "Suppress rate cells with fewer ruled motions in reports (default "
              + RunConfig.DEFAULT_MIN_CELL
              + "; key min_cell).")
  Integer minCell;

  @Option(
      names = "--max-reject-share",
      paramLabel = "X",
      description =
          "Fail (exit 3) when a source rejects more than this share of its records (default "
              + RunConfig.DEFAULT_MAX_REJECT_SHARE
              + "; key max_reject_share).")
  Double maxRejectShare;

  @Option(
      names = "--keep-runs",
      paramLabel = "N",
      description =
          "Published runs kept under OUTPUT/runs, the new one included (default "
              + RunConfig.DEFAULT_KEEP_RUNS
              + "; key keep_runs).")
  Integer keepRuns;

  @Option(
      names = "--full",
      description = "Rebuild every table from all inputs, ignoring the ledger (key full).")
  boolean full;

  @Override
  public Integer call() {
    ConfigFile file = config == null ? ConfigFile.empty() : ConfigFile.load(config);
    String f = file.string("format", format);
    RunConfig rc =
        new RunConfig(
            file.inputs(inputs),
            file.string("output", output),
            Optional.ofNullable(f).map(SourceFormat::fromId),
            file.integer("min_cell", minCell, RunConfig.DEFAULT_MIN_CELL),
            file.decimal("max_reject_share", maxRejectShare, RunConfig.DEFAULT_MAX_REJECT_SHARE),
            file.flag("full", full),
            file.integer("keep_runs", keepRuns, RunConfig.DEFAULT_KEEP_RUNS));
    SparkSession spark = Sessions.create(file.string("master", master));
    try {
      ConferralJob.Result r = ConferralJob.run(spark, rc, System.out);
      if (r.published()) {
        System.out.println("conferral: published run " + r.runId() + " -> " + r.manifestPath());
      } else {
        System.out.println(
            "conferral: nothing new since run " + r.runId() + "; published state unchanged");
      }
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}

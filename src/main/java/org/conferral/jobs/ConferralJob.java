package org.conferral.jobs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.classify.ClassifyStage;
import org.conferral.config.RunConfig;
import org.conferral.ingest.FileIngest;
import org.conferral.ingest.FileSummary;
import org.conferral.ingest.IngestStage;
import org.conferral.ingest.Readers;
import org.conferral.io.InputFile;
import org.conferral.io.InputFiles;
import org.conferral.io.RunOutput;
import org.conferral.io.TableWriter;
import org.conferral.link.LinkStage;
import org.conferral.report.ReportStage;
import org.conferral.report.SummaryReport;
import org.conferral.stats.ConferralRatesStage;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;

/**
 * The conferral job: read the exports, classify, link, build features, aggregate, report, publish.
 * {@link #run} is what the command line and the tests call; it never creates or stops the session.
 */
public final class ConferralJob {

  /** What a run did: its id, where the manifest is, and the published manifest itself. */
  public record Result(String runId, String manifestPath, Map<String, Object> manifest) {}

  /** Thrown when a source's rejects pass the configured share: the run is not published. */
  public static final class RejectShareExceeded extends RuntimeException {
    RejectShareExceeded(String message) {
      super(message);
    }
  }

  private ConferralJob() {}

  public static Result run(SparkSession spark, RunConfig config, PrintStream log) {
    StageLog stages = new StageLog(log);
    RunOutput output = new RunOutput(config.output(), spark.sparkContext().hadoopConfiguration());
    Map<String, Object> tables = new LinkedHashMap<>();

    // 1. Find the input files.
    List<InputFile> files = InputFiles.list(config.inputs(), spark.sparkContext().hadoopConfiguration());
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "No input files found under --input " + String.join(" ", config.inputs()));
    }

    // 2. Ingest: every file read, every record in a table or in rejects.
    IngestStage.Result in = IngestStage.apply(spark, files, config.format());
    Map<String, SourceTotals> sources = SourceTotals.of(in.files());
    long read = sources.values().stream().mapToLong(SourceTotals::read).sum();
    stages.done("ingest", read, describe(sources));
    checkRejectShare(sources, config.maxRejectShare());
    write(tables, output, Tables.DOCKETS, in.dockets());
    write(tables, output, Tables.ENTRIES, in.entries());
    write(tables, output, Tables.DOCUMENTS, in.documents());
    write(tables, output, Tables.REJECTS, in.rejects());
    in.union().unpersist();
    stages.done("write", count(tables, "entries"), "ingested tables written");

    // 3. Classify every entry (reads back the written tables: the stage does no I/O of its own).
    Dataset<Row> entries = TableWriter.read(spark, Tables.ENTRIES, output.runPath("entries"));
    Dataset<Row> documents = TableWriter.read(spark, Tables.DOCUMENTS, output.runPath("documents"));
    write(tables, output, Tables.ENTRY_LABELS, ClassifyStage.apply(entries, documents));
    stages.done("classify", count(tables, "entry_labels"), "");

    // 4. Link rulings to motions and build one outcome row per motion.
    Dataset<Row> labels = TableWriter.read(spark, Tables.ENTRY_LABELS, output.runPath("entry_labels"));
    Dataset<Row> dockets = TableWriter.read(spark, Tables.DOCKETS, output.runPath("dockets"));
    LinkStage.Result linked = LinkStage.apply(labels, dockets);
    write(tables, output, Tables.MOTIONS, linked.motions());
    write(tables, output, Tables.RULINGS, linked.rulings());
    write(tables, output, Tables.MOTION_OUTCOMES, linked.motionOutcomes());
    linked.union().unpersist();
    stages.done("link", count(tables, "rulings"), count(tables, "motions") + " motions");

    // 5. Aggregate: rates with intervals by court, year, judge, ...
    Dataset<Row> outcomes =
        TableWriter.read(spark, Tables.MOTION_OUTCOMES, output.runPath("motion_outcomes"));
    write(tables, output, Tables.CONFERRAL_RATES, ConferralRatesStage.apply(outcomes, config.minCell()));
    stages.done("aggregate", count(tables, "conferral_rates"), "");

    // 6. Report.
    Map<String, Long> rowCounts = new LinkedHashMap<>();
    tables.keySet().forEach(k -> rowCounts.put(k, count(tables, k)));
    org.conferral.report.ReportStage.Tables reportTables =
        new org.conferral.report.ReportStage.Tables(
            TableWriter.read(spark, Tables.CONFERRAL_RATES, output.runPath("conferral_rates")),
            TableWriter.read(spark, Tables.REJECTS, output.runPath("rejects")),
            TableWriter.read(spark, Tables.RULINGS, output.runPath("rulings")),
            dockets,
            entries,
            TableWriter.read(spark, Tables.MOTIONS, output.runPath("motions")),
            outcomes);
    org.conferral.report.ReportData reportData =
        ReportStage.collect(
            output.runId(),
            reportTables,
            sources.values().stream()
                .map(
                    t ->
                        new org.conferral.report.ReportData.Source(
                            t.source(), t.files(), t.read(), t.ingested(), t.rejected(), t.lost()))
                .toList(),
            rowCounts,
            config.minCell());
    Map<String, Object> reports =
        org.conferral.report.ReportFiles.write(
            output, spark.sparkContext().hadoopConfiguration(), reportData, reportTables);
    stages.done("report", reports.size(), "files under report/");

    // 7. Publish: the manifest names this run's tables and reports.
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", output.runId());
    manifest.put("code_version", ConferralJob.class.getPackage().getImplementationVersion());
    manifest.put("config", configJson(config));
    manifest.put("sources", toJson(sources));
    manifest.put("inputs", inputsJson(in.files()));
    manifest.put("tables", tables);
    manifest.put("reports", reports);
    manifest.put("stage_seconds", stages.seconds());
    String published = output.publish(manifest);
    return new Result(output.runId(), published, manifest);
  }

  private static void write(
      Map<String, Object> tables, RunOutput output, Table table, Dataset<Row> frame) {
    String path = output.runPath(table.name());
    long rows = TableWriter.write(frame, table, path);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("path", path);
    t.put("rows", rows);
    tables.put(table.name(), t);
  }

  @SuppressWarnings("unchecked")
  private static long count(Map<String, Object> tables, String name) {
    return (Long) ((Map<String, Object>) tables.get(name)).get("rows");
  }

  private static void checkRejectShare(Map<String, SourceTotals> sources, double max) {
    for (SourceTotals t : sources.values()) {
      if (!t.source().equals(FileIngest.UNKNOWN_SOURCE) && t.rejectShare() > max) {
        throw new RejectShareExceeded(
            String.format(
                java.util.Locale.ROOT,
                "Source %s: %d of %d records rejected (%.1f%%), above --max-reject-share %.1f%%;"
                    + " see the rejects of this run or raise the limit",
                t.source(), t.rejected(), t.read(), 100 * t.rejectShare(), 100 * max));
      }
    }
  }

  private static String describe(Map<String, SourceTotals> sources) {
    List<String> parts = new ArrayList<>();
    for (SourceTotals t : sources.values()) {
      parts.add(
          t.source() + " read=" + t.read() + " ingested=" + t.ingested() + " rejected=" + t.rejected()
              + (t.lost() != 0 ? " LOST=" + t.lost() : ""));
    }
    return String.join("; ", parts);
  }

  private static Map<String, Object> toJson(Map<String, SourceTotals> sources) {
    Map<String, Object> m = new LinkedHashMap<>();
    sources.forEach((k, v) -> m.put(k, v.toJson()));
    return m;
  }

  private static List<Object> inputsJson(List<FileSummary> files) {
    List<Object> list = new ArrayList<>();
    for (FileSummary f : files) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      m.put("format", f.format());
      m.put("size", f.size());
      m.put("sha256", f.sha256());
      m.put("records_read", f.recordsRead());
      m.put("ingested", f.ingested());
      m.put("rejected", f.rejects());
      if (f.error() != null) {
        m.put("error", f.error());
      }
      list.add(m);
    }
    return list;
  }

  private static Map<String, Object> configJson(RunConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("inputs", c.inputs());
    m.put("output", c.output());
    m.put("format", c.format().map(f -> f.id()).orElse(null));
    m.put("min_cell", c.minCell());
    m.put("max_reject_share", c.maxRejectShare());
    return m;
  }
}

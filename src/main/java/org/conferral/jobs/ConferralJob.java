package org.conferral.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.conferral.classify.ClassifyStage;
import org.conferral.classify.StreamLabels;
import org.conferral.config.RunConfig;
import org.conferral.features.FeaturesStage;
import org.conferral.ingest.FileIngest;
import org.conferral.ingest.FileSummary;
import org.conferral.ingest.IngestStage;
import org.conferral.io.InputFile;
import org.conferral.io.InputFiles;
import org.conferral.io.Ledger;
import org.conferral.io.PublishedRun;
import org.conferral.io.RunLock;
import org.conferral.io.RunOutput;
import org.conferral.io.TableWriter;
import org.conferral.report.ReportStage;
import org.conferral.report.ReportData;
import org.conferral.report.ReportFiles;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;
import org.conferral.stats.ConferralRatesStage;

/**
 * The conferral job: read the exports, classify, link, build features, aggregate, report, publish.
 * {@link #run} is what the command line and the tests call; it never creates or stops the session.
 *
 * <p>Runs are incremental: the published run's ledger names the input files its tables hold, and a
 * run reads only new or changed files, upserts their dockets, entries and documents ({@link
 * Upsert}), classifies only the entries that changed, and recomputes links, outcomes and rates in
 * full from the upserted tables. The run holds the output's {@link RunLock} throughout and
 * publishes all its tables at once by renaming the manifest; a run killed at any point leaves the
 * last published run in place.
 */
public final class ConferralJob {

  /**
   * What a run did: its id, where the manifest is, and the manifest itself. {@code published} is
   * false when nothing changed since the published run (then {@code runId} is that run's).
   */
  public record Result(
      String runId, String manifestPath, Map<String, Object> manifest, boolean published) {}

  /** Thrown when a source's rejects pass the configured share: the run is not published. */
  public static final class RejectShareExceeded extends RuntimeException {
    RejectShareExceeded(String message) {
      super(message);
    }
  }

  private ConferralJob() {}

  public static Result run(SparkSession spark, RunConfig config, PrintStream log) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    RunOutput output = new RunOutput(config.output(), hadoop);
    try (RunLock lock = RunLock.acquire(config.output(), output.runId(), hadoop)) {
      lock.tookOverFrom()
          .ifPresent(h -> log.println("conferral: took over the stale lock of dead " + h));
      return runLocked(spark, config, log, output, hadoop);
    }
  }

  private static Result runLocked(
      SparkSession spark,
      RunConfig config,
      PrintStream log,
      RunOutput output,
      Configuration hadoop) {
    StageLog stages = new StageLog(log);
    Map<String, Object> tables = new LinkedHashMap<>();

    // 1. Find the input files, and those the published run has not ingested yet.
    List<InputFile> files = InputFiles.list(config.inputs(), hadoop);
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "No input files found under --input " + String.join(" ", config.inputs()));
    }
    Optional<PublishedRun> previous = PublishedRun.of(config.output(), hadoop);
    String code = CodeFingerprint.of();
    boolean incremental = previous.isPresent() && !config.full();
    Ledger ledger = incremental ? previous.get().ledger(hadoop) : Ledger.empty();
    Ledger.Plan plan = ledger.plan(files, f -> Ledger.sha256(f, hadoop));
    if (incremental
        && plan.nothingToRead()
        && code != null
        && code.equals(previous.get().get("code_fingerprint"))
        && configJson(config, false).equals(previous.get().get("config"))) {
      log.println(
          "conferral: plan       nothing new: "
              + plan.unchanged().size()
              + " files already in run "
              + previous.get().runId());
      return new Result(
          previous.get().runId(), previous.get().manifestPath(), previous.get().manifest(), false);
    }
    Set<String> reread = new HashSet<>();
    plan.changed().forEach(f -> reread.add(f.path()));
    stages.done(
        "plan",
        files.size(),
        (incremental ? "incremental over run " + previous.get().runId() : "full")
            + ": "
            + plan.fresh().size()
            + " new, "
            + plan.changed().size()
            + " changed, "
            + plan.unchanged().size()
            + " unchanged files"
            + (plan.gone().isEmpty()
                ? ""
                : "; " + plan.gone().size() + " ledger files no longer listed (records kept)"));

    // 2. Ingest the new and changed files in one pass: every record staged in a table or in rejects,
    // and (on a full run) every entry labelled as it streams by. Then upsert into the run's tables.
    IngestStage.Result in =
        IngestStage.apply(
            spark,
            plan.toRead(),
            config.format(),
            output.runPath(STAGED),
            incremental ? null : StreamLabels.factory());
    Map<String, SourceTotals> sources = SourceTotals.of(in.files());
    long read = sources.values().stream().mapToLong(SourceTotals::read).sum();
    stages.done("ingest", read, describe(sources));
    checkRejectShare(sources, config.maxRejectShare());
    Optional<PublishedRun> base = incremental ? previous : Optional.empty();
    Dataset<Row> freshEntries = staged(spark, in, Tables.ENTRIES, hadoop);
    Dataset<Row> freshDocuments = staged(spark, in, Tables.DOCUMENTS, hadoop);
    boolean repeats = false;
    if (incremental) {
      write(
          tables,
          output,
          Tables.DOCKETS,
          Upsert.merge(
              old(spark, base, Tables.DOCKETS),
              staged(spark, in, Tables.DOCKETS, hadoop),
              reread,
              Tables.DOCKETS,
              "docket_uid"));
      TestHook.pauseAt("ingest", log);
      write(
          tables,
          output,
          Tables.ENTRIES,
          Upsert.merge(
              old(spark, base, Tables.ENTRIES), freshEntries, reread, Tables.ENTRIES, "entry_uid"));
      write(
          tables,
          output,
          Tables.DOCUMENTS,
          Upsert.merge(
              old(spark, base, Tables.DOCUMENTS),
              freshDocuments,
              reread,
              Tables.DOCUMENTS,
              "document_uid"));
      write(
          tables,
          output,
          Tables.REJECTS,
          Upsert.merge(
              old(spark, base, Tables.REJECTS),
              staged(spark, in, Tables.REJECTS, hadoop),
              reread,
              Tables.REJECTS,
              null));
    } else {
      // A full run keeps the staged tables as they are unless a uid repeats (the same docket in
      // two exports): then one row per uid is kept, as an incremental run would.
      Map<String, Dataset<Row>> fresh = new LinkedHashMap<>();
      fresh.put(Tables.DOCKETS.name(), staged(spark, in, Tables.DOCKETS, hadoop));
      fresh.put(Tables.ENTRIES.name(), freshEntries);
      fresh.put(Tables.DOCUMENTS.name(), freshDocuments);
      Map<String, String> uids =
          Map.of(
              Tables.DOCKETS.name(), "docket_uid",
              Tables.ENTRIES.name(), "entry_uid",
              Tables.DOCUMENTS.name(), "document_uid");
      Set<String> repeated = new java.util.TreeSet<>();
      for (String t : fresh.keySet()) {
        if (in.uidsMayRepeat(t, hadoop)) {
          repeated.add(t);
        }
      }
      repeats = repeated.contains("entries") || repeated.contains("documents");
      for (Table t : List.of(Tables.DOCKETS, Tables.ENTRIES, Tables.DOCUMENTS)) {
        if (t == Tables.ENTRIES) {
          TestHook.pauseAt("ingest", log);
        }
        if (repeated.contains(t.name())) {
          String uid = uids.get(t.name());
          write(tables, output, t, Upsert.keepOne(fresh.get(t.name()), uid));
        } else {
          promote(tables, output, in, t, hadoop);
        }
      }
      promote(tables, output, in, Tables.REJECTS, hadoop);
    }
    stages.done(
        "upsert",
        count(tables, "entries"),
        count(tables, "dockets")
            + " dockets, "
            + count(tables, "documents")
            + " documents, "
            + count(tables, "rejects")
            + " rejects");

    // 3. Classify: a full run keeps the labels of the ingest pass for every docket one task read
    // whole, and relabels the rest; an incremental run labels the new or changed entries (all of
    // them when the code changed).
    Dataset<Row> entries = TableWriter.read(spark, Tables.ENTRIES, output.runPath("entries"));
    Dataset<Row> documents = TableWriter.read(spark, Tables.DOCUMENTS, output.runPath("documents"));
    Dataset<Row> oldLabels =
        code != null && base.isPresent() && code.equals(base.get().get("code_fingerprint"))
            ? old(spark, base, Tables.ENTRY_LABELS)
            : null;
    Dataset<Row> labelled;
    long classified;
    String classifyNote;
    if (!incremental) {
      long orphans = in.counters().getOrDefault(StreamLabels.ORPHANS, 0L);
      Dataset<Row> unresolved =
          staged(spark, in, StreamLabels.DOCKET_RUNS, hadoop)
              .groupBy("docket_uid")
              .agg(
                  functions.count(functions.lit(1)).as("runs"),
                  functions.min(col("resolved").cast("int")).as("resolved"))
              .filter(col("runs").gt(1).or(col("resolved").equalTo(0)))
              .select("docket_uid");
      // Most runs read each docket whole in one task: the counters and the docket-run uid hashes
      // show it on the driver; only otherwise does Spark count the dockets to relabel.
      boolean allResolved =
          in.counters().getOrDefault(StreamLabels.UNRESOLVED, 0L) == 0
              && !in.uidsMayRepeat(StreamLabels.DOCKET_RUNS.name(), hadoop);
      long relabel = repeats || orphans > 0 ? -1 : allResolved ? 0 : unresolved.count();
      Dataset<Row> streamed = staged(spark, in, Tables.ENTRY_LABELS, hadoop);
      if (relabel < 0) {
        labelled = ClassifyStage.apply(entries, documents);
        classifyNote =
            "all entries relabelled over the whole input ("
                + (repeats ? "repeated uids" : orphans + " documents or entries apart from their docket")
                + ")";
      } else if (relabel == 0) {
        labelled = null;
        classifyNote = "every docket labelled in the ingest pass";
      } else {
        Column inSet = col("docket_uid").equalTo(col("u_uid"));
        Dataset<Row> set = unresolved.select(col("docket_uid").as("u_uid"));
        labelled =
            conform(streamed.join(set, inSet, "left_anti"), Tables.ENTRY_LABELS)
                .unionByName(
                    conform(
                        ClassifyStage.apply(
                            entries.join(set, inSet, "left_semi"),
                            documents
                                .join(set, inSet, "left_semi")
                                .unionByName(documents.filter(col("docket_uid").isNull()))),
                        Tables.ENTRY_LABELS));
        classifyNote =
            relabel + " dockets relabelled together (read by several tasks or out of order)";
      }
      classified = -1;
    } else if (oldLabels == null) {
      labelled = ClassifyStage.apply(entries, documents);
      classified = -1;
      classifyNote = "all entries classified";
    } else {
      Dataset<Row> touched =
          freshEntries
              .select("entry_uid")
              .union(freshDocuments.filter(col("entry_uid").isNotNull()).select("entry_uid"))
              .union(Upsert.fromFiles(old(spark, base, Tables.ENTRIES), reread).select("entry_uid"))
              .union(
                  Upsert.fromFiles(old(spark, base, Tables.DOCUMENTS), reread)
                      .filter(col("entry_uid").isNotNull())
                      .select("entry_uid"))
              .distinct();
      Dataset<Row> redo = entries.join(touched, "entry_uid", "left_semi");
      Dataset<Row> redoDocs = documents.join(touched, "entry_uid", "left_semi");
      Dataset<Row> kept =
          oldLabels
              .join(entries.select("entry_uid"), "entry_uid", "left_semi")
              .join(touched, "entry_uid", "left_anti");
      Dataset<Row> fresh = ClassifyStage.apply(redo, redoDocs);
      labelled =
          conform(kept, Tables.ENTRY_LABELS).unionByName(conform(fresh, Tables.ENTRY_LABELS));
      classified = redo.count();
      classifyNote = classified + " new or changed entries classified";
    }
    TestHook.pauseAt("classify", log);
    if (labelled == null) {
      promote(tables, output, in, Tables.ENTRY_LABELS, hadoop);
    } else {
      write(tables, output, Tables.ENTRY_LABELS, labelled);
    }
    stages.done("classify", count(tables, "entry_labels"), classifyNote);

    // 4. Link rulings to motions and build one outcome row per motion (in full: links cross
    // entries).
    // A run whose labels all come from the ingest pass links from its staged discovery labels.
    Dataset<Row> labels =
        labelled == null && !incremental
            ? staged(spark, in, StreamLabels.DISCOVERY_LABELS, hadoop)
            : TableWriter.read(spark, Tables.ENTRY_LABELS, output.runPath("entry_labels"));
    Dataset<Row> dockets = TableWriter.read(spark, Tables.DOCKETS, output.runPath("dockets"));
    String linkedDir = output.runPath(STAGED + "/linked");
    Map<String, Long> linked = FeaturesStage.write(spark, labels, dockets, linkedDir);
    for (Table t : List.of(Tables.MOTIONS, Tables.RULINGS, Tables.MOTION_OUTCOMES)) {
      promote(tables, output, linkedDir, t, linked.get(t.name()), hadoop);
    }
    stages.done("link", count(tables, "rulings"), count(tables, "motions") + " motions");

    // 5. Aggregate: rates with intervals by court, year, judge, ...
    Dataset<Row> outcomes =
        TableWriter.read(spark, Tables.MOTION_OUTCOMES, output.runPath("motion_outcomes"));
    write(
        tables,
        output,
        Tables.CONFERRAL_RATES,
        ConferralRatesStage.apply(outcomes, config.minCell()));
    stages.done("aggregate", count(tables, "conferral_rates"), "");

    // 6. Report.
    Map<String, Long> rowCounts = new LinkedHashMap<>();
    tables.keySet().forEach(k -> rowCounts.put(k, count(tables, k)));
    ReportStage.Tables reportTables =
        new ReportStage.Tables(
            TableWriter.read(spark, Tables.CONFERRAL_RATES, output.runPath("conferral_rates")),
            TableWriter.read(spark, Tables.REJECTS, output.runPath("rejects")),
            TableWriter.read(spark, Tables.RULINGS, output.runPath("rulings")),
            dockets,
            entries,
            TableWriter.read(spark, Tables.MOTIONS, output.runPath("motions")),
            outcomes,
            // the staged discovery labels hold every ruling's entry with its number: a few percent
            // of the entries to scan for the denials' entry numbers
            labelled == null && !incremental ? labels : entries);
    // The extracts are written on a second driver thread while this one runs the aggregates: both
    // are chains of small Spark jobs, whose latencies overlap (at 5M bench entries the report took
    // 7.4 and 7.3 s against 7.8 and 8.0 s one after the other; the JIT keeps both cores busy, so
    // the gain is no larger).
    ReportFiles.Extracts extracts;
    ReportData reportData;
    ExecutorService extractor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "conferral-report-extracts");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<ReportFiles.Extracts> pending =
          extractor.submit(
              () -> {
                SparkSession.setActiveSession(spark);
                return ReportFiles.extracts(
                    output, spark.sparkContext().hadoopConfiguration(), reportTables);
              });
      reportData =
          ReportStage.collect(
              output.runId(),
              reportTables,
              sources.values().stream()
                  .map(
                      t ->
                          new ReportData.Source(
                              t.source(), t.files(), t.read(), t.ingested(), t.rejected(), t.lost()))
                  .toList(),
              rowCounts,
              config.minCell(),
              () -> finished(pending).denialsHead());
      extracts = finished(pending);
    } finally {
      extractor.shutdownNow();
    }
    Map<String, Object> reports = ReportFiles.write(output, reportData, extracts);
    deleteTree(output.runPath(STAGED), hadoop);
    stages.done("report", reports.size(), "files under report/");

    // 7. Publish: the manifest names this run's tables, reports and ledger; then old runs go.
    Ledger next = ledger.with(ledgerEntries(in.files(), plan.toRead(), output.runId()));
    List<String> history = new ArrayList<>();
    previous.ifPresent(p -> history.addAll(p.runIds()));
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", output.runId());
    manifest.put("mode", incremental ? "incremental" : "full");
    manifest.put("base_run_id", base.map(PublishedRun::runId).orElse(null));
    manifest.put("code_version", ConferralJob.class.getPackage().getImplementationVersion());
    manifest.put("code_fingerprint", code);
    manifest.put("config", configJson(config, false));
    manifest.put("options", configJson(config, true));
    manifest.put("sources", toJson(sources));
    manifest.put("inputs", inputsJson(in.files()));
    manifest.put("files_unchanged", plan.unchanged().size());
    manifest.put("ledger", next.write(output.runPath(Ledger.FILE), hadoop));
    manifest.put("tables", tables);
    manifest.put("reports", reports);
    manifest.put("stage_seconds", stages.seconds());
    manifest.put("history", history.subList(0, Math.min(history.size(), config.keepRuns() - 1)));
    String published = output.publish(manifest, () -> TestHook.pauseAt("publish", log));
    List<String> keep = new ArrayList<>(List.of(output.runId()));
    keep.addAll(history.subList(0, Math.min(history.size(), config.keepRuns() - 1)));
    List<String> deleted = output.retainOnly(keep);
    stages.done(
        "publish",
        tables.size(),
        "kept runs " + keep + (deleted.isEmpty() ? "" : ", deleted " + deleted));
    return new Result(output.runId(), published, manifest, true);
  }

  /** Where the ingest pass stages its tables, under the run's folder (deleted before publishing). */
  static final String STAGED = "_staged";

  /** A staged table (an empty one when the pass wrote none of its rows). */
  private static Dataset<Row> staged(
      SparkSession spark, IngestStage.Result in, Table table, Configuration hadoop) {
    String path = in.path(table.name());
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      p.getFileSystem(hadoop).mkdirs(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot create " + path, e);
    }
    return TableWriter.read(spark, table, path);
  }

  /** Makes a staged table the run's table as it is: a rename, no rewrite. */
  private static void promote(
      Map<String, Object> tables,
      RunOutput output,
      IngestStage.Result in,
      Table table,
      Configuration hadoop) {
    promote(tables, output, in.dir(), table, in.rows(table.name()), hadoop);
  }

  /** Makes the part files under {@code dir/<table>} the run's table (a rename). */
  private static void promote(
      Map<String, Object> tables,
      RunOutput output,
      String dir,
      Table table,
      long rows,
      Configuration hadoop) {
    String path = output.runPath(table.name());
    try {
      org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(dir + "/" + table.name());
      org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(path);
      org.apache.hadoop.fs.FileSystem fs = from.getFileSystem(hadoop);
      fs.mkdirs(from);
      if (!fs.rename(from, to)) {
        throw new java.io.IOException("rename refused");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot move the staged table " + table.name() + " to " + path, e);
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("path", path);
    t.put("rows", rows);
    tables.put(table.name(), t);
  }

  /** The value of {@code f} once done; a failure inside it is thrown here as it was thrown there. */
  private static <T> T finished(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the report's extracts were written", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void deleteTree(String path, Configuration hadoop) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      p.getFileSystem(hadoop).delete(p, true);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot delete " + path, e);
    }
  }

  /** The published table, or null when there is no base run (a first or --full run). */
  private static Dataset<Row> old(SparkSession spark, Optional<PublishedRun> base, Table table) {
    if (base.isEmpty()) {
      return null;
    }
    String path = base.get().tablePath(table.name());
    if (path == null) {
      throw new IllegalStateException(
          "The published run "
              + base.get().runId()
              + " has no table "
              + table.name()
              + "; rerun with --full");
    }
    return TableWriter.read(spark, table, path);
  }

  private static Dataset<Row> conform(Dataset<Row> frame, Table table) {
    return frame.select(
        java.util.Arrays.stream(table.schema().fieldNames())
            .map(n -> col(n))
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static List<Ledger.Entry> ledgerEntries(
      List<FileSummary> summaries, List<InputFile> read, String runId) {
    Map<String, InputFile> byPath = new LinkedHashMap<>();
    read.forEach(f -> byPath.put(f.path(), f));
    List<Ledger.Entry> out = new ArrayList<>();
    for (FileSummary s : summaries) {
      InputFile f = byPath.get(s.path());
      out.add(
          new Ledger.Entry(
              s.path(),
              s.size(),
              f == null ? 0 : f.modified(),
              s.sha256(),
              s.format(),
              s.recordsRead(),
              s.rejects(),
              runId));
    }
    return out;
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
                t.source(),
                t.rejected(),
                t.read(),
                100 * t.rejectShare(),
                100 * max));
      }
    }
  }

  private static String describe(Map<String, SourceTotals> sources) {
    List<String> parts = new ArrayList<>();
    for (SourceTotals t : sources.values()) {
      parts.add(
          t.source()
              + " read="
              + t.read()
              + " ingested="
              + t.ingested()
              + " rejected="
              + t.rejected()
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

  /**
   * The settings that decide the tables ({@code operational} false), compared with the published
   * run's to tell whether anything changed; with {@code operational} also those that do not.
   */
  private static Map<String, Object> configJson(RunConfig c, boolean operational) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", c.format().map(f -> f.id()).orElse(null));
    m.put("min_cell", c.minCell());
    if (operational) {
      m.put("inputs", c.inputs());
      m.put("output", c.output());
      m.put("max_reject_share", c.maxRejectShare());
      m.put("full", c.full());
      m.put("keep_runs", c.keepRuns());
    }
    return m;
  }
}

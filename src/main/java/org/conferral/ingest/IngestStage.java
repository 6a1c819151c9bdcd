package org.conferral.ingest;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.conferral.io.InputFile;
import org.conferral.io.PartFile;
import org.conferral.io.TableParts;
import org.conferral.io.TaskOutputs;
import org.conferral.io.UidRuns;
import org.conferral.io.UnionParts;
import org.conferral.schema.Tables;

/**
 * The ingest stage: one Spark job whose tasks each read a group of input files (groups of about equal
 * total size), detect each file's format, and write every record straight into its staged table
 * ({@code dockets}, {@code entries}, {@code documents}, {@code rejects}) as Parquet part files under
 * a staging directory, while an {@link IngestTap} sees the same records (the job labels entries in this
 * pass). Nothing is cached; only one summary per file and the list of files written reach the driver.
 *
 * <p>A task's files are named by its partition and attempt; files of attempts whose task did not
 * succeed are deleted after the job, so each staged table holds every record read exactly once.
 */
public final class IngestStage {

  /** What the stage staged: one summary per input file, rows per staged table, the taps' counters. */
  public record Result(
      List<FileSummary> files,
      Map<String, Long> rows,
      Map<String, Long> counters,
      Map<String, List<String>> uidRuns,
      String dir) {

    /** The staged directory of a table. */
    public String path(String table) {
      return dir + "/" + table;
    }

    public long rows(String table) {
      return rows.getOrDefault(table, 0L);
    }

    /**
     * Whether a uid may repeat in the staged table ({@code dockets}, {@code entries} or {@code
     * documents}), or among the uids a tap wrote under that name ({@link TaskOutputs#uids}): a merge
     * of the tasks' sorted uid hashes, read on the driver one run at a time.
     */
    public boolean uidsMayRepeat(String table, Configuration conf) {
      return UidRuns.repeats(uidRuns.getOrDefault(table, List.of()), conf);
    }
  }

  /** What one task reports to the driver. */
  private record TaskReport(
      List<FileSummary> files,
      List<TableParts.Part> parts,
      Map<String, Long> counters,
      Map<String, List<String>> uidRuns)
      implements Serializable {}

  private IngestStage() {}

  /**
   * Reads {@code files} into staged tables under {@code dir} (which must not exist); {@code tap} may
   * be null.
   */
  public static Result apply(
      SparkSession spark,
      List<InputFile> files,
      Optional<SourceFormat> forced,
      String dir,
      IngestTap.Factory tap) {
    int parallelism = spark.sparkContext().defaultParallelism();
    List<List<Row>> groups = balance(files, Math.max(1, Math.min(files.size(), parallelism * 2)));
    Map<String, String> settings = PartFile.settings(spark);
    List<TaskReport> reports =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(groups, Math.max(1, groups.size()))
            .mapPartitionsWithIndex(new ReadFiles(settings, forced.orElse(null), dir, tap), false)
            .collect();
    List<FileSummary> summaries = new ArrayList<>();
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Long> counters = new LinkedHashMap<>();
    Map<String, List<String>> uidRuns = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    for (TaskReport r : reports) {
      summaries.addAll(r.files());
      for (TableParts.Part p : r.parts()) {
        rows.merge(p.table(), p.rows(), Long::sum);
        kept.add(p.path());
      }
      r.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
      r.uidRuns().forEach((k, v) -> uidRuns.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    summaries.sort(Comparator.comparing(FileSummary::path));
    UnionParts.keepOnly(spark.sparkContext().hadoopConfiguration(), dir, kept);
    return new Result(summaries, rows, counters, uidRuns, dir);
  }

  /**
   * Runs one task's share of the pass over {@code files} in the calling thread, as partition 0 of
   * {@code dir}, without Spark's scheduler: for benchmarks of the pass itself. {@code settings} from
   * {@link PartFile#settings}; {@code tap} may be null.
   */
  public static List<FileSummary> readInThisThread(
      List<InputFile> files, Map<String, String> settings, String dir, IngestTap.Factory tap) {
    List<Row> group = new ArrayList<>();
    files.forEach(f -> group.add(RowFactory.create(f.path(), f.size())));
    Iterator<TaskReport> out =
        new ReadFiles(settings, null, dir, tap).call(0, List.of(group).iterator());
    return out.next().files();
  }

  /**
   * Splits the files into at most {@code groups} groups of about equal total size, one group a task:
   * biggest file first into the lightest group (hash-partitioning paths left some tasks with three
   * files and others with none). Each group lists {@code (path, size)} rows; none is empty.
   */
  public static List<List<Row>> balance(List<InputFile> files, int groups) {
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    List<List<Row>> out = new ArrayList<>();
    long[] load = new long[groups];
    for (int i = 0; i < groups; i++) {
      out.add(new ArrayList<>());
    }
    for (InputFile f : bySize) {
      int lightest = 0;
      for (int i = 1; i < groups; i++) {
        if (load[i] < load[lightest]) {
          lightest = i;
        }
      }
      out.get(lightest).add(RowFactory.create(f.path(), f.size()));
      load[lightest] += Math.max(1, f.size());
    }
    out.removeIf(List::isEmpty);
    return out;
  }

  /** Reads the files of one partition into its part files; reports what it wrote. */
  private static final class ReadFiles
      implements Function2<Integer, Iterator<List<Row>>, Iterator<TaskReport>> {
    private final Map<String, String> settings;
    private final SourceFormat forced;
    private final String dir;
    private final IngestTap.Factory tapFactory;

    ReadFiles(
        Map<String, String> settings, SourceFormat forced, String dir, IngestTap.Factory tap) {
      this.settings = settings;
      this.forced = forced;
      this.dir = dir;
      this.tapFactory = tap;
    }

    @Override
    public Iterator<TaskReport> call(Integer partition, Iterator<List<Row>> groups) {
      List<Row> todo = new ArrayList<>();
      groups.forEachRemaining(todo::addAll);
      Configuration conf = new Configuration(false);
      settings.forEach(conf::set);
      TaskContext task = TaskContext.get();
      int attempt = task == null ? 0 : task.attemptNumber();
      List<FileSummary> summaries = new ArrayList<>();
      Map<String, Long> counters = new HashMap<>();
      TaskOutputs outputs = new TaskOutputs(dir, partition, attempt, settings);
      try {
        IngestTap tap = tapFactory == null ? null : tapFactory.create(outputs);
        RecordSink sink = new StagingSink(outputs, tap);
        FileIngest ingest = new FileIngest(Readers.all(), Optional.ofNullable(forced));
        for (Row r : todo) {
          summaries.add(readOne(ingest, r.getString(0), r.getLong(1), conf, sink));
        }
        if (tap != null) {
          tap.finish(counters);
        }
      } finally {
        outputs.close();
      }
      return List.of(new TaskReport(summaries, outputs.parts(), counters, outputs.uidRuns()))
          .iterator();
    }

    private static FileSummary readOne(
        FileIngest ingest, String path, long size, Configuration conf, RecordSink sink) {
      try {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        try (InputStream raw = fs.open(p)) {
          return ingest.read(path, size, raw, sink);
        }
      } catch (java.io.IOException e) {
        String reason = "cannot open: " + e.getMessage();
        sink.reject(RejectRecord.of(FileIngest.UNKNOWN_SOURCE, path, 0, null, reason));
        return new FileSummary(path, null, size, null, 1, 0, 0, 0, 1, reason);
      }
    }
  }

  /** Stages each record in its table, then shows it to the tap. */
  private static final class StagingSink implements RecordSink {
    private final TableParts dockets;
    private final TableParts entries;
    private final TableParts documents;
    private final TableParts rejects;
    private final IngestTap tap;
    private final IngestRows rows = new IngestRows();
    private final UidRuns.Writer docketUids;
    private final UidRuns.Writer entryUids;
    private final UidRuns.Writer documentUids;

    StagingSink(TaskOutputs outputs, IngestTap tap) {
      this.docketUids = outputs.uids("dockets");
      this.entryUids = outputs.uids("entries");
      this.documentUids = outputs.uids("documents");
      this.dockets = outputs.table(Tables.DOCKETS);
      this.entries = outputs.table(Tables.ENTRIES);
      this.documents = outputs.table(Tables.DOCUMENTS);
      this.rejects = outputs.table(Tables.REJECTS);
      this.tap = tap;
    }

    @Override
    public void docket(DocketRecord d) {
      dockets.write(rows.docket(d));
      docketUids.add(d.docketUid());
      if (tap != null) {
        tap.docket(d);
      }
    }

    @Override
    public void entry(EntryRecord e) {
      entries.write(rows.entry(e));
      entryUids.add(e.entryUid());
      if (tap != null) {
        tap.entry(e);
      }
    }

    @Override
    public void document(DocumentRecord d) {
      documents.write(rows.document(d));
      documentUids.add(d.documentUid());
      if (tap != null) {
        tap.document(d);
      }
    }

    @Override
    public void reject(RejectRecord r) {
      rejects.write(rows.reject(r));
      if (tap != null) {
        tap.reject(r);
      }
    }
  }
}

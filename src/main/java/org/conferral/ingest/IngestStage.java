package org.conferral.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.conferral.io.InputFile;

/**
 * The ingest stage: reads every input file on the executors (one task per group of files of about
 * equal total size), detects its
 * format, and splits what the readers emit into the {@code dockets}, {@code entries}, {@code documents}
 * and {@code rejects} tables, plus one {@link FileSummary} per file for the manifest.
 */
public final class IngestStage {

  /**
   * The stage's output: one summary per file, and every record read as a row of the union schema of
   * {@link IngestRows} (persisted; the caller splits it into tables and de-duplicates, see
   * {@code jobs.Upsert}, then unpersists it).
   */
  public record Result(List<FileSummary> files, Dataset<Row> union) {}

  private IngestStage() {}

  public static Result apply(
      SparkSession spark, List<InputFile> files, Optional<SourceFormat> forced) {
    int parallelism = spark.sparkContext().defaultParallelism();
    List<List<Row>> groups = balance(files, Math.max(1, Math.min(files.size(), parallelism * 2)));
    Map<String, String> conf = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));

    // One partition per group of files (ParallelCollectionRDD slices by position: one group each).
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(groups, groups.size())
            .mapPartitions(new ReadFiles(conf, forced.orElse(null)));
    Dataset<Row> union =
        spark.createDataFrame(rows, IngestRows.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());

    List<FileSummary> summaries = new ArrayList<>();
    for (Row r : union.filter(col("kind").equalTo(IngestRows.FILE)).select("file").collectAsList()) {
      summaries.add(IngestRows.fileSummary(r.getStruct(0)));
    }
    summaries.sort(java.util.Comparator.comparing(FileSummary::path));
    return new Result(summaries, union);
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

  /** Reads the files of one partition, streaming each reader's records out as union rows. */
  private static final class ReadFiles implements FlatMapFunction<Iterator<List<Row>>, Row> {
    private final Map<String, String> hadoopConf;
    private final SourceFormat forced;

    ReadFiles(Map<String, String> hadoopConf, SourceFormat forced) {
      this.hadoopConf = hadoopConf;
      this.forced = forced;
    }

    @Override
    public Iterator<Row> call(Iterator<List<Row>> groups) {
      List<Row> todo = new ArrayList<>();
      groups.forEachRemaining(todo::addAll);
      return new PushToPull<Row>("conferral-ingest", out -> readAll(todo, out));
    }

    private void readAll(List<Row> todo, Consumer<Row> out) {
      Configuration conf = new Configuration(false);
      hadoopConf.forEach(conf::set);
      FileIngest ingest = new FileIngest(Readers.all(), Optional.ofNullable(forced));
      RecordSink sink =
          new RecordSink() {
            @Override
            public void docket(DocketRecord d) {
              out.accept(IngestRows.docket(d));
            }

            @Override
            public void entry(EntryRecord e) {
              out.accept(IngestRows.entry(e));
            }

            @Override
            public void document(DocumentRecord d) {
              out.accept(IngestRows.document(d));
            }

            @Override
            public void reject(RejectRecord r) {
              out.accept(IngestRows.reject(r));
            }
          };
      for (Row r : todo) {
        String path = r.getString(0);
        long size = r.getLong(1);
        FileSummary summary;
        try {
          Path p = new Path(path);
          FileSystem fs = p.getFileSystem(conf);
          try (InputStream raw = fs.open(p)) {
            summary = ingest.read(path, size, raw, sink);
          }
        } catch (java.io.IOException e) {
          String reason = "cannot open: " + e.getMessage();
          sink.reject(RejectRecord.of(FileIngest.UNKNOWN_SOURCE, path, 0, null, reason));
          summary = new FileSummary(path, null, size, null, 1, 0, 0, 0, 1, reason);
        }
        out.accept(IngestRows.file(summary));
      }
    }
  }
}

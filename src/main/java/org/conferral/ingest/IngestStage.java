package org.conferral.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.row_number;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.conferral.io.InputFile;

/**
 * The ingest stage: reads every input file on the executors (one task per group of files), detects its
 * format, and splits what the readers emit into the {@code dockets}, {@code entries}, {@code documents}
 * and {@code rejects} tables, plus one {@link FileSummary} per file for the manifest.
 */
public final class IngestStage {

  /** The stage's output. Entries, dockets and documents are de-duplicated by uid. */
  public record Result(
      Dataset<Row> dockets,
      Dataset<Row> entries,
      Dataset<Row> documents,
      Dataset<Row> rejects,
      List<FileSummary> files,
      Dataset<Row> union) {}

  private static final StructType FILE_LIST =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("size", DataTypes.LongType, false);

  private IngestStage() {}

  public static Result apply(
      SparkSession spark, List<InputFile> files, Optional<SourceFormat> forced) {
    List<Row> list = new ArrayList<>();
    for (InputFile f : files) {
      list.add(RowFactory.create(f.path(), f.size()));
    }
    int parallelism = spark.sparkContext().defaultParallelism();
    int partitions = Math.max(1, Math.min(files.size(), parallelism * 4));
    Map<String, String> conf = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));

    Dataset<Row> union =
        spark
            .createDataFrame(list, FILE_LIST)
            .repartition(partitions, col("path"))
            .mapPartitions(
                new ReadFiles(conf, forced.orElse(null)), Encoders.row(IngestRows.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());

    List<FileSummary> summaries = new ArrayList<>();
    for (Row r : union.filter(col("kind").equalTo(IngestRows.FILE)).select("file").collectAsList()) {
      summaries.add(IngestRows.fileSummary(r.getStruct(0)));
    }
    summaries.sort(java.util.Comparator.comparing(FileSummary::path));

    Dataset<Row> entries =
        keepOne(part(union, IngestRows.ENTRY), "entry_uid", length(col("text")).desc_nulls_last());
    Dataset<Row> dockets = keepOne(part(union, IngestRows.DOCKET), "docket_uid", col("source_file").asc());
    Dataset<Row> documents =
        keepOne(part(union, IngestRows.DOCUMENT), "document_uid", length(col("text")).desc_nulls_last());
    return new Result(dockets, entries, documents, part(union, IngestRows.REJECT), summaries, union);
  }

  private static Dataset<Row> part(Dataset<Row> union, String kind) {
    return union.filter(col("kind").equalTo(kind)).select(kind + ".*");
  }

  /** One row per uid: the same record may arrive from two exports (a RECAP XML and its JSON). */
  private static Dataset<Row> keepOne(
      Dataset<Row> rows, String uid, org.apache.spark.sql.Column preference) {
    return rows.withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(uid)
                        .orderBy(preference, col("source_file").asc())))
        .filter(col("_rank").equalTo(1))
        .drop("_rank");
  }

  /** Reads the files of one partition, streaming each reader's records out as union rows. */
  private static final class ReadFiles implements MapPartitionsFunction<Row, Row> {
    private final Map<String, String> hadoopConf;
    private final SourceFormat forced;

    ReadFiles(Map<String, String> hadoopConf, SourceFormat forced) {
      this.hadoopConf = hadoopConf;
      this.forced = forced;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> paths) {
      List<Row> todo = new ArrayList<>();
      paths.forEachRemaining(todo::add);
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

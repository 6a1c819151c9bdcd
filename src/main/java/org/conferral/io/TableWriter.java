package org.conferral.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.conferral.schema.Table;

/**
 * Writes a table as Parquet (zstd) after checking the frame against the table's declared schema: a
 * missing, extra or retyped column fails the run here, where the drift starts.
 */
public final class TableWriter {
  private TableWriter() {}

  /** The frame's columns in the table's order; fails with the first difference from the schema. */
  public static Dataset<Row> conform(Dataset<Row> frame, org.conferral.schema.Table table) {
    StructType actual = frame.schema();
    List<String> problems = new ArrayList<>();
    List<Column> cols = new ArrayList<>();
    for (StructField want : table.schema().fields()) {
      if (!Arrays.asList(actual.fieldNames()).contains(want.name())) {
        problems.add("missing column " + want.name());
        continue;
      }
      DataType got = actual.apply(want.name()).dataType();
      if (!sameShape(got, want.dataType())) {
        problems.add(
            "column " + want.name() + " is " + got.simpleString() + ", schema says "
                + want.dataType().simpleString());
      }
      cols.add(col(want.name()));
    }
    for (String name : actual.fieldNames()) {
      if (!Arrays.asList(table.schema().fieldNames()).contains(name)) {
        problems.add("unexpected column " + name);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Table " + table.name() + " does not match its schema: " + String.join("; ", problems));
    }
    return frame.select(cols.toArray(Column[]::new));
  }

  /**
   * Columns written without a dictionary: texts and ids that rarely repeat, where the dictionary only
   * costs time before Parquet falls back to plain encoding.
   */
  public static final List<String> NO_DICTIONARY =
      List.of(
          "text",
          "entry_uid",
          "document_uid",
          "content_hash",
          "raw",
          "ruling_uid",
          "motion_uid",
          "evidence_text");

  /** Writes {@code frame} to {@code path}, replacing what is there; returns the rows written. */
  public static long write(Dataset<Row> frame, Table table, String path) {
    Observation written = new Observation("rows written to " + table.name());
    Dataset<Row> rows = conform(frame, table).observe(written, count(lit(1)).as("rows"));
    var writer =
        rows.write()
            .mode(SaveMode.Overwrite)
            .option("compression", "zstd")
            .option(PartFile.ZSTD_LEVEL, "1");
    for (String c : NO_DICTIONARY) {
      writer = writer.option("parquet.enable.dictionary#" + c, "false");
    }
    writer
        .partitionBy(table.partitionBy().toArray(String[]::new))
        .parquet(path);
    // The count comes with the write (no second job reading the table back).
    try {
      return ((Number) written.getAsJava().get("rows")).longValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the row count of " + table.name(), e);
    }
  }

  /** Reads a written table back with its declared schema (an empty table has no data files). */
  public static Dataset<Row> read(org.apache.spark.sql.SparkSession spark, Table table, String path) {
    return spark.read().schema(table.schema()).parquet(path);
  }

  /** Same types, ignoring nullability (Spark marks computed columns nullable freely). */
  private static boolean sameShape(DataType a, DataType b) {
    return a.asNullable().sameType(b.asNullable());
  }
}

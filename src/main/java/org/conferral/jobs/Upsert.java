package org.conferral.jobs;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.conferral.schema.Table;

/**
 * Merges the rows read in this run into the published table: rows of re-read (changed) files are
 * dropped from the old table, and of all candidates for one uid a single winner is kept by a fixed
 * order that does not depend on which run read which file, so an incremental run and a {@code
 * --full} run give the same table. The winner is the row from the file whose path sorts last
 * (exports are date-stamped, so the newest export corrects older ones), then the later position in
 * its file, then the longer text, then the row's JSON (a total order, for exact ties).
 */
final class Upsert {
  private Upsert() {}

  /**
   * The old table without the rows of {@code reread} files, plus {@code fresh}, one row per {@code
   * uid} ({@code uid} null: no de-duplication, as for rejects).
   */
  static Dataset<Row> merge(
      Dataset<Row> old, Dataset<Row> fresh, Set<String> reread, Table table, String uid) {
    Dataset<Row> kept = old == null ? null : dropFiles(old, reread);
    Dataset<Row> all =
        kept == null
            ? conform(fresh, table)
            : conform(kept, table).unionByName(conform(fresh, table));
    return uid == null ? all : keepOne(all, uid);
  }

  /** The table without the rows that came from {@code files}. */
  static Dataset<Row> dropFiles(Dataset<Row> table, Set<String> files) {
    if (files.isEmpty()) {
      return table;
    }
    return table.filter(
        col("source_file").isNull().or(col("source_file").isin(files.toArray()).unary_$bang()));
  }

  /** The table's rows that came from {@code files}. */
  static Dataset<Row> fromFiles(Dataset<Row> table, Set<String> files) {
    if (files.isEmpty()) {
      return table.limit(0);
    }
    return table.filter(col("source_file").isin(files.toArray()));
  }

  /**
   * One row per {@code uid}. Only the rows whose uid occurs more than once go through the ranking
   * (a window sorting whole rows, text included); a run where no uid repeats, the common case,
   * costs one shuffle of the uids alone.
   */
  static Dataset<Row> keepOne(Dataset<Row> rows, String uid) {
    Dataset<Row> repeated =
        rows.groupBy(col(uid).as("_dup_uid")).count().filter(col("count").gt(1)).select("_dup_uid");
    long n = repeated.count();
    if (n == 0) {
      return rows;
    }
    Dataset<Row> dup = n <= BROADCAST_UIDS ? broadcast(repeated) : repeated;
    Column match = col(uid).eqNullSafe(col("_dup_uid")); // null uids rank as one group, as before
    return rows.join(dup, match, "left_anti")
        .unionByName(rank(rows.join(dup, match, "left_semi"), uid));
  }

  /** At most this many repeated uids are broadcast to the tasks instead of shuffled. */
  private static final long BROADCAST_UIDS = 200_000;

  private static Dataset<Row> rank(Dataset<Row> rows, String uid) {
    List<String> names = Arrays.asList(rows.columns());
    List<Column> order = new ArrayList<>();
    order.add(col("source_file").desc_nulls_last());
    if (names.contains("position")) {
      order.add(col("position").desc_nulls_last());
    }
    if (names.contains("text")) {
      order.add(length(col("text")).desc_nulls_last());
    }
    order.add(
        to_json(struct(names.stream().map(n -> col(n)).toArray(Column[]::new))).asc_nulls_last());
    return rows.withColumn(
            "_rank",
            row_number().over(Window.partitionBy(uid).orderBy(order.toArray(Column[]::new))))
        .filter(col("_rank").equalTo(lit(1)))
        .drop("_rank");
  }

  private static Dataset<Row> conform(Dataset<Row> frame, Table table) {
    return frame.select(
        Arrays.stream(table.schema().fieldNames()).map(n -> col(n)).toArray(Column[]::new));
  }
}

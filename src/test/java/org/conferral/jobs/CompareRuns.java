package org.conferral.jobs;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.io.PublishedRun;
import org.conferral.io.TableWriter;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;

/**
 * Compares the published tables of two outputs row for row (a harness, not a test): {@code
 * CompareRuns OUTPUT_A OUTPUT_B} prints, per table, the rows of each and the rows only one of them
 * has, and exits 1 when any table differs. Used to check that a change to the flow keeps every table,
 * e.g. the one-pass ingest against the earlier code on the 1M bench corpus:
 *
 * <pre>
 * mvn -B -q -o test-compile && java -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *   org.conferral.jobs.CompareRuns out/a out/b
 * </pre>
 */
public final class CompareRuns {
  private CompareRuns() {}

  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    var conf = spark.sparkContext().hadoopConfiguration();
    PublishedRun a = PublishedRun.of(args[0], conf).orElseThrow();
    PublishedRun b = PublishedRun.of(args[1], conf).orElseThrow();
    int differing = 0;
    for (Table t : Tables.ALL) {
      Dataset<Row> x = columns(TableWriter.read(spark, t, a.tablePath(t.name())), t);
      Dataset<Row> y = columns(TableWriter.read(spark, t, b.tablePath(t.name())), t);
      long onlyA = x.exceptAll(y).count();
      long onlyB = y.exceptAll(x).count();
      System.out.printf(
          "%-18s %,12d %,12d   only in A %d, only in B %d%n",
          t.name(), x.count(), y.count(), onlyA, onlyB);
      if (onlyA + onlyB > 0) {
        differing++;
      }
    }
    System.out.println(differing == 0 ? "SAME" : "DIFFERENT: " + differing + " tables");
    spark.stop();
    System.exit(differing == 0 ? 0 : 1);
  }

  private static Dataset<Row> columns(Dataset<Row> frame, Table t) {
    return frame.select(
        Arrays.stream(t.schema().fieldNames()).map(n -> new Column(n)).toArray(Column[]::new));
  }
}

package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.conferral.schema.Tables;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablePartsTest {
  @TempDir Path dir;

  @Test
  void partFilesReadBackAsTheTableTheyWereWrittenFor() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            entry("cl-api", "d1", "d1#1", 0, Date.valueOf("2024-01-02"), "MOTION to Compel"),
            entry("cl-api", "d1", "d1#2", 1, null, "ORDER denying 1 Motion — ñ, 漢字"),
            entry("recap-xml", "d2", "d2#1", 0, Date.valueOf("2023-05-06"), null),
            entry(null, "d3", "d3#1", 0, null, "a record without a source"));
    TableParts parts =
        new TableParts(Tables.ENTRIES, dir + "/entries", 3, 1, PartFile.settings(spark));
    rows.forEach(parts::write);
    parts.close();

    assertEquals(3, parts.parts().size(), "one file per source: " + parts.parts());
    assertEquals(4, parts.parts().stream().mapToLong(TableParts.Part::rows).sum());
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> names =
          files.filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString())
              .filter(n -> !n.endsWith(".crc"))
              .sorted()
              .toList();
      assertEquals(
          List.of(
              "entries/source=__HIVE_DEFAULT_PARTITION__/part-00003-a1.zstd.parquet",
              "entries/source=cl-api/part-00003-a1.zstd.parquet",
              "entries/source=recap-xml/part-00003-a1.zstd.parquet"),
          names);
    }
    List<Row> back = entriesBack(spark, 1);
    assertEquals(rows.size(), back.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i), back.get(i));
    }
    assertTrue(back.get(1).getString(8).contains("漢字"));
  }

  @Test
  void internalRowsGoToTheFileOfTheirPartitionWhenPartitionsAlternate() {
    SparkSession spark = SparkTestSession.get();
    TableParts parts =
        new TableParts(Tables.ENTRIES, dir + "/entries", 0, 0, PartFile.settings(spark));
    String[] sources = {"cl-api", "recap-xml", "cl-api", null, "cl-api"};
    for (int i = 0; i < sources.length; i++) {
      parts.write(
          new GenericInternalRow(
              new Object[] {
                utf8("d" + i), utf8("d" + i + "#1"), utf8(sources[i]), utf8("f.jsonl"), 7L + i,
                utf8("1"), i, i == 0 ? null : 19_000 + i, utf8("text " + i), utf8("h" + i)
              }));
    }
    parts.close();

    Map<String, Long> rowsByFile = new TreeMap<>();
    for (TableParts.Part p : parts.parts()) {
      rowsByFile.put(Path.of(p.path()).getParent().getFileName().toString(), p.rows());
    }
    assertEquals(
        Map.of(
            "source=cl-api", 3L, "source=recap-xml", 1L, "source=__HIVE_DEFAULT_PARTITION__", 1L),
        rowsByFile);
    List<Row> back = entriesBack(spark, 0);
    assertEquals(sources.length, back.size());
    for (int i = 0; i < sources.length; i++) {
      Row r = back.get(i);
      assertEquals(sources[i], r.getString(2), "row " + i);
      assertEquals(7L + i, r.getLong(4));
      assertEquals(i == 0 ? null : Date.valueOf(LocalDate.ofEpochDay(19_000 + i)), r.get(7));
      assertEquals("text " + i, r.getString(8));
    }
  }

  private static UTF8String utf8(String s) {
    return UTF8String.fromString(s);
  }

  private static Row entry(
      String source, String docket, String uid, int sequence, Date date, String text) {
    return RowFactory.create(
        docket, uid, source, "file.jsonl", 7L, uid.substring(uid.indexOf('#') + 1), sequence, date,
        text, "hash-" + uid);
  }

  /** The entries written under dir, read back by Spark, sorted by the string column given. */
  private List<Row> entriesBack(SparkSession spark, int sortColumn) {
    List<Row> back =
        new ArrayList<>(
            TableWriter.conform(
                    TableWriter.read(spark, Tables.ENTRIES, dir + "/entries"), Tables.ENTRIES)
                .collectAsList());
    back.sort(Comparator.comparing(r -> r.getString(sortColumn)));
    return back;
  }
}

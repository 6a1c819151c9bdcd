package org.conferral.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.conferral.ingest.IngestStage;
import org.conferral.io.InputFile;
import org.junit.jupiter.api.Test;

class FileBalanceTest {
  @Test
  void twentyPartsOnFourTasksGiveFiveBigFilesEach() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      files.add(new InputFile("entries-" + i, 60_000_000L + i, 0));
      files.add(new InputFile("dockets-" + i, 1_300_000L, 0));
    }
    List<List<Row>> groups = IngestStage.balance(files, 4);
    assertEquals(4, groups.size());
    for (List<Row> g : groups) {
      long big = g.stream().filter(r -> r.getString(0).startsWith("entries")).count();
      assertEquals(5, big, "each task reads five of the twenty big files");
    }
    assertEquals(40, groups.stream().mapToInt(List::size).sum());
  }

  @Test
  void fewerFilesThanTasksLeaveNoEmptyTask() {
    List<List<Row>> groups =
        IngestStage.balance(List.of(new InputFile("a", 10, 0), new InputFile("b", 0, 0)), 8);
    assertEquals(2, groups.size());
    assertTrue(groups.stream().noneMatch(List::isEmpty));
  }
}

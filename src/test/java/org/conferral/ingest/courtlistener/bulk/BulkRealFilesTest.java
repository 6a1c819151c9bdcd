package org.conferral.ingest.courtlistener.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.SourceReader;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Every real file in realdata/courtlistener-bulk, with the row counts its README states. */
class BulkRealFilesTest {

  private static CollectingSink read(SourceReader reader, String name) throws IOException {
    Path file = SharedData.resolve("realdata/courtlistener-bulk/" + name);
    CollectingSink sink = new CollectingSink();
    long met;
    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(file), true)) {
      met = reader.read(in, name.replace(".bz2", ""), sink);
    }
    assertEquals(met, sink.total(), "records read = emitted + rejected in " + name);
    assertEquals(0, sink.rejects.size(), () -> "rejects in " + name + ": " + sink.rejects);
    return sink;
  }

  @Test
  void currentDocketsFile() throws IOException {
    CollectingSink sink = read(new BulkDocketsReader(), "dockets-2026-11-01.csv.bz2");
    assertEquals(2674, sink.dockets.size());
    Map<String, DocketRecord> byUid = byUid(sink);
    assertEquals("In re A\\B Corp.", byUid.get("cl:166").caseName());
    assertNull(byUid.get("cl:166").docketNumber());
    assertEquals(
        "In Re: Methyl Tertiary Butyl Ether (\"MTBE\") Products Liability Litigation",
        byUid.get("cl:50").caseName());
    DocketRecord seed = byUid.get("cl:2674");
    assertEquals("ksd", seed.courtId());
    assertEquals("K. Gary Sebelius", seed.referredJudge());
    DocketRecord first = byUid.get("cl:1");
    assertEquals("akd;3:08-cv-00284", first.docketKey());
    assertEquals("Timothy M. Burgess", first.assignedJudge());
    assertEquals("110 Insurance", first.natureOfSuit());
    assertEquals("Diversity", first.jurisdiction());
    assertEquals(java.time.LocalDate.of(2009, 6, 4), first.dateTerminated());
  }

  @Test
  void backtickDocketsFileReadsTheSameRows() throws IOException {
    CollectingSink old = read(new BulkDocketsReader(), "dockets-2024-10-31.csv.bz2");
    CollectingSink current = read(new BulkDocketsReader(), "dockets-2026-11-01.csv.bz2");
    assertEquals(2674, old.dockets.size());
    Map<String, DocketRecord> now = byUid(current);
    for (DocketRecord d : old.dockets) {
      DocketRecord c = now.get(d.docketUid());
      assertEquals(
          c, new DocketRecord(
              d.docketUid(), d.docketKey(), d.source(), c.sourceFile(), d.courtId(),
              d.docketNumber(), d.caseName(), d.natureOfSuit(), d.cause(), d.jurisdiction(),
              d.dateFiled(), d.dateTerminated(), d.assignedJudge(), d.referredJudge(),
              d.parties()),
          d.docketUid());
    }
  }

  @Test
  void clustersFile() throws IOException {
    CollectingSink sink = read(new BulkClustersReader(), "opinion-clusters-2026-11-01.csv.bz2");
    assertEquals(8525, sink.entries.size());
    EntryRecord seed =
        sink.entries.stream().filter(e -> e.entryUid().equals("cl-cluster:8525")).findFirst().get();
    assertEquals("cl:2674", seed.docketUid());
    assertEquals(java.time.LocalDate.of(2018, 1, 19), seed.dateFiled());
    assertTrue(seed.text().contains("Renewed Motion for Sanctions (ECF No. 133) is denied"));
    assertTrue(sink.entries.stream().allMatch(e -> e.dateFiled() != null));
  }

  @Test
  void opinionsFileCarriesTheSeedOrderAsPlainText() throws IOException {
    CollectingSink sink = read(new BulkOpinionsReader(), "opinions-2026-11-01.csv.bz2");
    assertEquals(8525, sink.documents.size());
    assertTrue(sink.documents.stream().allMatch(d -> d.text() != null && !d.text().isBlank()));
    DocumentRecord seed =
        sink.documents.stream()
            .filter(d -> d.documentUid().equals("cl-opinion:8525"))
            .findFirst()
            .get();
    assertEquals("cl-cluster:8525", seed.entryUid());
    assertEquals(8526, seed.position(), "the seed record starts on physical line 8526");
    String order = Files.readString(SharedData.resolve("seed-order.txt"), StandardCharsets.UTF_8);
    assertEquals(order.strip(), seed.text().strip());
    DocumentRecord quoted =
        sink.documents.stream().filter(d -> d.text().contains("\"")).findFirst().orElse(null);
    assertNotNull(quoted, "docket texts with a double quote read back with the quote");
  }

  @Test
  void sniffKnowsEachTableByHeaderAloneAndRefusesTheOthers() throws IOException {
    SourceReader[] readers = {
      new BulkDocketsReader(), new BulkClustersReader(), new BulkOpinionsReader()
    };
    String[] files = {
      "dockets-2026-11-01.csv.bz2",
      "opinion-clusters-2026-11-01.csv.bz2",
      "opinions-2026-11-01.csv.bz2"
    };
    for (int f = 0; f < files.length; f++) {
      String head;
      try (InputStream in =
          new BZip2CompressorInputStream(
              Files.newInputStream(SharedData.resolve("realdata/courtlistener-bulk/" + files[f])))) {
        head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
      }
      for (int r = 0; r < readers.length; r++) {
        assertEquals(r == f, readers[r].sniff("export.csv", head), files[f] + " by " + r);
        assertEquals(r == f, readers[r].sniff(files[f].replace(".bz2", ""), head));
      }
      assertTrue(!new BulkIdbReader().sniff("export.csv", head));
    }
  }

  private static Map<String, DocketRecord> byUid(CollectingSink sink) {
    return sink.dockets.stream()
        .collect(Collectors.toMap(DocketRecord::docketUid, Function.identity()));
  }
}

package org.conferral.ingest.courtlistener.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.SourceReader;
import org.junit.jupiter.api.Test;

/** The bundled sample in data/sample/courtlistener-bulk reads whole, with its one bad row rejected. */
class BulkSampleDataTest {

  private static final Path DIR = Path.of("data", "sample", "courtlistener-bulk");

  private static CollectingSink read(SourceReader reader, String name) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(DIR.resolve(name))) {
      assertEquals(reader.read(in, name, sink), sink.total());
    }
    return sink;
  }

  @Test
  void dockets() throws IOException {
    CollectingSink sink = read(new BulkDocketsReader(), "dockets-2026-11-01.csv");
    assertEquals(5, sink.dockets.size());
    assertEquals(1, sink.rejects.size());
    assertEquals(9, sink.rejects.get(0).position(), "physical line: docket 101 spans lines 2-6");
    assertTrue(sink.rejects.get(0).reason().startsWith("expected 54 columns"));
    Set<String> keys =
        sink.dockets.stream().map(DocketRecord::docketKey).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "ksd;2:24-cv-02117",
            "ksd;2:23-cv-02655",
            "nysd;1:24-cv-03381",
            "ilnd;1:22-cv-05012",
            "cod;1:23-cv-01460"),
        keys);
  }

  @Test
  void clustersBelongToSampleDockets() throws IOException {
    CollectingSink sink = read(new BulkClustersReader(), "opinion-clusters-2026-11-01.csv");
    assertEquals(4, sink.entries.size());
    assertEquals(0, sink.rejects.size());
    assertEquals(
        Set.of("cl:101", "cl:102", "cl:103", "cl:105"),
        sink.entries.stream().map(e -> e.docketUid()).collect(Collectors.toSet()));
  }

  @Test
  void opinionsHoldOrderBodiesIncludingOneFromHtml() throws IOException {
    CollectingSink sink = read(new BulkOpinionsReader(), "opinions-2026-11-01.csv");
    assertEquals(4, sink.documents.size());
    assertEquals(0, sink.rejects.size());
    DocumentRecord denial = sink.documents.get(0);
    assertTrue(denial.text().contains("is not a reasonable effort to confer"));
    assertTrue(denial.text().contains("counsel \"attempted to resolve this dispute.\""));
    DocumentRecord fromHtml = sink.documents.get(3);
    assertTrue(fromHtml.text().startsWith("ORDER\n"), fromHtml.text());
    assertTrue(fromHtml.text().contains("the parties\u2019 Joint Motion to Amend Scheduling Order"));
    assertTrue(!fromHtml.text().contains("<"));
  }
}

package org.conferral.ingest.juriscraper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.junit.jupiter.api.Test;

/** The bundled Juriscraper sample in {@code data/sample/juriscraper}. */
class JuriscraperSampleTest {

  private static final Path SAMPLE = Path.of("data/sample/juriscraper");
  private final JuriscraperDocketReader reader = new JuriscraperDocketReader();

  @Test
  void readsTheColoradoDocketAndRejectsTheBadEntry() throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(SAMPLE.resolve("cod_1-21-cv-01452.json"))) {
      assertEquals(23, reader.read(in, "cod_1-21-cv-01452.json", sink));
    }
    DocketRecord d = sink.dockets.get(0);
    assertEquals("pacer:cod;1:21-cv-01452", d.docketUid());
    assertEquals("Victor J. Hale", d.referredJudge());
    assertEquals(new DocketRecord.Party("Dale Pruitt", "Defendant", true), d.parties().get(2));
    assertEquals(21, sink.entries.size());
    assertEquals("pacer:cod;1:21-cv-01452#s12", sink.entries.get(5).entryUid());
    assertNull(sink.entries.get(5).entryNumber());
    assertTrue(sink.entries.get(8).text().startsWith("ORDER denying without prejudice 7 Motion"));
    assertEquals(1, sink.rejects.size());
    assertEquals("document_number is a list, expected text", sink.rejects.get(0).reason());
    assertEquals(20, sink.rejects.get(0).position());
  }

  @Test
  void claimsItsOwnSamplesOnly() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        String head = s.substring(0, Math.min(2000, s.length()));
        assertEquals(
            f.startsWith(SAMPLE), reader.sniff(f.getFileName().toString(), head), f.toString());
      }
    }
  }
}

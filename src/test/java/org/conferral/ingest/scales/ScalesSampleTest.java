package org.conferral.ingest.scales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.junit.jupiter.api.Test;

/** The bundled SCALES sample in {@code data/sample/scales}. */
class ScalesSampleTest {

  private static final Path SAMPLE = Path.of("data/sample/scales");
  private final ScalesDocketReader reader = new ScalesDocketReader();

  @Test
  void readsTheNewYorkCaseAndRejectsTheBadEntry() throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(SAMPLE.resolve("nysd-1-22-cv-05120.json"))) {
      assertEquals(19, reader.read(in, "nysd-1-22-cv-05120.json", sink));
    }
    assertEquals("scales:nysd;;1:22-cv-05120", sink.dockets.get(0).docketUid());
    assertEquals("Magistrate Judge Samuel K. Ito", sink.dockets.get(0).referredJudge());
    assertEquals(17, sink.entries.size());
    assertEquals(LocalDate.of(2022, 10, 5), sink.entries.get(7).dateFiled());
    assertTrue(sink.entries.get(7).text().contains("Local Civil Rule 37.2"));
    assertEquals(1, sink.rejects.size());
    assertEquals("ind is a list, expected text", sink.rejects.get(0).reason());
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

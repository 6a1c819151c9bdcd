package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.EntryRecord;
import org.junit.jupiter.api.Test;

/** The bundled CourtListener API sample in {@code data/sample/courtlistener-api}. */
class CourtListenerApiSampleTest {

  private static final Path SAMPLE = Path.of("data/sample/courtlistener-api");
  private final CourtListenerApiReader reader = new CourtListenerApiReader();

  @Test
  void readsTheDocketsPage() throws IOException {
    CollectingSink sink = read("dockets-page.json");
    assertEquals(2, sink.total());
    assertEquals("ksd;2:21-cv-02187", sink.dockets.get(0).docketKey());
    assertEquals("Thomas R. Keane", sink.dockets.get(0).referredJudge());
    assertEquals("ilnd;1:22-cv-03315", sink.dockets.get(1).docketKey());
  }

  @Test
  void readsTheKansasEntriesAndRejectsTheBadOne() throws IOException {
    CollectingSink sink = read("docket-entries-910001.json");
    assertEquals(19, sink.entries.size());
    assertEquals(25, sink.documents.size());
    assertEquals(1, sink.rejects.size());
    assertEquals("recap_documents is an object, expected a list", sink.rejects.get(0).reason());
    assertEquals(19, sink.rejects.get(0).position());
    EntryRecord order = sink.entries.get(8);
    assertEquals("cl-entry:5109", order.entryUid());
    assertTrue(order.text().startsWith("MEMORANDUM AND ORDER denying without prejudice 6 Motion"));
    assertTrue(
        sink.documents.stream()
            .anyMatch(
                d ->
                    d.entryUid().equals("cl-entry:5109")
                        && d.text().contains("A single email setting a deadline is a demand")));
  }

  @Test
  void readsTheIllinoisEntriesAsJsonLines() throws IOException {
    CollectingSink sink = read("docket-entries-910002.jsonl");
    assertEquals(16, sink.entries.size());
    assertEquals(8, sink.documents.size());
    assertEquals(0, sink.rejects.size());
    assertEquals(9, sink.entries.get(8).position());
    assertTrue(sink.entries.get(8).text().contains("stricken without prejudice"));
  }

  @Test
  void claimsItsOwnSamplesOnly() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        boolean mine = f.startsWith(SAMPLE);
        assertEquals(mine, reader.sniff(f.getFileName().toString(), head(f)), f.toString());
      }
    }
  }

  private CollectingSink read(String name) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(SAMPLE.resolve(name))) {
      assertEquals(reader.read(in, name, sink), sink.total());
    }
    return sink;
  }

  private static String head(Path f) throws IOException {
    String s = Files.readString(f, StandardCharsets.UTF_8);
    return s.substring(0, Math.min(2000, s.length()));
  }
}

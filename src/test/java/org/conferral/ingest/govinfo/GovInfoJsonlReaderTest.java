package org.conferral.ingest.govinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.EntryRecord;
import org.junit.jupiter.api.Test;

/** The GovInfo JSON-lines reader on hand-made lines and on the bundled sample. */
class GovInfoJsonlReaderTest {

  private final GovInfoJsonlReader reader = new GovInfoJsonlReader();

  private CollectingSink read(String text) throws IOException {
    CollectingSink sink = new CollectingSink();
    long n =
        reader.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.jsonl", sink);
    assertEquals(sink.total(), n, "records read = emitted + rejected");
    return sink;
  }

  private static String row(
      String court, String number, String accessId, String date, String text) {
    return "{\"courtCode\":\""
        + court
        + "\",\"caseNumber\":\""
        + number
        + "\",\"accessId\":\""
        + accessId
        + "\",\"dateIssued\":\""
        + date
        + "\",\"natureSuitCode\":\"442\","
        + "\"natureSuit\":\"Civil Rights Employment\",\"cause\":null,\"docketText\":\""
        + text
        + "\"}\n";
  }

  @Test
  void firstRowOfACaseAlsoYieldsItsDocket() throws IOException {
    CollectingSink sink =
        read(
            row("cod", "2:23-cv-00951", "USCOURTS-cod-2_23-cv-00951-0", "2024-02-20", "ORDER a")
                + row(
                    "cod", "2:23-cv-00951", "USCOURTS-cod-2_23-cv-00951-1", "2024-03-01", "ORDER b")
                + row(
                    "KSD",
                    "2:23-cv-2944",
                    "USCOURTS-ksd-2_23-cv-02944-0",
                    "2024-03-02",
                    "ORDER c"));
    assertEquals(2, sink.dockets.size());
    assertEquals(3, sink.entries.size());
    assertEquals("govinfo:ksd;2:23-cv-02944", sink.dockets.get(1).docketUid());
    assertEquals("442 Civil Rights Employment", sink.dockets.get(0).natureOfSuit());
    assertNull(sink.dockets.get(0).cause());
    EntryRecord b = sink.entries.get(1);
    assertEquals("govinfo:USCOURTS-cod-2_23-cv-00951-1", b.entryUid());
    assertEquals(1, b.sequence());
    assertEquals(2, b.position());
    assertEquals(LocalDate.of(2024, 3, 1), b.dateFiled());
  }

  @Test
  void badLinesAreRejectedWithTheirLineNumber() throws IOException {
    CollectingSink sink =
        read(
            row("cod", "2:23-cv-00951", "USCOURTS-cod-2_23-cv-00951-0", "2024-02-20", "ORDER a")
                + "{\"courtCode\": \"cod\", \"docketText\": \"ORDER gran\n"
                + "\n"
                + "[1, 2]\n"
                + "{\"courtCode\":\"cod\",\"accessId\":\"x\"}\n"
                + "{\"courtCode\":\"cod\",\"caseNumber\":\"2:23-cv-00951\"}\n"
                + "{\"courtCode\":\"cod\"} trailing\n");
    assertEquals(1, sink.entries.size());
    assertEquals(
        List.of(2L, 4L, 5L, 6L, 7L), sink.rejects.stream().map(r -> r.position()).toList());
    assertTrue(sink.rejects.get(0).reason().startsWith("Not JSON"), sink.rejects.get(0).reason());
    assertEquals("Not a JSON object", sink.rejects.get(1).reason());
    assertEquals("Missing courtCode or caseNumber", sink.rejects.get(2).reason());
    assertEquals("Missing accessId", sink.rejects.get(3).reason());
    assertTrue(sink.rejects.get(4).raw().contains("trailing"));
  }

  @Test
  void invalidDateBecomesNullAndEscapesAreText() throws IOException {
    CollectingSink sink =
        read(
            row(
                "ksd",
                "2:23-cv-02944",
                "A-0",
                "2024-02-30",
                "ORDER \\u2014 Smith & Co.\\\"s motion <denied>"));
    assertNull(sink.entries.get(0).dateFiled());
    assertEquals("ORDER \u2014 Smith & Co.\"s motion <denied>", sink.entries.get(0).text());
  }

  @Test
  void emptyFileIsNoRecord() throws IOException {
    assertEquals(0, read("").total());
  }

  @Test
  void sniffWantsCourtCodeAndDocketTextOnTheFirstLine() {
    assertTrue(reader.sniff("x.jsonl", "{\"courtCode\": \"ksd\", \"docketText\": \"ORDER\"}\n{"));
    assertTrue(reader.sniff("x.jsonl", "{\"courtCode\": \"ksd\", \"accessId\": \"USCOURTS-ksd-2"));
    assertFalse(reader.sniff("x.jsonl", "{\"courtCode\": \"ksd\"}\n{\"docketText\": \"x\"}"));
    assertFalse(reader.sniff("x.json", "{\"docket_entries\": [], \"court_id\": \"ksd\"}"));
    assertFalse(reader.sniff("x.jsonl", "courtCode,docketText\nksd,ORDER"));
  }

  @Test
  void bundledSampleHasOneBadLine() throws IOException {
    Path f = Path.of("data/sample/govinfo/uscourts-docket-texts.sample.jsonl");
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      long n = reader.read(in, f.toString(), sink);
      assertEquals(sink.total(), n);
    }
    assertTrue(reader.sniff(f.getFileName().toString(), Files.readString(f)));
    assertEquals(1, sink.rejects.size());
    assertEquals(6, sink.entries.size());
    assertEquals(3, sink.dockets.size());
  }
}

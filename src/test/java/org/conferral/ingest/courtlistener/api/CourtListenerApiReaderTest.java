package org.conferral.ingest.courtlistener.api;

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
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

class CourtListenerApiReaderTest {

  private static final String FIXTURE = "realdata/courtlistener/cl/api/fixtures/recap_docs.json";
  private static final String API = "https://www.courtlistener.com/api/rest/v4/";

  private final CourtListenerApiReader reader = new CourtListenerApiReader();

  @Test
  void aDocketIdTooLongForANumberRejectsItsEntryAndTheReadGoesOn() throws IOException {
    String lines =
        "{\"id\": 1, \"docket\": \"" + API + "dockets/7/\", \"description\": \"MOTION\"}\n"
            + "{\"id\": 2, \"docket\": \"" + API + "dockets/99999999999999999999/\","
            + " \"description\": \"NOTICE\"}\n"
            + "{\"id\": 3, \"docket\": \"" + API + "dockets/7/\", \"description\": \"ORDER\"}\n";
    CollectingSink sink = new CollectingSink();
    long read =
        reader.read(
            new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "x.jsonl", sink);
    assertEquals(3, read);
    assertEquals(3, sink.total());
    assertEquals(2, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertEquals(2, sink.rejects.get(0).position());
    assertTrue(
        sink.rejects.get(0).reason().contains("too long for a number"),
        sink.rejects.get(0).reason());
  }

  @Test
  void readsTheRealRecapFixture() throws IOException {
    Path f = SharedData.resolve(FIXTURE);
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      assertEquals(5, reader.read(in, f.toString(), sink));
    }
    assertEquals(5, sink.total());
    DocketRecord d = sink.dockets.get(0);
    assertEquals("cl:1", d.docketUid());
    assertEquals("ca1", d.courtId());
    assertEquals("ca1;3:92-cr-00139", d.docketKey());
    assertEquals("United States v. Curlin", d.caseName());
    assertNull(d.dateFiled());
    EntryRecord e = sink.entries.get(0);
    assertEquals("cl:1", e.docketUid());
    assertEquals("cl-entry:1", e.entryUid());
    assertEquals("1", e.entryNumber());
    assertEquals(LocalDate.of(2002, 7, 15), e.dateFiled());
    assertTrue(
        e.text().startsWith("Memorandum Opinion and Order as to Albert Evans Curlin"), e.text());
    DocumentRecord doc = sink.documents.get(0);
    assertEquals("cl-recap:1", doc.documentUid());
    assertEquals("cl-entry:1", doc.entryUid());
    assertEquals("cl:1", doc.docketUid());
    assertEquals("1", doc.documentNumber());
    assertNull(doc.text()); // empty plain_text: metadata only
    assertEquals(2, sink.rejects.size());
    assertEquals("unsupported fixture model search.tag", sink.rejects.get(0).reason());
    assertEquals(4, sink.rejects.get(0).position());
  }

  @Test
  void readsAPageOfDocketEntriesWithTheirRecapDocuments() throws IOException {
    String page =
        """
        {"count": 3, "next": "%1$sdocket-entries/?cursor=abc&docket=900101", "previous": null,
         "results": [
          {"resource_uri": "%1$sdocket-entries/5001/", "id": 5001, "docket": "%1$sdockets/900101/",
           "date_filed": "2021-03-02", "time_filed": null, "entry_number": 45,
           "recap_sequence_number": "2021-03-02.001", "pacer_sequence_number": 120,
           "description": "MOTION to Compel Discovery Responses by Plaintiff Jane Roe.",
           "recap_documents": [
             {"id": 7001, "document_type": 1, "document_number": "45", "attachment_number": null,
              "description": "Motion to Compel", "plain_text": "Plaintiff moves to compel ..."},
             {"id": 7002, "document_type": 2, "document_number": "45", "attachment_number": 1,
              "description": "Exhibit A", "plain_text": ""}]},
          {"id": 5002, "docket": 900101, "date_filed": "2021-04-01", "entry_number": null,
           "description": "",
           "recap_documents": [{"id": 7003, "document_type": 1,
                        "description": "Order on Motion to Compel",
                        "plain_text": "ORDER denying 45 Motion to Compel."}]},
          {"id": 5003, "docket": 900101, "entry_number": "abc", "description": "ORDER",
           "recap_documents": [{"id": 7004}]}
         ]}
        """
            .formatted(API);
    CollectingSink sink = read(page);
    assertEquals(2, sink.entries.size());
    EntryRecord motion = sink.entries.get(0);
    assertEquals("cl:900101", motion.docketUid());
    assertEquals("cl-entry:5001", motion.entryUid());
    assertEquals("45", motion.entryNumber());
    assertEquals(0, motion.sequence());
    assertEquals(1, motion.position());
    assertEquals(LocalDate.of(2021, 3, 2), motion.dateFiled());
    EntryRecord order = sink.entries.get(1);
    assertNull(order.entryNumber());
    assertEquals("Order on Motion to Compel", order.text()); // from the main document
    assertEquals(3, sink.documents.size());
    DocumentRecord main = sink.documents.get(0);
    assertEquals("cl-recap:7001", main.documentUid());
    assertEquals("cl-entry:5001", main.entryUid());
    assertEquals("cl:900101", main.docketUid());
    assertEquals("Plaintiff moves to compel ...", main.text());
    assertEquals("1", sink.documents.get(1).attachmentNumber());
    assertNull(sink.documents.get(1).text());
    assertEquals("ORDER denying 45 Motion to Compel.", sink.documents.get(2).text());
    assertEquals(1, sink.rejects.size());
    assertEquals("entry_number \"abc\" is not a whole number", sink.rejects.get(0).reason());
    assertEquals(3, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).raw().contains("7004")); // its document goes with it
  }

  @Test
  void readsAPageOfDockets() throws IOException {
    String page =
        """
        {"count": 2, "next": null, "previous": null, "results": [
          {"resource_uri": "%1$sdockets/900101/", "id": 900101, "court": "%1$scourts/ksd/",
           "court_id": "ksd", "docket_number": "2:21-cv-02044",
           "case_name": "Roe v. Plainview Freight", "date_filed": "2021-01-19",
           "date_terminated": null, "assigned_to_str": "Marcia L. Whitfield",
           "referred_to_str": "Thomas R. Keane", "nature_of_suit": "Civil Rights: Jobs",
           "cause": "42:2000e Job Discrimination (Employment)",
           "jurisdiction_type": "Federal question"},
          {"id": 900102, "court": "%1$scourts/ilnd/", "docket_number": "1:20-cv-7001",
           "case_name": "Doe v. Lakeshore Logistics"},
          {"court_id": "nysd", "docket_number": "1:22-cv-1"}
        ]}
        """
            .formatted(API);
    CollectingSink sink = read(page);
    assertEquals(2, sink.dockets.size());
    DocketRecord d = sink.dockets.get(0);
    assertEquals("cl:900101", d.docketUid());
    assertEquals("ksd;2:21-cv-02044", d.docketKey());
    assertEquals("Thomas R. Keane", d.referredJudge());
    assertEquals(LocalDate.of(2021, 1, 19), d.dateFiled());
    assertEquals("ilnd", sink.dockets.get(1).courtId()); // from the court URL
    assertEquals("ilnd;1:20-cv-07001", sink.dockets.get(1).docketKey());
    assertEquals("docket without an id", sink.rejects.get(0).reason());
  }

  @Test
  void readsEntriesNestedInADocket() throws IOException {
    String docket =
        """
        {"id": 900103, "court_id": "cod", "docket_number": "1:23-cv-00777", "case_name": "A v. B",
         "docket_entries": [
           {"id": 6001, "entry_number": 1, "description": "COMPLAINT", "recap_documents": []},
           {"id": 6002, "entry_number": 2, "description": "ANSWER"}]}
        """;
    CollectingSink sink = read(docket);
    assertEquals(1, sink.dockets.size());
    assertEquals(2, sink.entries.size());
    assertEquals("cl:900103", sink.entries.get(1).docketUid());
    assertEquals(1, sink.entries.get(1).sequence());
  }

  @Test
  void readsJsonLinesAndRejectsOnlyTheBrokenLine() throws IOException {
    String lines =
        """
        {"id": 1, "docket": 10, "entry_number": 1, "description": "COMPLAINT"}
        {"id": 2, "docket": 10, "entry_number": 2, "description": "ANSWER"

        {"id": 3, "docket": 10, "entry_number": 3, "description": "NOTICE"}
        ["not", "an", "object"]
        {"id": 4, "docket": 10, "description": "ORDER", "date_filed": "2021-99-01"}
        """;
    CollectingSink sink = read(lines);
    assertEquals(3, sink.entries.size());
    assertEquals(4, sink.entries.get(1).position());
    assertEquals(1, sink.entries.get(1).sequence()); // among the entries of docket 10 read
    assertNull(sink.entries.get(2).dateFiled());
    assertEquals(2, sink.rejects.size());
    assertEquals(2, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().startsWith("JSON syntax error at line 2"));
    assertEquals("record is a list, expected a JSON object", sink.rejects.get(1).reason());
  }

  @Test
  void syntaxErrorMidPageKeepsRecordsBeforeIt() throws IOException {
    String page =
        """
        [
          {"id": 1, "docket": 10, "entry_number": 1, "description": "COMPLAINT"},
          {"id": 2, "docket": 10, "entry_number": 2, "description": "ANSWER"},
          {"id": 3, "docket": 10, "entry_number": 3, "description": "MOTION to Compel",,
          {"id": 4, "docket": 10, "entry_number": 4, "description": "ORDER"}
        ]
        """;
    CollectingSink sink = read(page);
    assertEquals(2, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertEquals(3, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().contains("line 4"), sink.rejects.get(0).reason());
    assertTrue(sink.rejects.get(0).raw().contains("ORDER"));
  }

  @Test
  void otherShapesAreRejectedWithTheirReason() throws IOException {
    assertEquals("record is null, expected a JSON object", read("[null]").rejects.get(0).reason());
    assertEquals(2, read("{\"id\": 1, \"docket\": 2, \"description\": \"x\"}\nnull\n").total());
    assertEquals("empty file: no JSON records", read("").rejects.get(0).reason());
    assertEquals(
        "neither a docket nor a docket entry nor a RECAP document: keys [name]",
        read("[{\"name\": \"x\"}]").rejects.get(0).reason());
    assertEquals(
        "RECAP document 7 without a docket_entry reference",
        read("{\"id\": 7, \"plain_text\": \"ORDER\"}").rejects.get(0).reason());
    assertEquals(
        "docket entry 5 without a docket reference",
        read("[{\"id\": 5, \"docket\": null, \"description\": \"x\"}]").rejects.get(0).reason());
    assertEquals(
        "description is an object, expected text",
        read("[{\"id\": 5, \"docket\": 1, \"description\": {}}]").rejects.get(0).reason());
  }

  @Test
  void sniffsCourtListenerJsonOnly() throws IOException {
    assertTrue(reader.sniff("recap_docs.json", Files.readString(SharedData.resolve(FIXTURE))));
    assertTrue(reader.sniff("p.json", "{\"count\": 3, \"results\": [{\"resource_uri\": \"x\"}]}"));
    assertTrue(reader.sniff("p.jsonl", "{\"id\": 1, \"docket\": 10, \"entry_number\": 1}"));
    assertFalse(reader.sniff("a.json", "{\"court_id\": \"ksd\", \"docket_entries\": []}"));
    assertFalse(reader.sniff("a.json", "{\"ucid\": \"azd;;3:18-cv-08134\"}"));
    assertFalse(reader.sniff("a.json", "<html><body>\"recap_documents\": </body></html>"));
    assertFalse(reader.sniff("recap_documents.json", ""));
  }

  private CollectingSink read(String json) throws IOException {
    CollectingSink sink = new CollectingSink();
    InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(reader.read(in, "test.json", sink), sink.total());
    return sink;
  }
}

package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApiLineTest {

  private final ApiLine line = new ApiLine(new JsonFactory());

  @Test
  void readsAPlainEntryWithItsDocuments() {
    assertTrue(
        read(
            "{\"resource_uri\": \"x\", \"id\": 5001, \"docket\": \"/api/rest/v4/dockets/900101/\","
                + " \"date_filed\": \"2021-03-02\", \"entry_number\": 45, \"description\":"
                + " \"MOTION to Compel\", \"recap_documents\": [{\"id\": 7001, \"document_type\":"
                + " 1, \"attachment_number\": null, \"plain_text\": \"text\"}, {\"id\": 7002,"
                + " \"attachment_number\": 1, \"extra\": {\"a\": [1]}}]}"));
    assertEquals(ApiLine.Kind.ENTRY, line.kind);
    assertEquals(5001, line.id);
    assertEquals(900101, line.docketId);
    assertEquals(45L, line.entryNumber);
    assertEquals(LocalDate.of(2021, 3, 2), line.dateFiled);
    assertEquals(2, line.documentCount);
    assertEquals(1, line.document(0).type);
    assertFalse(line.document(0).hasAttachment);
    assertEquals("1", line.document(1).attachmentNumber);
    assertNull(line.document(1).type);
  }

  @Test
  void readsAPlainDocket() {
    assertTrue(read("\t {\"id\": 7, \"court_id\": \"ksd\", \"case_name\": null, \"cause\": 12}"));
    assertEquals(ApiLine.Kind.DOCKET, line.kind);
    assertEquals("ksd", line.courtId);
    assertEquals("12", line.cause);
    assertNull(line.caseName);
  }

  @Test
  void declinesWhatTheTreePathMustRead() {
    String[] declined = {
      "",
      "  ",
      "[1]",
      "\ufeff{\"id\": 1, \"docket\": 2, \"description\": \"x\"}",
      "{\"id\": 1, \"docket\": 2, \"description\": \"x\"", // unfinished
      "{\"count\": 1, \"results\": []}",
      "{\"model\": \"search.docket\", \"pk\": 1, \"fields\": {}}",
      "{\"id\": 1, \"court_id\": \"ksd\", \"docket_entries\": []}",
      "{\"id\": 1, \"plain_text\": \"a lone document\", \"docket_entry\": 3}",
      "{\"docket\": 2, \"description\": \"no id\"}",
      "{\"id\": null, \"docket\": 2, \"description\": \"x\"}",
      "{\"id\": -1, \"docket\": 2, \"description\": \"x\"}",
      "{\"id\": \"1\", \"docket\": 2, \"description\": \"x\"}",
      "{\"id\": 1, \"docket\": null, \"description\": \"x\"}",
      "{\"id\": 1, \"docket\": 2.0, \"description\": \"x\"}",
      "{\"id\": 1, \"docket\": \"/12/?page=/34/\", \"description\": \"x\"}",
      "{\"id\": 1, \"docket\": 2, \"description\": \"x\", \"description\": \"y\"}",
      "{\"id\": 1, \"docket\": 2, \"description\": {}}",
      "{\"id\": 1, \"docket\": 2, \"description\": 1.5}",
      "{\"id\": 1, \"docket\": 2, \"entry_number\": \"12\"}",
      "{\"id\": 1, \"docket\": 2, \"recap_documents\": {}}",
      "{\"id\": 1, \"docket\": 2, \"recap_documents\": [1]}",
      "{\"id\": 1, \"docket\": 2, \"recap_documents\": [{\"description\": \"no id\"}]}",
      "{\"id\": 1, \"docket\": 2, \"recap_documents\": [{\"id\": 3, \"document_type\": 1.0}]}",
      "{\"id\": 1, \"docket\": 2, \"description\": \"x\", \"n\": 12345678901234567890}",
    };
    for (String s : declined) {
      if (!s.contains("12345678901234567890")) {
        assertFalse(read(s), s);
      }
    }
    // a big number in a field the records do not read is skipped
    assertTrue(read(declined[declined.length - 1]));
  }

  @Test
  void declinesMalformedUtf8() {
    byte[] b = "{\"id\": 1, \"docket\": 2, \"description\": \"a\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    assertTrue(line.read(b, 0, b.length, false));
    b[b.length - 4] = (byte) 0xC0; // overlong lead byte
    assertFalse(line.read(b, 0, b.length, false));
  }

  private boolean read(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return line.read(b, 0, b.length, false);
  }
}

package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conferral.ingest.CollectingSink;
import org.junit.jupiter.api.Test;

/**
 * JSON lines after the first are streamed when plain and read as trees otherwise; either way each
 * object gives the records it gives as an element of a JSON array (which is always a tree).
 */
class CourtListenerApiLinesTest {

  private static final String API = "https://www.courtlistener.com/api/rest/v4/";

  @Test
  void plainAndUnusualLinesGiveTheRecordsOfTheTreePath() throws IOException {
    List<String> objects =
        List.of(
            "{\"id\": 1, \"docket\": 9, \"description\": \"COMPLAINT\"}",
            ("{\"resource_uri\": \"%1$sdocket-entries/2/\", \"id\": 2, \"docket\":"
                    + " \"%1$sdockets/9/\", \"date_filed\": \"2021-03-02\", \"entry_number\": 2,"
                    + " \"description\": \"  \", \"recap_documents\": [{\"id\": 20,"
                    + " \"document_type\": 2, \"description\": \"Exhibit\", \"attachment_number\":"
                    + " 1}, {\"id\": 21, \"document_type\": 1, \"document_number\": 2,"
                    + " \"description\": \" Motion to Compel \", \"plain_text\": \" text \"}]}")
                .formatted(API),
            "{\"id\": 3, \"docket\": 9, \"recap_documents\": [{\"id\": 30, \"description\": \"x\"}]}",
            "{\"id\": 4, \"docket\": 10, \"entry_number\": null, \"description\": true}",
            "{\"id\": 5, \"docket\": 9, \"description\": \"d\", \"description\": \"twice\"}",
            "{\"id\": 6, \"docket\": \"9\", \"entry_number\": \" 12 \", \"description\": 7}",
            "{\"id\": 7, \"docket\": 9, \"date_filed\": {\"a\": 1}, \"description\": \"x\"}",
            "{\"id\": 8, \"docket\": 9, \"recap_documents\": [{\"id\": 80, \"document_type\":"
                + " 4294967297, \"description\": \"long type\"}]}",
            "{\"id\": 9, \"docket\": 9, \"recap_documents\": [{\"id\": 90}, \"not a document\"]}",
            "{\"id\": 10, \"docket\": 9, \"description\": [\"x\"]}",
            "{\"id\": 40, \"plain_text\": \"ORDER\", \"docket_entry\": \"%sdocket-entries/2/\"}"
                .formatted(API),
            ("{\"id\": 500, \"court\": \"%1$scourts/ilnd/\", \"court_id\": \" \","
                    + " \"docket_number\": \"1:20-cv-7001\", \"case_name\": \"\","
                    + " \"case_name_full\": \"Doe v. Lakeshore Logistics\", \"date_filed\":"
                    + " \"2021-01-19\", \"date_terminated\": \"2021-02-30\"}")
                .formatted(API),
            "{\"id\": 501, \"court_id\": \"ksd\", \"docket_entries\": [{\"id\": 11, \"description\": \"x\"}]}",
            "{\"court_id\": \"ksd\", \"docket_number\": \"no id\"}",
            "{\"model\": \"search.docketentry\", \"pk\": 13, \"fields\": {\"docket\": 9}}",
            "{\"name\": \"nothing we know\"}");
    CollectingSink lines = read(String.join("\n", objects) + "\n");
    CollectingSink tree = read("[" + String.join(",\n", objects) + "]");
    assertEquals(tree.dockets, lines.dockets);
    assertEquals(tree.entries, lines.entries);
    assertEquals(tree.documents, lines.documents);
    assertEquals(tree.rejects, lines.rejects);
    assertEquals(11, lines.entries.size());
    assertEquals(6, lines.documents.size());
    assertEquals(4, lines.rejects.size()); // 9 (its second document), 10, no id, unknown
  }

  private static CollectingSink read(String json) throws IOException {
    CollectingSink sink = new CollectingSink();
    new CourtListenerApiReader()
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.jsonl", sink);
    return sink;
  }
}

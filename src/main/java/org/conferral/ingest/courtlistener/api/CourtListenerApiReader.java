package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.FileHead;
import org.conferral.ingest.common.JsonSyntax;
import org.conferral.ingest.common.RecordsMet;

/**
 * Reads CourtListener REST API v4 JSON saved to files: API pages ({@code {"count", "next",
 * "results": [...]}}) of dockets or of docket entries with nested {@code recap_documents}, a bare
 * JSON array of such objects, JSON lines (one object or page a line), a single object, or a Django
 * fixture of the {@code search.docket}, {@code search.docketentry} and {@code search.recapdocument}
 * models.
 *
 * <p>Dockets become {@code cl:<id>}, entries {@code cl-entry:<id>} under {@code cl:<docket id>},
 * RECAP documents {@code cl-recap:<id>} with their {@code plain_text}. Records are streamed one at
 * a time, so pages of any size fit in memory. A record's position is its 1-based index in the page
 * or array, or its line for JSON lines; nested RECAP documents share their entry's position. A JSON
 * syntax error keeps the records before it and rejects the rest of the file as one record (in JSON
 * lines, only the broken line).
 */
public final class CourtListenerApiReader implements SourceReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY =
      MAPPER.getFactory().copy().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  /** Keys and values that only CourtListener's API or fixtures write. */
  private static final Pattern MARKERS =
      Pattern.compile(
          "\"recap_documents\"\\s*:"
              + "|\"model\"\\s*:\\s*\"search\\.(?:docket|docketentry|recapdocument)\""
              + "|courtlistener\\.com/api/rest/"
              + "|\"resource_uri\"\\s*:"
              + "|\"(?:entry_number|recap_sequence_number|pacer_sequence_number"
              + "|docket_number_core)\"\\s*:");

  public CourtListenerApiReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.CL_API;
  }

  @Override
  public boolean sniff(String fileName, String head) {
    String h = FileHead.json(head);
    return h != null && MARKERS.matcher(h).find();
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    RecordsMet counting = new RecordsMet(sink);
    CourtListenerApiRecords records = new CourtListenerApiRecords(sourceFile, counting);
    try (JsonParser p = FACTORY.createParser(in)) {
      new Walk(p, in, records).file();
    }
    return counting.count();
  }

  /** One pass over one file; {@link #next} is the position of the next record. */
  private static final class Walk {
    private final JsonParser p;
    private final InputStream in;
    private final CourtListenerApiRecords records;
    private long next = 1;

    Walk(JsonParser p, InputStream in, CourtListenerApiRecords records) {
      this.p = p;
      this.in = in;
      this.records = records;
    }

    void file() throws IOException {
      try {
        JsonToken root = p.nextToken();
        if (root == null) {
          records.rejectRest("", 0, "empty file: no JSON records");
          return;
        }
        int firstLine = p.currentTokenLocation().getLineNr();
        if (root == JsonToken.START_ARRAY) {
          array();
        } else if (root == JsonToken.START_OBJECT) {
          firstObject(firstLine);
        } else {
          records.accept(MAPPER.readTree(p), next++);
        }
        if (root == JsonToken.START_OBJECT && p.currentLocation().getLineNr() == firstLine) {
          lines(firstLine);
          return;
        }
        // further root values of a multi-line layout: each is a record
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          records.accept(MAPPER.readTree(p), next++);
        }
      } catch (JsonProcessingException e) {
        String reason = JsonSyntax.reason(e) + JsonSyntax.REST_UNREAD;
        records.rejectRest(JsonSyntax.unread(p, in), next, reason);
      }
    }

    /**
     * The first root object: a page whose {@code results} are streamed, or a record of its own
     * (whose position is its line, as for JSON lines).
     */
    private void firstObject(int line) throws IOException {
      ObjectNode object = MAPPER.createObjectNode();
      boolean page = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("results".equals(field) && value == JsonToken.START_ARRAY) {
          page = true;
          array();
        } else {
          object.set(field, MAPPER.readTree(p));
        }
      }
      if (!page) {
        records.accept(object, line);
        next++;
      }
    }

    /** Streams the elements of the array the parser stands at. */
    private void array() throws IOException {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        records.accept(MAPPER.readTree(p), next++);
      }
    }

    /**
     * JSON lines after a one-line first object: each further line is parsed on its own, so a broken
     * line is rejected alone. A line may hold a whole page; its results take the line's position.
     * Plain entries and dockets are streamed from the line's bytes ({@link ApiLine}); every other
     * line is decoded and read as a tree.
     */
    private void lines(int firstLine) throws IOException {
      ByteArrayOutputStream buffered = new ByteArrayOutputStream();
      p.releaseBuffered(buffered);
      ByteLines lines = new ByteLines(buffered.toByteArray(), in);
      ApiLine plain = new ApiLine(FACTORY);
      int lineNr = firstLine - 1; // the remainder starts with the tail of the first line
      while (lines.next()) {
        lineNr++;
        if (plain.read(lines.bytes(), lines.start(), lines.length(), lines.ascii())) {
          records.acceptStreamed(plain, lineNr);
        } else {
          tree(lines.text(), lineNr);
        }
      }
    }

    /** One line read as a tree. */
    private void tree(String line, int lineNr) {
      if (line.isBlank()) {
        return;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        records.rejectRest(line, lineNr, JsonSyntax.reason(e, lineNr));
        return;
      }
      JsonNode results = node.get("results");
      if (node.isObject() && results != null && results.isArray()) {
        for (JsonNode r : results) {
          records.accept(r, lineNr);
        }
      } else {
        records.accept(node, lineNr);
      }
    }
  }
}

package org.conferral.ingest.scales;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.JsonFields;
import org.conferral.ingest.common.JsonSyntax;
import org.conferral.ingest.common.RecordsMet;

/**
 * Reads SCALES-OKN parsed dockets (JSON, one case a file, also a JSON array or JSON lines of
 * cases).
 *
 * <p>A case becomes the docket {@code scales:<ucid>} ({@code scales:azd;;3:18-cv-08134}) with
 * court, filing and terminating dates ({@code MM/DD/YYYY}), judge, referred judges, nature of suit
 * and parties; each element of its {@code docket[]} becomes an entry {@code <docket uid>#<ind>} (or
 * {@code #s<index>} when {@code ind} is empty; a repeated {@code ind} gets a suffix {@code _2})
 * with {@code docket_text} as its text. The {@code documents} and {@code edges} of an entry
 * (document links, cross-references) are not records of their own. Valid JSON that is not a case
 * (SCALES label files, for instance) is rejected with its reason.
 */
public final class ScalesDocketReader implements SourceReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY =
      MAPPER.getFactory().copy().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  private static final Pattern UCID = Pattern.compile("\"ucid\"\\s*:\\s*\"");
  private static final Pattern DOCKET_TEXT = Pattern.compile("\"docket_text\"\\s*:");
  private static final Pattern IND = Pattern.compile("\"ind\"\\s*:");

  public ScalesDocketReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.SCALES;
  }

  @Override
  public boolean sniff(String fileName, String head) {
    if (head == null) {
      return false;
    }
    String h = head.startsWith("\uFEFF") ? head.substring(1).stripLeading() : head.stripLeading();
    return (h.startsWith("{") || h.startsWith("["))
        && (UCID.matcher(h).find() || (DOCKET_TEXT.matcher(h).find() && IND.matcher(h).find()));
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    RecordsMet counting = new RecordsMet(sink);
    ScalesCases cases = new ScalesCases(sourceFile, counting);
    try (JsonParser p = FACTORY.createParser(in)) {
      new Walk(p, in, cases).file();
    }
    return counting.count();
  }

  /** One pass over one file, remembering the docket being read in case the JSON breaks off. */
  private static final class Walk {
    private final JsonParser p;
    private final InputStream in;
    private final ScalesCases cases;
    private CaseInProgress current;

    Walk(JsonParser p, InputStream in, ScalesCases cases) {
      this.p = p;
      this.in = in;
      this.cases = cases;
    }

    void file() throws IOException {
      try {
        JsonToken root = p.nextToken();
        if (root == null) {
          cases.rejectRest("", "empty file: no JSON");
          return;
        }
        for (; root != null; root = p.nextToken()) {
          if (root == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              value();
            }
          } else {
            value();
          }
        }
      } catch (JsonProcessingException e) {
        String reason = JsonSyntax.reason(e);
        if (current != null) {
          cases.finishBroken(current, JsonSyntax.unread(p, in), reason);
        } else {
          cases.rejectRest(JsonSyntax.unread(p, in), reason + JsonSyntax.REST_UNREAD);
        }
      }
    }

    private void value() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        JsonNode node = MAPPER.readTree(p);
        cases.rejectValue(node, "not a SCALES case: " + JsonFields.kind(node));
        return;
      }
      current = new CaseInProgress();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("docket".equals(field) && value == JsonToken.START_ARRAY) {
          current.hasEntries = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            current.entries.add(MAPPER.readTree(p));
          }
        } else {
          current.add(field, MAPPER.readTree(p));
        }
      }
      CaseInProgress done = current;
      current = null;
      cases.finish(done);
    }
  }
}

package org.conferral.ingest.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the docket objects of a JSON file: one object, an array of objects, or several root
 * values (JSON lines). A docket's entry list is handed over one entry at a time, so that a docket
 * whose keying fields come after its entries can still be keyed once the object is read. A syntax
 * error keeps what was read before it: the docket then being read goes to {@link
 * Dockets#broken}, else the rest of the file is one reject.
 */
public final class DocketJsonStream<D extends DocketJsonStream.Docket> {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY =
      MAPPER.getFactory().copy().disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);

  /** A docket object as far as it has been read. */
  public interface Docket {
    /** A field other than the entry list, read whole. */
    void add(String field, JsonNode value);

    /** The entry list begins; its elements follow through {@link #addEntry}. */
    void openEntries();

    void addEntry(JsonNode entry);
  }

  /** What becomes of the dockets of one file. */
  public interface Dockets<D extends Docket> {
    /** A new docket object, empty. */
    D start();

    /** A docket object read to its end. */
    void finish(D docket);

    /** A docket cut short by a syntax error; {@code rest} is the unread text. */
    void broken(D docket, String rest, String reason);

    /** What follows a syntax error outside any docket, or an empty file ({@code rest} empty). */
    void rejectRest(String rest, String reason);

    /** A root value (or array element) that is not an object. */
    void rejectNonObject(JsonNode value);
  }

  private final JsonParser p;
  private final InputStream in;
  private final String entriesField;
  private final Dockets<D> dockets;
  private D current;

  private DocketJsonStream(JsonParser p, InputStream in, String entriesField, Dockets<D> dockets) {
    this.p = p;
    this.in = in;
    this.entriesField = entriesField;
    this.dockets = dockets;
  }

  /**
   * Reads {@code in} to its end (without closing it), handing each docket object to {@code
   * dockets}; {@code entriesField} names the list of entries in a docket object.
   */
  public static <D extends Docket> void read(
      InputStream in, String entriesField, Dockets<D> dockets) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      new DocketJsonStream<>(p, in, entriesField, dockets).file();
    }
  }

  private void file() throws IOException {
    try {
      JsonToken root = p.nextToken();
      if (root == null) {
        dockets.rejectRest("", "empty file: no JSON");
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
        dockets.broken(current, JsonSyntax.unread(p, in), reason);
      } else {
        dockets.rejectRest(JsonSyntax.unread(p, in), reason + JsonSyntax.REST_UNREAD);
      }
    }
  }

  private void value() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      dockets.rejectNonObject(MAPPER.readTree(p));
      return;
    }
    D docket = dockets.start();
    current = docket;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (entriesField.equals(field) && value == JsonToken.START_ARRAY) {
        docket.openEntries();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          docket.addEntry(MAPPER.readTree(p));
        }
      } else {
        docket.add(field, MAPPER.readTree(p));
      }
    }
    current = null;
    dockets.finish(docket);
  }
}

package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The fields of one RECAP document nested in a streamed entry ({@link ApiLine}); declines any
 * document the tree path would reject or read less plainly.
 */
final class ApiDocument {

  private final FieldsSeen seen = new FieldsSeen();

  long id;
  /** The {@code document_type} when it is a JSON number, else null. */
  Integer type;
  /** Whether {@code attachment_number} is there and not null. */
  boolean hasAttachment;
  String attachmentNumber;
  String documentNumber;
  String description;
  String plainText;

  /** Reads the document object the parser stands at (token {@code t}). */
  void read(JsonParser p, JsonToken t) throws IOException, Declined {
    if (t != JsonToken.START_OBJECT) {
      throw Declined.INSTANCE;
    }
    seen.clear();
    type = null;
    hasAttachment = false;
    attachmentNumber = null;
    documentNumber = null;
    description = null;
    plainText = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "id" -> id = Values.wholeNumber(p, v, seen.first(FieldsSeen.ID));
        case "document_type" -> type = type(p, v);
        case "attachment_number" -> {
          attachmentNumber = Values.text(p, v, seen.first(FieldsSeen.ATTACHMENT_NUMBER));
          hasAttachment = v != JsonToken.VALUE_NULL;
        }
        case "document_number" ->
            documentNumber = Values.text(p, v, seen.first(FieldsSeen.DOCUMENT_NUMBER));
        case "description" -> description = Values.text(p, v, seen.first(FieldsSeen.DESCRIPTION));
        case "plain_text" -> plainText = Values.text(p, v, seen.first(FieldsSeen.PLAIN_TEXT));
        default -> p.skipChildren();
      }
    }
    if (!seen.has(FieldsSeen.ID)) {
      throw Declined.INSTANCE;
    }
  }

  /** An int {@code document_type}, null for text, null or booleans; other numbers decline. */
  private Integer type(JsonParser p, JsonToken v) throws IOException, Declined {
    if (!seen.first(FieldsSeen.DOCUMENT_TYPE)) {
      throw Declined.INSTANCE;
    }
    return switch (v) {
      case VALUE_NUMBER_INT -> {
        if (p.getNumberType() != NumberType.INT) {
          throw Declined.INSTANCE;
        }
        yield p.getIntValue();
      }
      case VALUE_STRING, VALUE_NULL, VALUE_TRUE, VALUE_FALSE -> null;
      default -> throw Declined.INSTANCE;
    };
  }
}

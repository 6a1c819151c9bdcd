package org.conferral.ingest.juriscraper;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Typed access to fields of Juriscraper's PACER JSON. */
final class PacerJson {

  private PacerJson() {}

  /**
   * A required-shape scalar: text or a number as written, trimmed; null when missing, null or
   * blank. Lists, objects and booleans are a {@link BadRecord}.
   */
  static String scalar(JsonNode object, String field) throws BadRecord {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      throw new BadRecord(field + " is " + kind(v) + ", expected text");
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** An optional text field: trimmed text, or null when missing, blank or of another type. */
  static String optional(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || !(v.isTextual() || v.isNumber())) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * An ISO date or date-time ({@code 2018-05-22}, {@code 2018-05-22T22:10:04+00:00}); else null.
   */
  static LocalDate date(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || !v.isTextual() || v.asText().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(v.asText().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}

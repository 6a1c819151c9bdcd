package org.conferral.ingest.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Typed access to the fields of a JSON object of docket data, with reasons for wrong types. */
public final class JsonFields {

  private JsonFields() {}

  /**
   * A scalar that must be text or a number, trimmed; null when missing, null or blank. Lists,
   * objects and booleans are a {@link BadRecord}.
   */
  public static String scalar(JsonNode object, String field) throws BadRecord {
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
  public static String optional(JsonNode object, String field) {
    JsonNode v = object.get(field);
    if (v == null || !(v.isTextual() || v.isNumber())) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * An ISO date or date-time written as text ({@code 2018-05-22}, {@code 2018-05-22T22:10:04Z});
   * null when missing, of another type or unreadable.
   */
  public static LocalDate isoDate(JsonNode object, String field) {
    JsonNode v = object.get(field);
    return v == null || !v.isTextual() ? null : IsoDates.leading(v.asText());
  }

  /** What a JSON value is, for reasons: "an object", "a list", "text", "a number", ... */
  public static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case STRING -> "text";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  /** The first twelve field names of {@code object}, to show in a reason what an object holds. */
  public static List<String> firstKeys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext() && keys.size() < 12; ) {
      keys.add(it.next());
    }
    return keys;
  }
}

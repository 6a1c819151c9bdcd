package org.conferral.ingest.scales;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Typed access to fields of SCALES-OKN parsed docket JSON. */
final class ScalesJson {

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ScalesJson() {}

  /**
   * A scalar that must be text or a number, trimmed; null when missing, null or blank. Lists,
   * objects and booleans are a {@link BadRecord}.
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

  /** A date as SCALES writes it ({@code 06/22/2018}), or ISO ({@code 2018-06-22}); else null. */
  static LocalDate date(JsonNode object, String field) {
    String s = optional(object, field);
    if (s == null) {
      return null;
    }
    try {
      return s.contains("/")
          ? LocalDate.parse(s, US_DATE)
          : LocalDate.parse(s.substring(0, Math.min(10, s.length())));
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

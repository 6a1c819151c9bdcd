package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed access to the fields of one CourtListener JSON object, with reasons for wrong types. */
final class ApiJson {

  /** The id at the end of an API URL such as {@code .../api/rest/v4/dockets/4214664/}. */
  private static final Pattern URL_ID = Pattern.compile("/(\\d+)/?(?:\\?.*)?$");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

  private ApiJson() {}

  /** The field as text: null when missing or null; numbers and booleans as written. */
  static String text(JsonNode object, String field) throws BadRecord {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isContainerNode()) {
      throw new BadRecord(field + " is " + kind(v) + ", expected text");
    }
    return v.asText();
  }

  /** The field as trimmed text, null when missing, null or blank. */
  static String trimmed(JsonNode object, String field) throws BadRecord {
    String s = text(object, field);
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A whole number written as a JSON integer or a string of digits; null when missing or null. */
  static Long wholeNumber(JsonNode object, String field) throws BadRecord {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong() && v.asLong() >= 0) {
      return v.asLong();
    }
    if (v.isTextual() && WHOLE_NUMBER.matcher(v.asText().strip()).matches()) {
      try {
        return Long.parseLong(v.asText().strip());
      } catch (NumberFormatException e) {
        // too long for a long: falls through to the reason below
      }
    }
    throw new BadRecord(field + " " + show(v) + " is not a whole number");
  }

  /**
   * A reference to another record: an id (number or digits) or an API URL ending in the id; null
   * when missing or null.
   */
  static Long reference(JsonNode object, String field) throws BadRecord {
    JsonNode v = object.get(field);
    if (v != null && v.isTextual()) {
      Matcher m = URL_ID.matcher(v.asText().strip());
      if (m.find()) {
        return Long.parseLong(m.group(1));
      }
    }
    return wholeNumber(object, field);
  }

  /**
   * An ISO date or date-time ({@code 2021-03-02}, {@code 2021-03-02T10:00:00Z}); null when absent
   * or unreadable.
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
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String show(JsonNode v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}

package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferral.ingest.common.BadRecord;
import org.conferral.ingest.common.JsonFields;

/**
 * Typed access to the fields of one CourtListener JSON object, with reasons for wrong types. Unlike
 * {@link JsonFields#scalar}, text is kept as written (not trimmed) and booleans are text too; dates
 * are {@link JsonFields#isoDate}.
 */
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
      throw new BadRecord(field + " is " + JsonFields.kind(v) + ", expected text");
    }
    return v.asText();
  }

  /** The field as trimmed text, null when missing, null or blank. */
  static String trimmed(JsonNode object, String field) throws BadRecord {
    return trimmed(text(object, field));
  }

  /** {@code s} trimmed, null when null or blank. */
  static String trimmed(String s) {
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
        try {
          return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
          throw new BadRecord(field + " " + show(v) + " ends in an id too long for a number");
        }
      }
    }
    return wholeNumber(object, field);
  }

  /**
   * The id {@link #reference} finds in {@code url} when its end is plainly {@code /digits} or
   * {@code /digits/} (at most 18 digits, no {@code ?} anywhere); -1 for any other text.
   */
  static long plainUrlId(String url) {
    String s = url.strip();
    if (s.indexOf('?') >= 0) {
      return -1;
    }
    int end = s.endsWith("/") ? s.length() - 1 : s.length();
    int start = end;
    while (start > 0 && s.charAt(start - 1) >= '0' && s.charAt(start - 1) <= '9') {
      start--;
    }
    if (start == end || end - start > 18 || start == 0 || s.charAt(start - 1) != '/') {
      return -1;
    }
    long id = 0;
    for (int i = start; i < end; i++) {
      id = id * 10 + (s.charAt(i) - '0');
    }
    return id;
  }

  private static String show(JsonNode v) {
    String s = v.toString();
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}

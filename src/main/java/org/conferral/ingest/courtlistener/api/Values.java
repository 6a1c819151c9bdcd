package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import org.conferral.ingest.common.IsoDates;

/**
 * The streamed counterparts of {@link ApiJson}'s readings, for the value the parser stands at.
 * Each gives what the tree reading gives, or throws {@link Declined} where that reading would
 * reject the record, where its result is not obvious, or when the field came before ({@code
 * first} false: a repeated key, whose last value the tree would keep).
 */
final class Values {

  private Values() {}

  /** {@link ApiJson#wholeNumber}, declining null. */
  static long wholeNumber(JsonParser p, JsonToken v, boolean first)
      throws IOException, Declined {
    if (first && v == JsonToken.VALUE_NUMBER_INT && fitsLong(p)) {
      long n = p.getLongValue();
      if (n >= 0) {
        return n;
      }
    }
    throw Declined.INSTANCE;
  }

  /** {@link ApiJson#reference}, declining null and ids written other than as a number or URL. */
  static long reference(JsonParser p, JsonToken v, boolean first) throws IOException, Declined {
    if (first && v == JsonToken.VALUE_STRING) {
      long id = ApiJson.plainUrlId(p.getText());
      if (id >= 0) {
        return id;
      }
      throw Declined.INSTANCE;
    }
    return wholeNumber(p, v, first);
  }

  /** {@link ApiJson#text}: text, whole numbers and booleans as written, or null. */
  static String text(JsonParser p, JsonToken v, boolean first) throws IOException, Declined {
    if (first) {
      switch (v) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NULL:
          return null;
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NUMBER_INT:
          if (fitsLong(p)) {
            return String.valueOf(p.getLongValue());
          }
          break;
        default:
          break;
      }
    }
    throw Declined.INSTANCE;
  }

  /** {@link org.conferral.ingest.common.JsonFields#isoDate}: the date opening text, else null. */
  static LocalDate date(JsonParser p, JsonToken v, boolean first) throws IOException, Declined {
    if (!first) {
      throw Declined.INSTANCE;
    }
    if (v == JsonToken.VALUE_STRING) {
      return IsoDates.leading(p.getText());
    }
    p.skipChildren();
    return null;
  }

  private static boolean fitsLong(JsonParser p) throws IOException {
    NumberType t = p.getNumberType();
    return t == NumberType.INT || t == NumberType.LONG;
  }
}

package org.conferral.ingest.scales;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.conferral.ingest.common.IsoDates;
import org.conferral.ingest.common.JsonFields;

/** Dates of SCALES-OKN parsed docket JSON; other fields are read with {@link JsonFields}. */
final class ScalesJson {

  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private ScalesJson() {}

  /** A date as SCALES writes it ({@code 06/22/2018}), or ISO ({@code 2018-06-22}); else null. */
  static LocalDate date(JsonNode object, String field) {
    String s = JsonFields.optional(object, field);
    if (s == null || !s.contains("/")) {
      return IsoDates.leading(s);
    }
    try {
      return LocalDate.parse(s, US_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

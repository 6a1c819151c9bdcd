package org.conferral.ingest.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** ISO dates at the start of a source value, as docket exports write dates and date-times. */
public final class IsoDates {

  private IsoDates() {}

  /**
   * The {@code YYYY-MM-DD} date that opens {@code s} ({@code 2013-03-22}, {@code 2014-08-05
   * 06:14:08}, {@code 2018-05-22T22:10:04+00:00}); null when {@code s} is null or does not start
   * with a valid date.
   */
  public static LocalDate leading(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The date that opens an XML or JSON text value once its white space is collapsed ({@code "\n
   * 2013-03-22 \n"}); null when blank or not a date.
   */
  public static LocalDate inText(String s) {
    return leading(Whitespace.collapse(s));
  }
}

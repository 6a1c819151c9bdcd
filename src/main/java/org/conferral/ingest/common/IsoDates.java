package org.conferral.ingest.common;

import java.time.LocalDate;
import java.time.YearMonth;

/** ISO dates at the start of a source value, as docket exports write dates and date-times. */
public final class IsoDates {

  private IsoDates() {}

  /**
   * The {@code YYYY-MM-DD} date that opens {@code s} ({@code 2013-03-22}, {@code 2014-08-05
   * 06:14:08}, {@code 2018-05-22T22:10:04+00:00}); null when {@code s} is null or does not start
   * with a valid date.
   */
  public static LocalDate leading(String s) {
    if (s == null || s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    // What LocalDate.parse accepts in ten characters (ASCII digits, a real day), read by hand:
    // every exported date passes here, and the formatter's parse cost a few percent of ingest.
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number written in ASCII digits at {@code [from, to)}; -1 if any is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * The date that opens an XML or JSON text value once its white space is collapsed ({@code "\n
   * 2013-03-22 \n"}); null when blank or not a date.
   */
  public static LocalDate inText(String s) {
    return leading(Whitespace.collapse(s));
  }
}

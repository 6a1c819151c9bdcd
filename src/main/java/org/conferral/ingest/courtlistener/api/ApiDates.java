package org.conferral.ingest.courtlistener.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.conferral.ingest.common.IsoDates;

/** {@link IsoDates#leading}, with the usual {@code YYYY-MM-DD} read without a formatter. */
final class ApiDates {

  private ApiDates() {}

  /** The same date {@link IsoDates#leading} gives for {@code s}. */
  static LocalDate leading(String s) {
    if (s != null
        && s.length() >= 10
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0, 4)
        && digits(s, 5, 7)
        && digits(s, 8, 10)) {
      try {
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return IsoDates.leading(s);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }
}

package org.conferral.ingest.fjc;

import java.util.Locale;

/**
 * The civil docket number of an FJC Integrated Database row, {@code OFFICE:YY-cv-NNNNN}, built from
 * its OFFICE and its seven-digit DOCKET (two-digit year, five-digit sequence).
 */
public final class IdbDocketNumber {

  private IdbDocketNumber() {}

  /**
   * {@code ("2", "1602117")} gives {@code "2:16-cv-02117"}; a DOCKET that lost its leading zeros is
   * padded to seven digits. Null when DOCKET is missing or not digits.
   */
  public static String of(String office, String docket) {
    if (docket == null) {
      return null;
    }
    String d = docket.strip();
    if (d.isEmpty() || d.length() > 7 || !d.chars().allMatch(Character::isDigit)) {
      return null;
    }
    d = "0".repeat(7 - d.length()) + d;
    String number = d.substring(0, 2) + "-cv-" + d.substring(2);
    String o = office == null ? "" : office.strip();
    return o.isEmpty() || o.equals("-8") ? number : o.toLowerCase(Locale.ROOT) + ":" + number;
  }
}

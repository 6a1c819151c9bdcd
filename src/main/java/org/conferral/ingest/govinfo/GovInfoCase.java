package org.conferral.ingest.govinfo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.common.Whitespace;

/**
 * How GovInfo USCOURTS names a case, shared by the MODS and the JSON-lines reader so that both give
 * a case the same {@code docketUid}: {@code "govinfo:" + DocketKeys.of(courtCode, caseNumber)}.
 */
final class GovInfoCase {

  /**
   * A package id or file name: {@code USCOURTS-ksd-2_06-cr-20018}, {@code ksd-2_06-cr-20018.xml}.
   */
  private static final Pattern PACKAGE =
      Pattern.compile("^(?:USCOURTS-)?([a-z0-9]+)-(\\d+)_(\\d{2}-[a-z]+-\\d+)(?:\\.xml)?$");

  private GovInfoCase() {}

  /** The docket uid, or null when court or case number is missing. */
  static String docketUid(String courtCode, String caseNumber) {
    String key = DocketKeys.of(courtCode, caseNumber);
    return key == null ? null : "govinfo:" + key;
  }

  /** {@code "442 Civil Rights Employment"}, the PACER way of writing a nature of suit. */
  static String natureOfSuit(String code, String name) {
    String c = Whitespace.collapse(code);
    String n = Whitespace.collapse(name);
    if (c == null) {
      return n;
    }
    return n == null ? c : c + " " + n;
  }

  /** Court and case number from a package id or file name, or null when it has another shape. */
  static String[] fromPackageName(String name) {
    if (name == null) {
      return null;
    }
    String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(gz|bz2)$", "");
    Matcher m = PACKAGE.matcher(base);
    return m.matches() ? new String[] {m.group(1), m.group(2) + ":" + m.group(3)} : null;
  }



  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}

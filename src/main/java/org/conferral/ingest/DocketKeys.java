package org.conferral.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-source key of a docket: {@code court_id;docket_number} with the number normalized to
 * {@code O:YY-tt-NNNNN} (office, two-digit year, case type, five-digit sequence) where it has that shape.
 */
public final class DocketKeys {

  private static final Pattern PACER_NUMBER =
      Pattern.compile("^(?:(\\d+):)?(\\d{2}|\\d{4})-?([a-z]{1,4})-?(\\d{1,6})", Pattern.CASE_INSENSITIVE);

  private DocketKeys() {}

  /** The key, or null when either part is missing. */
  public static String of(String courtId, String docketNumber) {
    if (courtId == null || courtId.isBlank() || docketNumber == null || docketNumber.isBlank()) {
      return null;
    }
    return courtId.trim().toLowerCase(Locale.ROOT) + ";" + normalizeNumber(docketNumber);
  }

  /** {@code "1:19-cv-1234-ABC"} becomes {@code "1:19-cv-01234"}; other shapes are trimmed and lower-cased. */
  public static String normalizeNumber(String docketNumber) {
    String s = docketNumber.trim().toLowerCase(Locale.ROOT);
    Matcher m = PACER_NUMBER.matcher(s);
    if (!m.find()) {
      return s;
    }
    String office = m.group(1) == null ? "" : Integer.parseInt(m.group(1)) + ":";
    String year = m.group(2).length() == 4 ? m.group(2).substring(2) : m.group(2);
    String seq = String.format(Locale.ROOT, "%05d", Integer.parseInt(m.group(4)));
    return office + year + "-" + m.group(3) + "-" + seq;
  }
}

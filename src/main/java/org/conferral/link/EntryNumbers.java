package org.conferral.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Entry numbers as dockets print and orders cite them, reduced to one comparable form. */
final class EntryNumbers {

  private static final Pattern ATTACHMENT = Pattern.compile("(\\d+)[-.]\\d+");

  private EntryNumbers() {}

  /** {@code " 0133 "} becomes {@code "133"}; null or blank becomes null. */
  static String normalize(String number) {
    if (number == null) {
      return null;
    }
    String s = number.strip();
    if (s.isEmpty()) {
      return null;
    }
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  /** The main entry of an attachment citation ({@code "133-1"} gives {@code "133"}), else null. */
  static String mainEntry(String normalized) {
    if (normalized == null) {
      return null;
    }
    Matcher m = ATTACHMENT.matcher(normalized);
    return m.matches() ? normalize(m.group(1)) : null;
  }
}

package org.conferral.ingest.common;

import java.util.regex.Pattern;

/** White space of XML and JSON text values, padded and wrapped as exports write them. */
public final class Whitespace {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Whitespace() {}

  /** Runs of white space collapsed to one space and trimmed; null and blank become null. */
  public static String collapse(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACE.matcher(s).replaceAll(" ").trim();
    return t.isEmpty() ? null : t;
  }
}

package org.conferral.report;

/** Making untrusted docket text safe to put in reports. */
public final class Text {
  private Text() {}

  /** Escapes HTML and the characters that would break a Markdown table cell or start markup. */
  public static String markdownCell(String s) {
    if (s == null) {
      return "";
    }
    return html(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("`", "\\`")
        .replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]");
  }

  /** Escapes the five HTML-special characters. */
  public static String html(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A CSV cell that a spreadsheet will not run as a formula: text beginning with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice).
   * Only for text; numbers are written as numbers.
   */
  public static String csvCell(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  /** The text cut to at most {@code max} characters, with an ellipsis when cut. */
  public static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1) + "…";
  }
}

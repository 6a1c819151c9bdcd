package org.conferral.ingest.courtlistener.bulk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The readable text of an HTML or XML fragment: tags removed, common entities decoded. */
final class MarkupText {

  private static final Pattern DROPPED =
      Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern BREAK =
      Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/tr|/h[1-6]|p|div)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n[ \\t\\n]*");

  private MarkupText() {}

  static String of(String markup) {
    String s = DROPPED.matcher(markup).replaceAll("");
    s = BREAK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = decode(s);
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  private static String decode(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String original) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
      }
      if (name.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(name.substring(1))));
      }
    } catch (IllegalArgumentException e) {
      return original;
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> " ";
      case "sect" -> "\u00a7";
      case "para" -> "\u00b6";
      case "mdash" -> "\u2014";
      case "ndash" -> "\u2013";
      case "lsquo" -> "\u2018";
      case "rsquo" -> "\u2019";
      case "ldquo" -> "\u201c";
      case "rdquo" -> "\u201d";
      default -> original;
    };
  }
}

package org.conferral.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which side filed a motion, from how the clerk or the caption names the movant: "MOTION to Compel by
 * Plaintiff Jane Roe", "Defendants' Motion for Protective Order", "Non-Party X's Motion to Quash".
 */
public final class MovantSide {
  public static final String PLAINTIFF = "plaintiff";
  public static final String DEFENDANT = "defendant";
  public static final String NON_PARTY = "non_party";

  /** "by Plaintiff", "filed by Defendants", "by Intervenor"...: the PACER way of naming the filer. */
  private static final Pattern BY =
      Pattern.compile(
          "\\b(?:filed\\s+)?by\\s+(?:the\\s+)?(?:(counter[- ]?)?(plaintiff|petitioner|defendant|respondent)s?"
              + "|(non[- ]?part(?:y|ies)|third[- ]part(?:y|ies)|interested\\s+part(?:y|ies)|movant\\s+non[- ]?party))\\b",
          Pattern.CASE_INSENSITIVE);

  /** "Plaintiff's Motion", "Defendants' Motion", "Non-Party X's Motion": the caption way. */
  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "\\b(?:(plaintiff|petitioner|defendant|respondent)s?['’]s?|(non[- ]?party|third[- ]party)\\b[^.;]{0,60}?['’]s)\\s+"
              + "(?:[A-Z][\\w.,'’&-]*\\s+){0,6}?(?:renewed\\s+|second\\s+|amended\\s+|emergency\\s+|joint\\s+)*"
              + "(?:letter\\s+)?motion\\b",
          Pattern.CASE_INSENSITIVE);

  private MovantSide() {}

  /** The movant's side, or null when the text does not say. */
  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String head = text.length() > 600 ? text.substring(0, 600) : text;
    Matcher m = POSSESSIVE.matcher(head);
    int possessiveAt = m.find() ? m.start() : Integer.MAX_VALUE;
    String possessive = possessiveAt == Integer.MAX_VALUE ? null : side(m.group(1), m.group(2) != null);
    Matcher b = BY.matcher(head);
    if (b.find() && b.start() < possessiveAt) {
      if (b.group(3) != null) {
        return NON_PARTY;
      }
      String side = side(b.group(2), false);
      return b.group(1) != null ? flip(side) : side;
    }
    return possessive;
  }

  private static String side(String word, boolean nonParty) {
    if (nonParty) {
      return NON_PARTY;
    }
    if (word == null) {
      return null;
    }
    String w = word.toLowerCase(java.util.Locale.ROOT);
    return w.startsWith("plaintiff") || w.startsWith("petitioner") ? PLAINTIFF : DEFENDANT;
  }

  /** A counter-plaintiff is a defendant, and the other way round. */
  private static String flip(String side) {
    return PLAINTIFF.equals(side) ? DEFENDANT : PLAINTIFF;
  }
}

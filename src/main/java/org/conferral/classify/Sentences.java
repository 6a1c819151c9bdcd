package org.conferral.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits court text into sentences and clauses, keeping offsets (abbreviations such as "No." kept). */
final class Sentences {

  /** Abbreviations whose period ends no sentence ("No. 12", "Fed. R. Civ. P."), as regex alternatives. */
  private static final String ABBREVIATIONS =
      "No|Nos|Doc|Docs|Dkt|Dkts|Rec|Civ|Fed|R|P|Proc|U\\.S\\.C|Inc|Corp|Co|Ltd|LLC|Jr|Sr|Mr|Mrs|Ms|Dr|St|v|vs|Cir|Supp|Kan|Loc|D|Colo|Cal|Fla|Ariz|Nev|Tex|App|seq|al|e\\.g|i\\.e|Ex|Exh|Mag|Hon|U\\.S|S\\.D|N\\.D|E\\.D|W\\.D|M\\.D|C\\.D";

  private static final Pattern SENTENCE_END = sentenceEnd("(?<!\\b(?:" + ABBREVIATIONS + ")[.!?])");

  /**
   * SENTENCE_END without the abbreviation lookbehind (the costliest part of it), for a position no
   * abbreviation ends before: there the lookbehind cannot match, so both match alike.
   */
  private static final Pattern SENTENCE_END_PLAIN = sentenceEnd("");

  private static Pattern sentenceEnd(String abbreviationLookbehind) {
    return Pattern.compile(
        "(?i)(?=[.!?\\s]|$)(?:[.!?](?<!\\b[A-Z][.!?])" + abbreviationLookbehind
            + "[\"”’)\\]]*(?=\\s+[\"“(\\[]?[A-Z0-9])|\\n\\s*\\n|(?<=[.!?])\\s*$)");
  }

  /** The abbreviations as text, by their last char (lower case; all end with an ASCII letter). */
  private static final String[][] ABBREVIATIONS_BY_LAST = new String[128][];

  static {
    for (String a : ABBREVIATIONS.replace("\\.", ".").split("\\|")) {
      char last = Character.toLowerCase(a.charAt(a.length() - 1));
      String[] old = ABBREVIATIONS_BY_LAST[last] == null ? new String[0] : ABBREVIATIONS_BY_LAST[last];
      String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = a;
      ABBREVIATIONS_BY_LAST[last] = grown;
    }
  }

  /**
   * Whether an abbreviation may end right before q, ignoring case by Unicode rules (which match
   * wherever the pattern's ASCII-only case folding does) and word boundaries: false only where
   * SENTENCE_END's abbreviation lookbehind cannot match at q.
   */
  private static boolean mayFollowAbbreviation(String text, int q) {
    if (q == 0) {
      return false;
    }
    char c = text.charAt(q - 1);
    if (c >= 128) {
      return true; // may fold to an ASCII letter: let the pattern decide
    }
    String[] candidates = ABBREVIATIONS_BY_LAST[c >= 'A' && c <= 'Z' ? c + 32 : c];
    if (candidates == null) {
      return false;
    }
    for (String a : candidates) {
      int at = q - a.length();
      if (at >= 0 && text.regionMatches(true, at, a, 0, a.length())) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CLAUSE_END =
      Pattern.compile(";(?<!&#\\d{1,4};)|\\((?<=(?:[;:,.]|\\band|\\bor|^)\\s{0,3}\\()\\d{1,2}\\)(?=\\s*[A-Za-z])|(?=[,\\s])(?<=[a-z)\\]]),?\\s+and\\s+\\(\\d{1,2}\\)");

  private Sentences() {}

  /** Sentence spans [start, end) covering text[from, to). */
  static List<int[]> sentences(String text, int from, int to) {
    if (from != 0 || to != text.length()) {
      return split(SENTENCE_END, text, from, to);
    }
    // every sentence end starts at [.!?\n] or right after [.!?]: try the pattern only there
    List<int[]> out = new ArrayList<>();
    Matcher full = null;
    Matcher plain = null;
    int s = 0;
    int q = 0;
    while (q <= to) {
      // pass over chars that neither are nor follow [.!?\n] (past q, a char that follows one of
      // [.!?] comes right after a char that is one)
      if (q > 0 && q < to && !isStop(text.charAt(q - 1))) {
        while (q < to && !isEndChar(text.charAt(q))) {
          q++;
        }
      }
      Matcher m = null;
      if (mayEndSentence(text, q, to) && endPossible(text, q, to)) {
        // the abbreviation lookbehind only runs after a [.!?] at q
        if (q < to && isStop(text.charAt(q)) && mayFollowAbbreviation(text, q)) {
          m = full != null ? full : (full = SENTENCE_END.matcher(text).useTransparentBounds(true));
        } else {
          m = plain != null ? plain : (plain = SENTENCE_END_PLAIN.matcher(text).useTransparentBounds(true));
        }
      }
      if (m != null && m.region(q, to).lookingAt()) {
        int e = m.end();
        if (e > s) {
          out.add(new int[] {s, m.start() > s ? m.start() : e});
        }
        s = e;
        q = e > q ? e : q + 1;
      } else {
        q++;
      }
    }
    if (s < to) {
      out.add(new int[] {s, to});
    }
    return out;
  }

  /**
   * A necessary condition for SENTENCE_END at q (q < to, to the text's end): after [.!?] and closing
   * quotes or brackets, whitespace and then (after an opening quote or bracket) an ASCII letter or
   * digit; at a newline, another newline after whitespace; else, after [.!?], only whitespace to the
   * end.
   */
  private static boolean endPossible(String text, int q, int to) {
    if (q >= to) {
      return true;
    }
    char c = text.charAt(q);
    if (c == '.' || c == '!' || c == '?') {
      int j = q + 1;
      while (j < to && isCloser(text.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < to && Needles.isSpace(text.charAt(k))) {
        k++;
      }
      if (k == j || k >= to) {
        return false;
      }
      char a = text.charAt(k);
      if ((a == '"' || a == '“' || a == '(' || a == '[') && k + 1 < to) {
        return asciiAlnum(a) || asciiAlnum(text.charAt(k + 1));
      }
      return asciiAlnum(a);
    }
    if (!Needles.isSpace(c)) {
      return false; // (?=[.!?\s]|$) fails
    }
    if (c == '\n') {
      for (int k = q + 1; k < to && Needles.isSpace(text.charAt(k)); k++) {
        if (text.charAt(k) == '\n') {
          return true;
        }
      }
    }
    if (q == 0) {
      return false;
    }
    char p = text.charAt(q - 1);
    if (p != '.' && p != '!' && p != '?') {
      return false;
    }
    for (int k = q; k < to; k++) {
      if (!Needles.isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEndChar(char c) {
    // all four are below '?' + 1, as letters are not
    return c <= '?' && (c == '.' || c == '!' || c == '?' || c == '\n');
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == ')' || c == ']';
  }

  private static boolean asciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean mayEndSentence(String text, int q, int to) {
    if (q < to) {
      char c = text.charAt(q);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
    }
    if (q > 0) {
      char p = text.charAt(q - 1);
      return p == '.' || p == '!' || p == '?';
    }
    return false;
  }

  /** Clause spans [start, end) within one sentence. */
  static List<int[]> clauses(String text, int from, int to) {
    // every clause end contains ';' or '(': without one the sentence is one clause
    boolean mayEnd = false;
    for (int i = from; i < to && !mayEnd; i++) {
      char c = text.charAt(i);
      mayEnd = c == ';' || c == '(';
    }
    if (!mayEnd) {
      List<int[]> one = new ArrayList<>(1);
      if (from < to) {
        one.add(new int[] {from, to});
      }
      return one;
    }
    List<int[]> out = new ArrayList<>();
    StartGate.Search m = CLAUSE_END_GATE.search(text, from, to);
    int s = from;
    while (m.find()) {
      int e = m.end();
      if (e > s) {
        out.add(new int[] {s, m.start() > s ? m.start() : e});
      }
      s = e;
    }
    if (s < to) {
      out.add(new int[] {s, to});
    }
    return out;
  }

  /**
   * CLAUSE_END tried only where it can match: at ';' and '(', and at a comma or whitespace after
   * [a-z)\]] that ",? and (" follows.
   */
  private static final StartGate CLAUSE_END_GATE =
      new StartGate(CLAUSE_END, "", "", false) {
        @Override
        boolean mayStart(String text, int from, int p) {
          char c = text.charAt(p);
          if (c == ';' || c == '(') {
            return true;
          }
          if ((c != ',' && !Needles.isSpace(c)) || p == from) {
            return false;
          }
          char b = text.charAt(p - 1);
          if (!((b >= 'a' && b <= 'z') || b == ')' || b == ']')) {
            return false;
          }
          int q = c == ',' ? p + 1 : p;
          int n = text.length();
          int ws = q;
          while (q < n && Needles.isSpace(text.charAt(q))) {
            q++;
          }
          return q > ws && text.startsWith("and", q);
        }

        @Override
        int nextStart(String text, int from, int p, int to) {
          while (p < to && !mayStart(text, from, p)) {
            p++;
          }
          return p;
        }
      };

  /**
   * The sentences of the whole text by the plain definition (every match of the full SENTENCE_END
   * pattern ends one), which {@link #sentences}' faster path must equal; for tests.
   */
  static List<int[]> sentencesByPattern(String text) {
    return split(SENTENCE_END, text, 0, text.length());
  }

  private static List<int[]> split(Pattern p, String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    int s = from;
    while (m.find()) {
      int e = m.end();
      if (e > s) {
        out.add(new int[] {s, m.start() > s ? m.start() : e});
      }
      s = e;
    }
    if (s < to) {
      out.add(new int[] {s, to});
    }
    return out;
  }
}

package org.conferral.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Searches a rule's pattern in a span of text exactly as {@code matcher.region(from, to).find()}
 * would (opaque, anchoring bounds), but tries the pattern only at positions where a match can start:
 * at chars of {@code anywhere}, at chars of {@code wordStart} that do not follow an ASCII letter,
 * digit or underscore, at {@code from} itself when {@code atFrom}, and at every char above 127 (case
 * folding is left to the pattern there). The span is matched as its own input (a copy of
 * text[from, to) with transparent, non-anchoring bounds), so lookbehinds, {@code \b}, {@code ^} and
 * {@code $} see exactly what they see in the region.
 *
 * <p>Soundness rests on the declared start chars: every match of the pattern must begin with a char
 * of {@code anywhere} or {@code wordStart} (either case), and with a {@code wordStart} char only
 * right after {@code \b}; the pattern must not match the empty string.
 */
class StartGate {

  private static final byte NEVER = 0;
  private static final byte ANYWHERE = 1;
  private static final byte WORD_START = 2;

  private final Pattern pattern;
  private final byte[] ascii = new byte[128];
  private final boolean atFrom;
  /**
   * One matcher per thread (transparent, non-anchoring bounds), reset to each span: a gate's
   * searches on one thread never overlap (each is done with before the next starts).
   */
  private final ThreadLocal<Matcher> matchers;
  /** The same for {@link NamedPattern#asciiCase} of the pattern, used where it matches the same. */
  private final ThreadLocal<Matcher> asciiMatchers;

  StartGate(Pattern pattern, String anywhere, String wordStart, boolean atFrom) {
    this.pattern = pattern;
    this.atFrom = atFrom;
    this.matchers =
        ThreadLocal.withInitial(
            () -> pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
    Pattern asciiCase = NamedPattern.asciiCase(pattern);
    this.asciiMatchers =
        ThreadLocal.withInitial(
            () -> asciiCase.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
    for (char c : wordStart.toCharArray()) {
      ascii[Character.toLowerCase(c)] = WORD_START;
      ascii[Character.toUpperCase(c)] = WORD_START;
    }
    for (char c : anywhere.toCharArray()) {
      ascii[Character.toLowerCase(c)] = ANYWHERE;
      ascii[Character.toUpperCase(c)] = ANYWHERE;
    }
  }

  /** A gate whose matches start with a char of anywhere, or of wordStart right after {@code \b}. */
  static StartGate of(NamedPattern p, String anywhere, String wordStart) {
    return new StartGate(p.pattern(), anywhere, wordStart, false);
  }

  /** Like {@link #of}, for a pattern that may also match at the span's start ({@code ^...}). */
  static StartGate ofAnchored(NamedPattern p, String anywhere, String wordStart) {
    return new StartGate(p.pattern(), anywhere, wordStart, true);
  }

  /**
   * A gate for a pattern every match of which starts with {@code \b} and then one of the words (lower
   * case; a word may stand for any word it begins), compared ignoring case as the pattern does.
   */
  static StartGate words(NamedPattern p, String... words) {
    return new WordGate(p.pattern(), false, words);
  }

  /** Like {@link #words}, for a pattern that may also match at the span's start ({@code ^...}). */
  static StartGate wordsAnchored(NamedPattern p, String... words) {
    return new WordGate(p.pattern(), true, words);
  }

  private static final class WordGate extends StartGate {
    /** The words by first char (all words begin with a lower-case char below 128). */
    private final String[][] byFirst = new String[128][];

    WordGate(Pattern pattern, boolean atFrom, String[] words) {
      super(pattern, "", "", atFrom);
      for (String w : words) {
        char f = w.charAt(0);
        if (f >= 128 || f != Character.toLowerCase(f)) {
          throw new IllegalArgumentException("a word must begin with a lower-case ASCII char: " + w);
        }
        String[] old = byFirst[f] == null ? new String[0] : byFirst[f];
        String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = w;
        byFirst[f] = grown;
      }
    }

    @Override
    boolean mayStart(String text, int from, int p) {
      if (p == from && atFrom()) {
        return true;
      }
      if (p > from && asciiWord(text.charAt(p - 1))) {
        return false; // no \b before a letter here
      }
      char c = text.charAt(p);
      // the case fold the patterns use: ASCII upper to lower, others by Character
      char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Needles.fold(c);
      String[] ws = f < 128 ? byFirst[f] : null;
      if (ws == null) {
        return false;
      }
      for (String w : ws) {
        if (Needles.startsAt(text, p, w)) {
          return true;
        }
      }
      return false;
    }

    @Override
    int nextStart(String text, int from, int p, int to) {
      while (p < to && !mayStart(text, from, p)) {
        p++;
      }
      return p;
    }
  }

  boolean atFrom() {
    return atFrom;
  }

  /** A search of text[from, to); call {@link Search#find()} as on a Matcher. */
  Search search(String text, int from, int to) {
    return new Search(text, from, to);
  }

  /** Whether the pattern occurs in text[from, to). */
  boolean found(String text, int from, int to) {
    return new Search(text, from, to).find();
  }

  /**
   * Whether a match may start at p (a subclass may narrow this further, on the same terms: never
   * false where the pattern matches).
   */
  boolean mayStart(String text, int from, int p) {
    char c = text.charAt(p);
    if (c >= 128) {
      return true;
    }
    byte k = ascii[c];
    if (k == ANYWHERE) {
      return true;
    }
    if (k == WORD_START) {
      return p == from || !asciiWord(text.charAt(p - 1));
    }
    return atFrom && p == from;
  }

  /**
   * The first position in [p, to) where {@link #mayStart}, or to. A subclass that narrows mayStart
   * overrides this with the same loop, so that each gate class's loop calls its own mayStart
   * directly (one loop shared by all gates would make a call per char through a megamorphic site).
   */
  int nextStart(String text, int from, int p, int to) {
    while (p < to && !mayStart(text, from, p)) {
      p++;
    }
    return p;
  }

  static boolean asciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The successive matches in one span; offsets are into the whole text. */
  final class Search {
    private final String text;
    private final int from;
    private final int to;
    private Matcher m;
    private int at;

    private Search(String text, int from, int to) {
      this.text = text;
      this.from = from;
      this.to = to;
      this.at = from;
    }

    /** The next match, as Matcher.find. */
    boolean find() {
      for (int p = nextStart(text, from, at, to); p < to; p = nextStart(text, from, p + 1, to)) {
        if (m == null) {
          String span = from == 0 && to == text.length() ? text : text.substring(from, to);
          // the span is a part of text: where text is safe for ASCII case, so is the span
          m = (NamedPattern.asciiCaseSafe(text) ? asciiMatchers : matchers).get().reset(span);
        }
        m.region(p - from, to - from);
        if (m.lookingAt()) {
          int e = m.end() + from;
          at = e == p ? p + 1 : e;
          return true;
        }
      }
      at = to;
      return false;
    }

    int start() {
      return m.start() + from;
    }

    int end() {
      return m.end() + from;
    }

    String group() {
      return m.group();
    }

    String group(int g) {
      return m.group(g);
    }

    int start(int g) {
      int s = m.start(g);
      return s < 0 ? s : s + from;
    }

    int end(int g) {
      int e = m.end(g);
      return e < 0 ? e : e + from;
    }
  }
}

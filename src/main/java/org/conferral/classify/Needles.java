package org.conferral.classify;

/**
 * Cheap prefilters for rules: whether a span of text contains one of a rule's needle words (lower
 * case, no spaces), ignoring case as the rules' patterns do. A rule whose every match contains one of
 * its needles need not run where none occurs.
 */
final class Needles {

  private Needles() {}

  /** text[from, to) case-folded as the rules' patterns fold it, for repeated {@link #any(String, String[])}. */
  static String folded(String text, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      out[i - from] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
    }
    return new String(out);
  }

  /** Whether a {@link #folded} text contains one of needles (null needles: always true). */
  static boolean any(String folded, String[] needles) {
    if (needles == null) {
      return true;
    }
    for (String n : needles) {
      if (folded.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether text[from, to) contains one of needles (null needles: always true). */
  static boolean any(String text, int from, int to, Words needles) {
    if (needles == null) {
      return true;
    }
    return indexOfAny(text, from, to, needles) >= 0;
  }

  /** Start of the first occurrence of any of words (lower case) in text[from, to), ignoring case, or -1. */
  static int indexOfAny(String text, int from, int to, Words words) {
    if (words.wide) {
      return indexOfAnyWide(text, from, to, words.words);
    }
    final long low = words.low;
    final long high = words.high;
    final String[][] byFirst = words.byFirst;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char f;
      if (c < 128) {
        f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if ((((f < 64 ? low : high) >>> f) & 1) == 0) {
          continue; // no word begins with this char
        }
      } else {
        f = fold(c);
        if (f >= 128) {
          continue;
        }
      }
      String[] ws = byFirst[f];
      if (ws == null) {
        continue;
      }
      for (String w : ws) {
        if (i + w.length() <= to
            && (w.length() == 1 || equalIgnoringCase(text.charAt(i + 1), w.charAt(1)))
            && startsWith(text, i, w)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether text[at, to) begins with one of words (lower case), ignoring case as the rules' patterns do. */
  static boolean beginsWithAny(String text, int at, int to, Words words) {
    if (at >= to) {
      return false;
    }
    if (words.wide) {
      for (String w : words.words) {
        if (at + w.length() <= to && startsAt(text, at, w)) {
          return true;
        }
      }
      return false;
    }
    char c = text.charAt(at);
    char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
    String[] ws = f < 128 ? words.byFirst[f] : null;
    if (ws == null) {
      return false;
    }
    for (String w : ws) {
      if (at + w.length() <= to && startsAt(text, at, w)) {
        return true;
      }
    }
    return false;
  }

  /** A list of needle words (lower case) for {@link #indexOfAny}, indexed once where it is defined. */
  static Words words(String... lowerCase) {
    return new Words(lowerCase);
  }

  /** A word list's words by first char, and its first chars as a bit set. */
  static final class Words {
    final String[] words;
    /** Whether a word begins with a char above 127 (then the other fields are unused). */
    final boolean wide;
    final long low;
    final long high;
    final String[][] byFirst = new String[128][];

    private Words(String[] words) {
      this.words = words.clone();
      boolean w = false;
      for (String word : words) {
        w |= word.charAt(0) >= 128;
      }
      wide = w;
      long lo = 0;
      long hi = 0;
      for (String word : w ? new String[0] : words) {
        char f = word.charAt(0);
        if (f < 64) {
          lo |= 1L << f;
        } else {
          hi |= 1L << f; // shifts use the low 6 bits: f - 64
        }
        String[] old = byFirst[f] == null ? new String[0] : byFirst[f];
        String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = word; // in list order
        byFirst[f] = grown;
      }
      low = lo;
      high = hi;
    }
  }

  /** {@link #indexOfAny} for words of which one begins with a char above 127. */
  private static int indexOfAnyWide(String text, int from, int to, String[] words) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
      for (String w : words) {
        if (w.charAt(0) == f
            && i + w.length() <= to
            && (w.length() == 1 || equalIgnoringCase(text.charAt(i + 1), w.charAt(1)))
            && startsWith(text, i, w)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean startsWith(String text, int at, String word) {
    for (int j = 1; j < word.length(); j++) {
      if (!equalIgnoringCase(text.charAt(at + j), word.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether word (lower case) occurs in text at offset at, ignoring case as the rules' patterns do. */
  static boolean startsAt(String text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    char c = text.charAt(at);
    char w = word.charAt(0);
    if (c < 128 && c != w && (c < 'A' || c > 'Z' || c + 32 != w)) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (!equalIgnoringCase(text.charAt(at + j), word.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether text[from, end) ends with word (lower case), ignoring case as the rules' patterns do. */
  static boolean endsWith(String text, int from, int end, String word) {
    int at = end - word.length();
    if (at < from) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (!equalIgnoringCase(text.charAt(at + j), word.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Start of the run of regex {@code \s} whitespace ending at end, not before from. */
  static int trailingSpaceStart(String text, int from, int end) {
    int q = end;
    while (q > from && isSpace(text.charAt(q - 1))) {
      q--;
    }
    return q;
  }

  static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Whether text[from, to) contains needle (lower case), ignoring case. */
  static boolean contains(String text, int from, int to, String needle) {
    return indexOf(text, from, to, needle) >= 0;
  }

  /** Start of the first occurrence of needle (lower case) in text[from, to), ignoring case, or -1. */
  static int indexOf(String text, int from, int to, String needle) {
    int len = needle.length();
    char first = needle.charAt(0);
    char firstUpper = Character.toUpperCase(first);
    for (int i = from, last = to - len; i <= last; i++) {
      char c = text.charAt(i);
      if (c == first || c == firstUpper || (c > 127 && fold(c) == first)) {
        int j = 1;
        while (j < len && equalIgnoringCase(text.charAt(i + j), needle.charAt(j))) {
          j++;
        }
        if (j == len) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean equalIgnoringCase(char c, char lower) {
    if (c == lower) {
      return true;
    }
    if (c < 128) {
      return c >= 'A' && c <= 'Z' && c + 32 == lower;
    }
    return fold(c) == lower;
  }

  /** The case fold regular expressions use with UNICODE_CASE. */
  static char fold(char c) {
    return FOLD[c];
  }

  /**
   * {@link #fold} of every char (128 KB), looked up instead of computed: the Character calls in the
   * search loops above slowed them down for every char, not only for those above 127.
   */
  private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
    }
  }
}

package org.conferral.classify;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named, precompiled, case-insensitive regular expression: one reviewable rule. Each has its own
 * index into every thread's table of reused matchers ({@link #reusable}).
 */
public final class NamedPattern {

  private static final AtomicInteger COUNT = new AtomicInteger();

  private final String name;
  private final Pattern pattern;
  /** This pattern's place in each thread's {@link Reuse#slots}. */
  private final int index = COUNT.getAndIncrement();

  public NamedPattern(String name, Pattern pattern) {
    this.name = name;
    this.pattern = pattern;
  }

  public static NamedPattern of(String name, String regex) {
    return new NamedPattern(
        name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The rule's name, as classifications record it. */
  public String name() {
    return name;
  }

  public Pattern pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return name + ": " + pattern.pattern();
  }

  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** One matcher per pattern and thread (Unicode and ASCII case), for {@link #reusable}. */
  private static final ThreadLocal<Reuse> REUSE = ThreadLocal.withInitial(Reuse::new);

  /**
   * This thread's matcher of the pattern, reset to text with default bounds: it saves allocating
   * one per use, so a caller must be done with it before the pattern is matched again on this
   * thread. Where text holds no char that {@link #asciiCaseSafe} excludes, the matcher is one of
   * {@link #asciiCase} of the pattern, which matches exactly the same there and faster.
   */
  Matcher reusable(CharSequence text) {
    Slot slot = slot(text);
    slot.text = text;
    return slot.matcher.reset(text).useTransparentBounds(false).useAnchoringBounds(true);
  }

  /**
   * {@code reusable(text).region(from, to)}, on the same terms, resetting the matcher once: where it
   * was last reset to this same string, setting the region resets it.
   */
  Matcher reusable(CharSequence text, int from, int to) {
    Slot slot = slot(text);
    Matcher m = slot.matcher;
    if (slot.text != text || !(text instanceof String)) {
      m.reset(text);
      slot.text = text;
    }
    return m.useTransparentBounds(false).useAnchoringBounds(true).region(from, to);
  }

  /** This thread's matcher of the pattern for text (Unicode or ASCII case), and its last text. */
  private Slot slot(CharSequence text) {
    Reuse r = REUSE.get();
    int v = r.asciiCaseSafe(text) ? 1 : 0;
    int i = 2 * index + v;
    Slot[] slots = r.slots;
    if (i >= slots.length) {
      slots = r.slots = Arrays.copyOf(slots, Math.max(i + 1, 2 * slots.length));
    }
    Slot slot = slots[i];
    if (slot == null) {
      slot = slots[i] = new Slot((v == 1 ? asciiCase(pattern) : pattern).matcher(""));
    }
    return slot;
  }

  /** A reused matcher and the text it was last reset to. */
  private static final class Slot {
    final Matcher matcher;
    CharSequence text;

    Slot(Matcher matcher) {
      this.matcher = matcher;
    }
  }

  private static final ConcurrentHashMap<Pattern, Pattern> ASCII_CASE = new ConcurrentHashMap<>();

  /**
   * p without {@link Pattern#UNICODE_CASE}: case folded by ASCII rules only (p itself when it has no
   * such flag). On a text without the chars {@link #asciiCaseSafe} excludes, it matches exactly
   * where p matches, as long as p's own non-ASCII chars have no case (true of every rule here):
   * the two foldings differ only on chars above 127 whose upper, lower or folded case is ASCII.
   */
  static Pattern asciiCase(Pattern p) {
    if ((p.flags() & Pattern.UNICODE_CASE) == 0) {
      return p;
    }
    return ASCII_CASE.computeIfAbsent(p, q -> Pattern.compile(q.pattern(), q.flags() & ~Pattern.UNICODE_CASE));
  }

  /**
   * Chars above 127 whose upper, lower or folded case is an ASCII char ("ſ", Kelvin sign, dotted
   * and dotless i): Unicode case folding matches them to ASCII letters, ASCII folding does not.
   */
  private static final boolean[] ASCII_CASED = new boolean[Character.MAX_VALUE + 1];

  private static final char FIRST_ASCII_CASED;

  /** The chars of ASCII_CASED, in order. */
  private static final char[] ASCII_CASED_CHARS;

  static {
    char first = Character.MAX_VALUE;
    StringBuilder all = new StringBuilder();
    for (int c = Character.MAX_VALUE; c >= 128; c--) {
      char ch = (char) c;
      char upper = Character.toUpperCase(ch);
      if (upper < 128 || Character.toLowerCase(ch) < 128 || Character.toLowerCase(upper) < 128) {
        ASCII_CASED[c] = true;
        first = ch;
        all.insert(0, ch);
      }
    }
    FIRST_ASCII_CASED = first;
    ASCII_CASED_CHARS = all.toString().toCharArray();
  }

  /** Whether text holds none of the chars on which ASCII and Unicode case folding differ. */
  static boolean asciiCaseSafe(CharSequence text) {
    return REUSE.get().asciiCaseSafe(text);
  }

  private static boolean computeAsciiCaseSafe(CharSequence text) {
    if (text instanceof String s) {
      return computeAsciiCaseSafe(s);
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= FIRST_ASCII_CASED && ASCII_CASED[c]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The same for a String: one String.indexOf per such char, which answers at once for a Latin-1
   * string (none of them is below 256) and searches in bulk otherwise.
   */
  private static boolean computeAsciiCaseSafe(String text) {
    for (char c : ASCII_CASED_CHARS) {
      if (text.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A thread's matchers, and the answer of asciiCaseSafe for the last two strings asked about. */
  private static final class Reuse {
    /** Slot 2i is pattern i's Unicode-case matcher, 2i+1 its ASCII-case one. */
    Slot[] slots = new Slot[512];
    private String last;
    private boolean lastSafe;
    private String before;
    private boolean beforeSafe;

    boolean asciiCaseSafe(CharSequence text) {
      if (!(text instanceof String s)) {
        return computeAsciiCaseSafe(text); // may change: never remembered
      }
      if (s == last) {
        return lastSafe;
      }
      if (s == before) {
        return beforeSafe;
      }
      before = last;
      beforeSafe = lastSafe;
      last = s;
      lastSafe = computeAsciiCaseSafe(s);
      return lastSafe;
    }
  }
}

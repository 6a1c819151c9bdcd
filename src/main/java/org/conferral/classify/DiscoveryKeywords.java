package org.conferral.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Keyword prefilter: one pass over a text finds whether it mentions anything discovery-related
 * (so that the regular expressions run only on the small share of entries that do) together with
 * the cue words that kind detection and ruling reading need. Matching ignores case and treats any
 * run of whitespace as one space.
 *
 * <p>An Aho-Corasick automaton compiled to a transition table (org.ahocorasick 0.6.3 was measured
 * here at about 14 ns a character, which alone allowed only about 220,000 entries a second).
 */
public final class DiscoveryKeywords {

  static final String[] KEYWORDS = {
    "compel", "sanction", "protective", "quash", "discovery", "brady", "jencks", "produc",
    "disclos", "contempt", "spoliation", "adverse inference", "confer", "404(b)", "rule 11",
    "1927", "subpoena", "interrogator", "deposition", "confidential", "non-public"
  };

  /** Groups of cue words; a text's scan says, per group, where the first one starts and ends. */
  enum Cue {
    /** {@link #KEYWORDS}: the text may be about discovery. */
    DISCOVERY(KEYWORDS),
    /** A word without which MotionTitles.HEAD cannot match. */
    RULING_HEAD("motion", "request", "application", "stipulation"),
    /** OrderRulings' stipulated protective order: "protective order" within its first 400 chars. */
    RULING_PROTECTIVE_ORDER("protective order"),
    /** ... or "stipulation" within its first 100 ("Stipulation ... confidential information"). */
    RULING_STIPULATION("stipulation"),
    /**
     * A word without which no MotionTitles type rule can fire; the scan also says whether one lies
     * within {@link #TITLE_REACH} chars after a RULING_HEAD word, as a typed motion title needs.
     */
    RULING_TYPE(
        "compel", "discovery", "produc", "disclos", "inspection", "brady", "jencks", "giglio",
        "404",
        "particulars", "sanction", "spoliation", "adverse inference", "rule 11", "1927",
        "contempt", "exclude", "protective order", "quash"),
    /** A word without which MotionTitles.CITATION cannot match ("ECF No. 12", "[12]"). */
    CITATION("ecf", "dkt", "doc", "d.e", "filing", "fling", "["),
    /** KindRules: "... hearing set for". */
    KIND_HEARING("hearing", "conference"),
    /** KindRules: a judge's signature or "so ordered". */
    KIND_SIGNED("signed by", "ordered by", "entered by", "approved by", "issued by", "so ordered"),
    /** KindRules: a stipulation. */
    KIND_STIPULATION("stipulat"),
    /** KindRules: a title naming an order, judgment, opinion or recommendation. */
    KIND_ORDER_WORD("order", "judgment", "opinion", "recommendation"),
    /** KindRules: a motion title's head word. */
    KIND_MOTION("motion", "application", "petition", "request");

    private final String[] words;

    Cue(String... words) {
      this.words = words;
    }
  }

  /** Where each cue group first occurs in one text: offsets into the text, -1 when absent. */
  static final class Scan {
    private final int[] start = new int[CUES.length];
    private final int[] end = new int[CUES.length];
    private boolean typedTitle;

    private Scan(boolean everywhere) {
      typedTitle = everywhere;
      Arrays.fill(start, everywhere ? 0 : -1);
      Arrays.fill(end, everywhere ? 0 : -1);
    }

    /** A scan that reports every cue at offset 0: every gate open (rules run as without cues). */
    static Scan everywhere() {
      return new Scan(true);
    }

    boolean has(Cue c) {
      return end[c.ordinal()] >= 0;
    }

    /** Whether a word of the group ends at or before offset limit. */
    boolean endsBy(Cue c, int limit) {
      int e = end[c.ordinal()];
      return e >= 0 && e <= limit;
    }

    /**
     * Start of the group's first occurrence (or a lower bound when whitespace runs were folded
     * before it), or -1. When no word of the group contains another, no occurrence starts earlier.
     */
    int start(Cue c) {
      return start[c.ordinal()];
    }

    /**
     * Whether a RULING_TYPE word starts after a RULING_HEAD word and ends within
     * {@link #TITLE_REACH} characters of it: without one, no motion title in the text has a
     * discovery type.
     */
    boolean typedTitle() {
      return typedTitle;
    }

    /** Both scans' cues (for a docket text and its document). */
    Scan or(Scan other) {
      Scan s = new Scan(false);
      s.typedTitle = typedTitle || other.typedTitle;
      for (int i = 0; i < start.length; i++) {
        boolean mine = end[i] >= 0;
        s.start[i] = mine ? start[i] : other.start[i];
        s.end[i] = mine ? end[i] : other.end[i];
      }
      return s;
    }
  }

  /**
   * How far after its head word a motion title can name its type: MotionTitles reads types up to
   * 170 characters after the head (plus slack for "motions", "cross-motion").
   */
  static final int TITLE_REACH = 180;

  private static final Cue[] CUES = Cue.values();
  private static final int HEAD_BIT = 1 << Cue.RULING_HEAD.ordinal();
  private static final int TYPE_BIT = 1 << Cue.RULING_TYPE.ordinal();
  /** Recent head-word ends kept for the head-type pairing (more within reach: pair assumed). */
  private static final int HEADS = 16;
  private static final int OTHER = 0;
  private static final int SPACE = 1;

  /** Character class of each char below 128; OTHER for chars no cue uses. */
  private final byte[] ascii = new byte[128];
  /**
   * Character class of every char (64 KB): the scan looks every char up here, as a call for chars
   * above 127 in its loop would slow the loop down for all chars (measured about twice as slow).
   */
  private final byte[] charClass = new byte[Character.MAX_VALUE + 1];
  /** Table row width: the number of classes rounded up to a power of two (rows index by shift). */
  private final int classes;
  private final int shift;
  /**
   * delta[state * classes + class]: the next state times classes, failure links folded in;
   * complemented (negative) when some cue word ends in that state. A state entered on whitespace
   * stays put on more whitespace, which folds every run of whitespace into one space.
   */
  private final int[] delta;
  /** Groups (bit per Cue ordinal) ending in each state, and the matched word's length. */
  private final int[] groups;
  private final int[][] lengths;

  public DiscoveryKeywords() {
    List<String> words = new ArrayList<>();
    List<Integer> wordGroup = new ArrayList<>();
    int nextClass = 2;
    ascii[' '] = SPACE;
    for (Cue c : CUES) {
      for (String w : c.words) {
        String folded = fold(w);
        for (char ch : folded.toCharArray()) {
          if (ascii[ch] == OTHER) {
            ascii[ch] = (byte) nextClass++;
          }
        }
        words.add(folded);
        wordGroup.add(c.ordinal());
      }
    }
    for (char ch = 'A'; ch <= 'Z'; ch++) {
      ascii[ch] = ascii[Character.toLowerCase(ch)];
    }
    for (char ch : new char[] {'\t', '\n', 0x0B, '\f', '\r'}) {
      ascii[ch] = SPACE;
    }
    for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
      charClass[ch] = (byte) (ch < 128 ? ascii[ch] : classOf((char) ch));
    }
    int bits = 0;
    while (1 << bits < nextClass) {
      bits++;
    }
    shift = bits;
    classes = 1 << bits;
    // trie
    List<int[]> next = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    List<List<int[]>> outLen = new ArrayList<>();
    next.add(new int[classes]);
    out.add(0);
    outLen.add(new ArrayList<>());
    List<Boolean> afterSpace = new ArrayList<>();
    afterSpace.add(true); // the root: no word starts with a space, so whitespace keeps it there
    for (int i = 0; i < words.size(); i++) {
      int s = 0;
      for (char ch : words.get(i).toCharArray()) {
        int k = ascii[ch];
        if (next.get(s)[k] == 0) {
          next.get(s)[k] = next.size();
          next.add(new int[classes]);
          out.add(0);
          outLen.add(new ArrayList<>());
          afterSpace.add(k == SPACE);
        }
        s = next.get(s)[k];
      }
      out.set(s, out.get(s) | 1 << wordGroup.get(i));
      outLen.get(s).add(new int[] {wordGroup.get(i), words.get(i).length()});
    }
    // failure links, breadth first; complete the transition table
    int n = next.size();
    int[] fail = new int[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int k = 0; k < classes; k++) {
      int t = next.get(0)[k];
      if (t != 0) {
        queue[tail++] = t;
      }
    }
    while (head < tail) {
      int s = queue[head++];
      out.set(s, out.get(s) | out.get(fail[s]));
      outLen.get(s).addAll(outLen.get(fail[s]));
      for (int k = 0; k < classes; k++) {
        int t = next.get(s)[k];
        if (t != 0) {
          fail[t] = next.get(fail[s])[k];
          queue[tail++] = t;
        } else {
          next.get(s)[k] = next.get(fail[s])[k];
        }
      }
    }
    if (next.get(0)[SPACE] != 0) {
      throw new IllegalStateException("a cue word starts with a space");
    }
    delta = new int[n * classes];
    groups = new int[n];
    lengths = new int[n][];
    for (int s = 0; s < n; s++) {
      for (int k = 0; k < classes; k++) {
        int t = next.get(s)[k];
        delta[s * classes + k] = out.get(t) != 0 ? ~(t * classes) : t * classes;
      }
      if (afterSpace.get(s)) {
        // only whitespace leads here (trie edges and failure links keep their char): fold the run
        delta[s * classes + SPACE] = s * classes;
      }
      groups[s] = out.get(s);
      // per group, the longest word ending here (its start is the earliest)
      int[] len = new int[CUES.length];
      for (int[] gl : outLen.get(s)) {
        len[gl[0]] = Math.max(len[gl[0]], gl[1]);
      }
      lengths[s] = len;
    }
  }

  /** Whether text mentions one of {@link #KEYWORDS}. */
  public boolean mentionsDiscovery(String text) {
    return text != null && scan(text, true).has(Cue.DISCOVERY);
  }

  /** The cue groups of text (null is read as empty). */
  Scan scan(String text) {
    return scan(text == null ? "" : text, false);
  }

  private Scan scan(String text, boolean discoveryOnly) {
    Scan scan = new Scan(false);
    final byte[] charClass = this.charClass;
    final int[] delta = this.delta;
    final int[] groups = this.groups;
    int found = 0;
    int stop = discoveryOnly ? 1 << Cue.DISCOVERY.ordinal() : (1 << CUES.length) - 1;
    int state = 0; // premultiplied by classes
    final int shift = this.shift;
    int skipped = 0; // whitespace chars folded away so far
    int space = 0; // 1 when the previous char was whitespace
    int[] heads = new int[HEADS];
    int headCount = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      int k = charClass[text.charAt(i)];
      int isSpace = k == SPACE ? 1 : 0;
      skipped += isSpace & space; // the table keeps the state on such a char
      space = isSpace;
      state = delta[state + k];
      if (state < 0) {
        state = ~state;
        int all = groups[state >> shift];
        if ((all & (HEAD_BIT | TYPE_BIT)) != 0 && !scan.typedTitle) {
          pair(scan, all, i + 1, lengths[state >> shift], heads, headCount);
          if ((all & HEAD_BIT) != 0) {
            heads[headCount++ & (HEADS - 1)] = i + 1;
          }
        }
        int g = all & ~found;
        if (g == 0) {
          continue;
        }
        found |= g;
        int[] len = lengths[state >> shift];
        for (int c = 0; c < CUES.length; c++) {
          if ((g & 1 << c) != 0) {
            // the start is exact unless whitespace was folded, then a lower bound
            scan.start[c] = Math.max(0, i + 1 - len[c] - skipped);
            scan.end[c] = i + 1;
          }
        }
        if ((found & stop) == stop && (discoveryOnly || scan.typedTitle)) {
          break;
        }
      }
    }
    return scan;
  }

  /** Marks a typed title when a type word ending at end starts after a recent head's end. */
  private static void pair(Scan scan, int groups, int end, int[] len, int[] heads, int headCount) {
    if ((groups & TYPE_BIT) == 0 || headCount == 0) {
      return;
    }
    if (headCount > HEADS && end - heads[(headCount - HEADS) & (HEADS - 1)] <= TITLE_REACH) {
      scan.typedTitle = true; // too many heads in reach to tell: assume
      return;
    }
    // folded whitespace only makes the raw start later: end - length is an upper bound
    int start = end - len[Cue.RULING_TYPE.ordinal()];
    for (int h = Math.max(0, headCount - HEADS); h < headCount; h++) {
      int he = heads[h & (HEADS - 1)];
      if (start >= he && end - he <= TITLE_REACH) {
        scan.typedTitle = true;
        return;
      }
    }
  }

  /** Classes of chars above 127 that fold to a cue letter ("K" Kelvin sign, long s). */
  private int classOf(char ch) {
    char lower = Character.toLowerCase(Character.toUpperCase(ch));
    return lower < 128 ? ascii[lower] : OTHER;
  }

  private static String fold(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
  }
}

package org.conferral.classify;

import java.util.List;
import java.util.regex.Matcher;
import org.conferral.classify.DiscoveryKeywords.Cue;

/**
 * Decides whether a docket entry is a motion, an order or something else, from how its text begins
 * (and, for orders, from a judge's signature anywhere in it).
 */
final class KindRules {

  /** Leading noise: sealing banners, "Judge X:" prefixes, filing-error banners. */
  private static final NamedPattern PREFIX =
      NamedPattern.of(
          "kind.prefix",
          "^(?:\\s|\\*+\\s*sealed document\\s*\\*+|filing error\\s*-[^-]{0,60}-|sealed\\s+(?=motion|order|letter)"
              + "|(?:(?:senior|chief|u\\.s\\.|united states)\\s+)*(?:ch\\.\\s+)?(?:district|magistrate|bankruptcy|circuit)?\\s*judge"
              + "\\s+[^:;]{1,60}?:\\s*)*");

  private static final List<NamedPattern> ORDER_START =
      List.of(
          NamedPattern.of(
              "kind.order.title",
              "(?:amended\\s+|sealed\\s+|preliminary\\s+|detention\\s+|scheduling\\s+|pretrial\\s+|final\\s+"
                  + "|(?:stipulated\\s+|agreed\\s+)?protective\\s+|text(?:\\s+only)?\\s+|paperless\\s+|electronic\\s+"
                  + "|endorsed\\s+|oral\\s+|minute\\s+|letter\\s*/?\\s*|docket\\s+text\\s+|case\\s+management\\s+(?:and\\s+scheduling\\s+)?"
                  + "|memorandum(?:\\s*,)?(?:\\s*(?:and|/|&)?\\s*(?:opinion|decision))?(?:\\s*(?:and|/|&|,)\\s*)?|opinion\\s+and\\s+"
                  + "|decision\\s+and\\s+|ruling\\s+and\\s+|consent\\s+|confidentiality\\s+stipulation\\s+and\\s+protective\\s+"
                  + "|stipulat(?:ion|ed)\\s+(?:and|&)\\s+(?:protective\\s+)?|stipulated\\s+)?orders?\\b(?!\\s+to\\s+show)"),
          NamedPattern.of("kind.order.show_cause", "order\\s+to\\s+show\\s+cause"),
          NamedPattern.of(
              "kind.order.opinion",
              "(?:memorandum\\s+(?:opinion|decision)|opinion|per\\s+curiam|judgment|clerk'?s\\s+judgment|clerk&#039;s"
                  + "|ruling|decision|memo\\s+endorsement|writ\\s+of|abstract\\s+of)\\b"),
          NamedPattern.of(
              "kind.order.recommendation",
              "(?:report\\s+and\\s+recommendations?|findings\\s*(?:,|and)\\s*(?:conclusions,?\\s*(?:and\\s+)?)?recommendations?"
                  + "|findings\\s+and\\s+recommendations?)"),
          NamedPattern.of(
              "kind.order.minute",
              "(?:(?:amended\\s+)?minute\\s+entry|(?:amended\\s+|sealed\\s+|text-only\\s+)?notice\\s+(?:of\\s+(?:hearing(?!\\s+date)|scheduling|vacated|rescheduled|setting)|cancel+ing|to\\s+(?:appear|the\\s+parties)|docket\\s+call)"
                  + "|(?:pretrial|scheduling|status|settlement)\\s+conference\\b|change\\s+of\\s+plea|arraignment|initial\\s+appearance|(?:re)?set\\s+deadlines|terminate\\s+deadlines|remark\\b|arrest\\s+warrant\\s+issued"
                  + "|clerk(?:'|&#039;)?s\\s+notice\\s+(?:re-?setting|setting|of\\s+hearing|continuing|vacating)|minutes\\b|bench\\s+trial|jury\\s+trial\\s+(?:held|begun|completed)|set/reset|set\\s+(?:deadlines|motion|hearing)"
                  + "|motions?\\s+hearing|hearings?\\s+(?:held|continued)|(?:status|pretrial|scheduling|settlement)\\s+conference\\s+(?:held|set)"
                  + "|electronic\\s+notice\\s+(?:setting|of\\s+hearing)|cja\\s+20)\\b"));

  /**
   * Per rule of ORDER_START, in order: the letters (lower case) its matches can begin with; a text
   * beginning with another ASCII char cannot match it.
   */
  private static final String[] ORDER_START_FIRST = {
    "aspdftemlcor", "o", "mopjcrdwa", "rf", "amstnpcirbjhe"
  };

  /**
   * Per rule of ORDER_START, in order: whether its every match contains a word of
   * {@link Cue#KIND_ORDER_WORD} ("order", "recommendation"), so it need not run on a text with none
   * within the first 400 chars.
   */
  private static final boolean[] ORDER_START_NEEDS_ORDER_WORD = {true, true, false, true, false};

  /**
   * Per rule of ORDER_START, in order: words (lower case, as prefixes) one of which its every match
   * begins with; a text beginning with none cannot match.
   */
  private static final Needles.Words[] ORDER_START_WORDS = {
    Needles.words(
        "amended", "sealed", "preliminary", "detention", "scheduling", "pretrial", "final",
        "stipulat", "agreed", "protective", "text", "paperless", "electronic", "endorsed", "oral",
        "minute", "letter", "docket", "case", "memorandum", "opinion", "decision", "ruling",
        "consent", "confidentiality", "order"),
    Needles.words("order"),
    Needles.words(
        "memo", "opinion", "per", "judgment", "clerk", "ruling", "decision", "writ", "abstract"),
    Needles.words("report", "findings"),
    Needles.words(
        "amended", "minute", "sealed", "text", "notice", "pretrial", "scheduling", "status",
        "settlement", "change", "arraignment", "initial", "reset", "set", "terminate", "remark",
        "arrest", "clerk", "bench", "jury", "motion", "hearing", "electronic", "cja")
  };

  private static final NamedPattern HEARING_SET =
      NamedPattern.of("kind.order.hearing_set", "^[^.;]{0,160}\\b(?:hearing|conference)\\s+(?:set|reset)\\s+for\\b");

  private static final NamedPattern MOTION_START =
      NamedPattern.of(
          "kind.motion.title",
          "(?:(?:amended|renewed|second|third|fourth|first|emergency|expedited|joint|unopposed|opposed|consent(?:ed)?|exparte/consent|ex\\s+parte|assented[- ]to|agreed"
              + "|sealed|cross|partial|supplemental|corrected|\\*\\*deficient\\*\\*|deficient|(?:defendant|plaintiff|government|usa|uspo|petitioner|respondent|debtor|movant|intervenor)s?(?:'|’|'s|’s)?"
              + "|[\\w.&-]+(?:'s|’s|s'|s’)|\\(petition\\)|pro\\s+se|letter|oral|verified|limited|non-?party|third[- ]party)\\s+){0,4}"
              + "(?:motions?|letter\\s+motion|application|petition|request(?!\\s+for\\s+summons)|letter\\s+requesting)\\b(?!\\s+(?:hearing|notice))");

  private static final NamedPattern MOTION_LEAD_VETO =
      NamedPattern.of(
          "kind.motion.veto",
          "^(?:[\\w'’&/.-]+\\s+){0,4}?(?:order|response|reply|opposition|notice|memorandum|brief|declaration|affidavit"
              + "|exhibit|objection|support|re|on|regarding|denying|granting|hearing|statement|proposed|certificate|transcript"
              + "|minute|letter\\s+from|answer)\\b");

  private static final NamedPattern STIPULATION =
      NamedPattern.of(
          "kind.motion.stipulation",
          "(?:joint\\s+|proposed\\s+|agreed\\s+)?stipulat(?:ion|ed)\\s+(?:to|for|regarding|joint|of\\s+fact|and\\s+\\[?proposed|re:?\\s+(?!\\[?\\d))");

  private static final NamedPattern SIGNED =
      NamedPattern.of(
          "kind.order.signed",
          "(?:signed|ordered|entered|approved|issued)\\s+by\\s+(?:the\\s+)?(?:hon(?:orable|\\.)?\\s+|(?:(?:senior|chief|u\\.\\s?s\\.)\\s+)?(?:district\\s+|magistrate\\s+|bankruptcy\\s+)?judge\\b)|\\bso\\s+ordered\\b");

  /** The title (up to the first stop) names an order, judgment, opinion or recommendation. */
  private static final NamedPattern TITLE_NAMES_ORDER =
      NamedPattern.of(
          "kind.order.title_word",
          "^[^.:;(\\n]{0,80}?\\b(?:order|judgment|opinion|recommendation)s?\\b");

  private static final NamedPattern NOT_ORDER_TITLE =
      NamedPattern.of(
          "kind.order.title_veto",
          "^[^.:;(\\n]{0,80}?\\b(?:proposed|response|reply|opposition|objections?|appeal|motion|memorandum\\s+in|brief|notice\\s+of\\s+(?:filing|appeal|motion)|transcript|exhibit|bond)\\b");

  private static final NamedPattern BOND =
      NamedPattern.of("kind.other.bond", "^[^.]{0,40}\\bbond\\b");

  private KindRules() {}

  /** The kind plus the evidence span (offsets into text). */
  record Kind(EntryKind kind, Evidence evidence) {}

  private static final DiscoveryKeywords CUES = new DiscoveryKeywords();

  static Kind classify(String text) {
    return classify(text, CUES.scan(text));
  }

  /**
   * The kind of text, given its cue scan: a rule whose pattern needs a cue word runs only when the
   * scan found that word where the pattern could match ({@link DiscoveryKeywords.Scan#everywhere()}
   * runs every rule).
   */
  static Kind classify(String text, DiscoveryKeywords.Scan cues) {
    if (text == null || text.isEmpty()) {
      return new Kind(EntryKind.OTHER, null);
    }
    int limit = Math.min(text.length(), 400);
    int start = 0;
    if (mayHavePrefix(text)) {
      Matcher p = PREFIX.reusable(text, 0, limit);
      start = p.lookingAt() ? p.end() : 0;
    }
    int hearingReach =
        cues.endsBy(Cue.KIND_HEARING, limit) ? lastKeywordStart(text, start, limit, 160, ".;") : -1;
    if (hearingReach >= 0 && cues.start(Cue.KIND_HEARING) <= hearingReach) {
      int e = keywordEnd(text, start, limit, hearingReach, HEARING_WORDS, HEARING_TAIL, true);
      if (e == UNSURE) {
        Matcher h = HEARING_SET.reusable(text, start, limit);
        e = h.lookingAt() ? h.end() : -1;
      }
      if (e >= 0) {
        return kind(EntryKind.ORDER, HEARING_SET.name(), text, start, e);
      }
    }
    boolean orderWord = cues.endsBy(Cue.KIND_ORDER_WORD, limit);
    for (int r = 0; r < ORDER_START.size(); r++) {
      NamedPattern rule = ORDER_START.get(r);
      if (!mayBeginWith(text, start, limit, ORDER_START_FIRST[r])
          || (ORDER_START_NEEDS_ORDER_WORD[r] && !orderWord)
          || !Needles.beginsWithAny(text, start, limit, ORDER_START_WORDS[r])) {
        continue;
      }
      // a title beginning "order": no optional word of kind.order.title can match before it
      boolean bareOrder = r == 0 && startsWithAsciiOrder(text, start, limit);
      Matcher o = (bareOrder ? ORDER_TAIL : rule).reusable(text, start, limit);
      if (o.lookingAt()) {
        return kind(EntryKind.ORDER, rule.name(), text, start, o.end());
      }
    }
    if (cues.endsBy(Cue.KIND_MOTION, limit)) {
      Matcher m = MOTION_START.reusable(text, start, limit);
      if (m.lookingAt()) {
        Matcher veto = MOTION_LEAD_VETO.reusable(text, start, m.end());
        if (!veto.lookingAt()) {
          return kind(EntryKind.MOTION, MOTION_START.name(), text, start, m.end());
        }
      }
    }
    Matcher s = null;
    boolean signed = false;
    if (cues.has(Cue.KIND_SIGNED)) {
      s = SIGNED.reusable(text);
      signed = s.find(cues.start(Cue.KIND_SIGNED));
    }
    if (!signed && cues.endsBy(Cue.KIND_STIPULATION, limit)) {
      Matcher st = STIPULATION.reusable(text, start, limit);
      if (st.lookingAt()) {
        return kind(EntryKind.MOTION, STIPULATION.name(), text, start, st.end());
      }
    }
    int titleReach =
        cues.endsBy(Cue.KIND_ORDER_WORD, limit) ? lastKeywordStart(text, start, limit, 80, ".:;(\n") : -1;
    if (titleReach >= 0 && cues.start(Cue.KIND_ORDER_WORD) <= titleReach) {
      int e = keywordEnd(text, start, limit, titleReach, TITLE_WORDS, TITLE_WORD_TAIL, false);
      if (e == UNSURE) {
        Matcher tw = TITLE_NAMES_ORDER.reusable(text, start, limit);
        e = tw.lookingAt() ? tw.end() : -1;
      }
      if (e >= 0 && !notOrderTitle(text, start, limit, titleReach)) {
        return kind(EntryKind.ORDER, TITLE_NAMES_ORDER.name(), text, start, e);
      }
    }
    if (signed && !BOND.reusable(text, start, limit).lookingAt()) {
      return kind(EntryKind.ORDER, SIGNED.name(), text, s.start(), s.end());
    }
    return new Kind(EntryKind.OTHER, null);
  }

  /** kind.order.title where the text begins "order" (its optional leading words cannot match). */
  private static final NamedPattern ORDER_TAIL =
      NamedPattern.of("kind.order.title", "orders?\\b(?!\\s+to\\s+show)");

  /** What follows "^[^.;]{0,160}\b" in HEARING_SET, and its first words. */
  private static final NamedPattern HEARING_TAIL =
      NamedPattern.of("kind.order.hearing_set", "(?:hearing|conference)\\s+(?:set|reset)\\s+for\\b");

  private static final String[] HEARING_WORDS = {"hearing", "conference"};

  /** What follows "^[^.:;(\n]{0,80}?\b" in TITLE_NAMES_ORDER, and its first words. */
  private static final NamedPattern TITLE_WORD_TAIL =
      NamedPattern.of("kind.order.title_word", "(?:order|judgment|opinion|recommendation)s?\\b");

  private static final String[] TITLE_WORDS = {"order", "judgment", "opinion", "recommendation"};

  /** What follows "^[^.:;(\n]{0,80}?\b" in NOT_ORDER_TITLE, and its first words. */
  private static final NamedPattern NOT_ORDER_TAIL =
      NamedPattern.of(
          "kind.order.title_veto",
          "(?:proposed|response|reply|opposition|objections?|appeal|motion|memorandum\\s+in|brief|notice\\s+of\\s+(?:filing|appeal|motion)|transcript|exhibit|bond)\\b");

  private static final String[] NOT_ORDER_WORDS = {
    "proposed", "response", "reply", "opposition", "objection", "appeal", "motion", "memorandum",
    "brief", "notice", "transcript", "exhibit", "bond"
  };

  /** NOT_ORDER_TITLE.lookingAt() on text[start, limit); reach as TITLE_NAMES_ORDER's (same prefix). */
  private static boolean notOrderTitle(String text, int start, int limit, int reach) {
    int e = keywordEnd(text, start, limit, reach, NOT_ORDER_WORDS, NOT_ORDER_TAIL, false);
    if (e == UNSURE) {
      return NOT_ORDER_TITLE.reusable(text, start, limit).lookingAt();
    }
    return e >= 0;
  }

  /** {@link #keywordEnd}: a char above 127 stands before a keyword; run the whole pattern. */
  private static final int UNSURE = -2;

  /**
   * The end of the match at start of "^[^STOPS]{0,reach}\b" + tail (greedy: the last keyword
   * start within reach that matches; lazy: the first), as lookingAt on text[start, limit) finds it;
   * -1 when there is none, {@link #UNSURE} when a non-ASCII char before a keyword leaves \b open.
   * The tail begins with one of words (lower case) and looks neither behind nor before its start.
   */
  private static int keywordEnd(
      String text, int start, int limit, int last, String[] words, NamedPattern tail, boolean greedy) {
    Matcher m = null;
    for (int i = 0; i <= last - start; i++) {
      int k = greedy ? last - i : start + i;
      char b = k > start ? text.charAt(k - 1) : ' ';
      if (StartGate.asciiWord(b)) {
        continue; // no \b before a keyword here
      }
      boolean word = false;
      for (int j = 0; j < words.length && !word; j++) {
        word = Needles.startsAt(text, k, words[j]);
      }
      if (!word) {
        continue;
      }
      if (b >= 128) {
        return UNSURE;
      }
      if (m == null) {
        m = tail.reusable(text);
      }
      if (m.region(k, limit).lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static boolean startsWithAsciiOrder(String text, int start, int limit) {
    if (start + 5 > limit) {
      return false;
    }
    for (int j = 0; j < 5; j++) {
      char c = text.charAt(start + j);
      if (c >= 128 || (c | 0x20) != "order".charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last offset at which the keyword of "^[^STOPS]{0,reach}\b(?:keyword)" can start in
   * text[start, limit): reach chars on, or at the first stop char.
   */
  private static int lastKeywordStart(String text, int start, int limit, int reach, String stops) {
    int last = Math.min(limit, start + reach);
    for (int i = start; i < last; i++) {
      if (stops.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return last;
  }

  /** Whether text[start, limit) may begin with one of letters (lower case); chars above 127 may. */
  private static boolean mayBeginWith(String text, int start, int limit, String letters) {
    if (start >= limit) {
      return false;
    }
    char c = text.charAt(start);
    if (c >= 128) {
      return true;
    }
    char lc = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    return letters.indexOf(lc) >= 0;
  }

  /** Words PREFIX can begin with (any other first word means no prefix). */
  private static final String[] PREFIX_WORDS = {
    "sealed", "filing", "senior", "chief", "u.s.", "united", "ch.", "district", "magistrate",
    "bankruptcy", "circuit", "judge"
  };

  private static boolean mayHavePrefix(String text) {
    char c = text.charAt(0);
    if (c == '*' || Character.isWhitespace(c) || !Character.isLetter(c)) {
      return true;
    }
    char lc = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    for (String w : PREFIX_WORDS) {
      if ((c >= 128 || w.charAt(0) == lc) && text.regionMatches(true, 0, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private static Kind kind(EntryKind k, String rule, String text, int start, int end) {
    return new Kind(k, new Evidence(rule, start, end, text.substring(start, end), false));
  }
}

package org.conferral.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** Finds motions named in a text ("45 Motion to Compel", "Motion for Sanctions (ECF No. 133)"). */
final class MotionTitles {

  static final NamedPattern HEAD =
      NamedPattern.of(
          "motion.head",
          "(?=[cmlrasCMLRAS])\\b(?:(?:cross|counter)[- ])?motions?\\b|\\bletter[- ]motion\\b|\\brequest\\b(?=\\s+(?:to|for|that)\\b)(?!\\s+for\\s+(?:production|admission))"
              + "|\\bapplication\\b(?=\\s+(?:to|for)\\b)|\\bstipulation\\b(?=\\s+(?:for|to|re)\\b)");

  /** Where a motion's title stops. */
  private static final NamedPattern TITLE_END =
      NamedPattern.of(
          "motion.title_end",
          "(?=[;\\n.(ahiwbsfoepgdtvru])(?:;(?<!&#\\d{1,4};)|\\bas\\s+(?:moot|withdrawn)\\b|\\bhearings?\\s+(?:set|reset|held)\\b|\\n|\\.(?<!\\b[A-Z]\\.)(?=\\s+[A-Z(]|\\s*$|\\()(?<!\\b(?:No|Nos|Doc|Docs|Dkt|Dkts|Rec|Civ|Fed|R|P|U\\.S\\.C|Inc|Corp|Co|Ltd|L|LLC|Jr|Mr|Ms|Dr|St|v|vs)\\.)"
              + "|\\b(?:is|are|was|were|be|been|shall|will|filed|signed|ordered|entered|as\\s+to|pending|in\\s+light|because"
              + "|for\\s+failure|for\\s+lack|without\\s+prejudice|granting|denying|granted|denied|terminat\\w+|(?<!\\ba\\s)finding|which"
              + "|adopting|approving|vacating|dismissing|striking|directing|setting|overruling|sustaining|having|rendered|in\\s+part"
              + "|that|until|in\\s+case|so\\s+ordered|and\\s+(?:the\\s+)?(?:court|plaintiff|defendant)s?\\b)\\b"
              + "|\\(attachments|\\(entered|re:?\\s*(?=\\[|\\(|\\d))");

  /** HEAD tried only where one of its first words starts. */
  private static final StartGate HEAD_GATE =
      StartGate.words(
          HEAD, "cross", "counter", "motion", "letter", "request", "application", "stipulation");

  /**
   * TITLE_END tried only where it can match: at ";", newline, ".", "(", at "re" (which needs no word
   * boundary), at a char above 127, and at the start of a word that begins one of its word
   * alternatives.
   */
  private static final StartGate TITLE_END_GATE =
      new StartGate(TITLE_END.pattern(), "", "", false) {
        @Override
        boolean mayStart(String text, int from, int p) {
          char c = text.charAt(p);
          if (c >= 128 || c == ';' || c == '\n' || c == '.' || c == '(') {
            return true;
          }
          char lc = (char) (c | 0x20);
          if (lc < 'a' || lc > 'z' || !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
            return false;
          }
          if (lc == 'r' && p + 1 < text.length()) {
            char n = text.charAt(p + 1);
            if (n >= 128 || (n | 0x20) == 'e') {
              return true;
            }
          }
          if (p > from && asciiWord(text.charAt(p - 1))) {
            return false; // no \b here
          }
          int e = p;
          while (e < text.length() && isAsciiLetter(text.charAt(e))) {
            e++;
          }
          if (e < text.length() && text.charAt(e) >= 128) {
            return true; // the word may go on in letters the pattern folds
          }
          return endWord(text, p, e);
        }

        @Override
        int nextStart(String text, int from, int p, int to) {
          while (p < to && !mayStart(text, from, p)) {
            p++;
          }
          return p;
        }
      };

  /** First words of TITLE_END's word alternatives ("terminat" stands for terminat\w+). */
  private static final String[] TITLE_END_WORDS = {
    "is", "are", "was", "were", "be", "been", "shall", "will", "filed", "signed", "ordered",
    "entered", "as", "pending", "in", "because", "for", "without", "granting", "denying", "granted",
    "denied", "finding", "which", "adopting", "approving", "vacating", "dismissing", "striking",
    "directing", "setting", "overruling", "sustaining", "having", "rendered", "that", "until", "so",
    "and", "hearing", "hearings"
  };

  /** TITLE_END_WORDS by first letter. */
  private static final String[][] TITLE_END_BY_LETTER = new String[26][];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      List<String> ws = new ArrayList<>();
      for (String w : TITLE_END_WORDS) {
        if (w.charAt(0) == c) {
          ws.add(w);
        }
      }
      TITLE_END_BY_LETTER[c - 'a'] = ws.toArray(String[]::new);
    }
  }

  /** Whether the ASCII letters text[p, e) form a first word of TITLE_END's word alternatives. */
  private static boolean endWord(String text, int p, int e) {
    int len = e - p;
    char lc = (char) (text.charAt(p) | 0x20);
    if (lc == 't' && len >= 8 && text.regionMatches(true, p, "terminat", 0, 8)) {
      return true;
    }
    for (String w : TITLE_END_BY_LETTER[lc - 'a']) {
      if (w.length() == len && text.regionMatches(true, p, w, 0, len)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Whether text[from, to) holds an ASCII digit (every entry-number pattern needs one). */
  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static final Needles.Words RENEWED_WORDS =
      Needles.words(
          "renewed", "second", "third", "fourth", "amended", "successive", "supplemental");
  private static final Needles.Words JOINT_WORDS = Needles.words("joint", "stipulat", "agreed");
  private static final Needles.Words RENEWED_OR_JOINT_WORDS =
      Needles.words(
          "renewed", "second", "third", "fourth", "amended", "successive", "supplemental", "joint",
          "stipulat", "agreed");

  private static final NamedPattern CITATION =
      NamedPattern.of(
          "target.citation",
          "(?:\\b(?:ECF|Dkt|Docs?|Docket|Document|D\\.E|Filing|Fling|Related\\s+Doc)\\.?\\s*(?:Entry\\s*)?(?:Nos?\\.?|#)?\\s*#?\\s*(\\d{1,5})\\b)"
              + "|\\[(\\d{1,5})\\]");

  /** An entry number: "133", or a sub-entry "222-1". */
  private static final String NUM = "\\d{1,5}(?:-\\d{1,2}(?!\\d))?";

  /** A number right before the head: "granting 45 Motion", "denying 71 Plaintiff's Motion". */
  private static final NamedPattern NUMBER_BEFORE =
      NamedPattern.of(
          "target.before",
          "(?:^|[\\s\\[(])(" + NUM + ")[\\])]?\\s*(?:(?:[A-Za-z'’&.\\-]+)\\s+){0,5}$");

  /** A list of numbers ending where a before-number ends: "34, 78, 95", "75 and 76", "176 &amp; 244". */
  private static final NamedPattern LIST_BEFORE =
      NamedPattern.of(
          "target.list_before",
          "(?<![\\w,-])\\[?((?:" + NUM + "\\]?\\s*(?:,\\s*(?:and\\s+|&\\s*)?|&\\s*|and\\s+)\\[?)+" + NUM + ")$");

  /** More numbers continuing a citation: ", 37)", " & 92", " and 64", ", 466, 468 and 481]". */
  private static final NamedPattern LIST_MORE =
      NamedPattern.of(
          "target.list_more",
          "^\\]?\\s*(?:,\\s*(?:and\\s+|&\\s*)?|&\\s*|and\\s+)\\[?(" + NUM + ")\\b\\]?"
              + "(?!\\s*(?:days|p\\.m|a\\.m|:|/|-cv|-cr)|\\s+(?:[A-Za-z'’.]+\\s+){0,5}?(?:motions?|requests?|applications?|stipulations?)\\b)");

  /** A label ending right before a number: the number closes a citation ("(Related Doc # 3)"). */
  private static final NamedPattern CITATION_LABEL =
      NamedPattern.of(
          "target.citation_label",
          "(?:ECF|Dkt|Docs?|Docket|Document|D\\.E|Filing|Related\\s+Doc)\\.?\\s*(?:Entry\\s*)?(?:Nos?\\.?|#)?\\s*#?\\s*\\(?$");

  /** "within 5 days why ... motion": a quantity, not an entry number. */
  private static final NamedPattern QUANTITY =
      NamedPattern.of("target.quantity", "\\s*(?:days?|weeks?|months?|years?|hours?|pages?|business)\\b");

  /** "June 2, 2011 motion": a year, not an entry number. */
  private static final NamedPattern YEAR =
      NamedPattern.of("target.year", "\\b\\d{1,2},\\s*(?:19|20)\\d\\d$");

  /** A citation right after the title: "motion to compel 76", "[64]", "(ECF No. 29)", "filing 30". */
  private static final NamedPattern NUMBER_AFTER =
      NamedPattern.of(
          "target.after",
          "^\\s*,?\\s*(?:as\\s+(?:moot|withdrawn)\\s*)?[(\\[]?\\s*(?:(?:ECF|Dkt|Doc|Docket|Document|D\\.E|Filing|Fling)\\.?\\s*(?:Nos?\\.?|#)?\\s*|#)?(\\d{1,5})\\b(?!\\s*(?:days|p\\.m|a\\.m|:|/))");

  /** A bare number ending the title: "Motion to Compel 135 is granted", "Motion to Compel9". */
  private static final NamedPattern TRAILING_NUMBER =
      NamedPattern.of(
          "target.trailing",
          "(?<![\\d/.:-])(\\d{1,5})\\s*[\\])]?\\s*(?:,|;|\\band|&)?\\s*"
              + "(?:(?:amended|renewed|second|third|joint|the|defendants?'?s?|plaintiffs?'?s?)\\s+)*$");

  static final List<TypeRule> TYPE_RULES =
      List.of(
          new TypeRule(
              MotionType.COMPEL,
              NamedPattern.of(
                  "motion.compel.title",
                  "\\bcompel(?<!immuni[sz]e[\\w\\s]{0,40}compel)\\w*\\b(?![^;.]{0,50}?\\b(?:arbitration|arbitrate|settlement|immuni[sz]ed|immunity"
                      + "|unseal\\w*|mediation|make\\s+known|elect)\\b)"
                      + "(?![^;]{0,60}?\\b(?:600[23]|immuni[sz]\\w*)\\b)")),
          new TypeRule(
              MotionType.COMPEL,
              NamedPattern.of(
                  "motion.compel.criminal_discovery",
                  "\\bfor\\s+(?:(?:reciprocal|additional|further|limited|pretrial|rule\\s+16)\\s+)?discovery\\b(?!\\s+(?:deadline|cut|period|plan|schedul))"),
              true),
          new TypeRule(
              MotionType.COMPEL,
              NamedPattern.of(
                  "motion.compel.discovery",
                  "\\bto\\s+enforce\\b(?=[^;]{0,80}?\\b(?:rule\\s+37|rule\\s+45|discovery|subpoena|production)\\b)|\\bdiscovery\\s+dispute|\\bfor\\s+(?:the\\s+)?(?:production|disclosure|inspection)\\b|(?<!schedule\\s)\\bto\\s+(?:produce|disclose)\\b")),
          new TypeRule(
              MotionType.COMPEL,
              NamedPattern.of(
                  "motion.compel.criminal_disclosure",
                  "\\b(?:brady|jencks|giglio)\\b|\\b404\\s*\\(b\\)|\\bbill\\s+of\\s+particulars\\b(?=[^;.]{0,10}discovery)")),
          new TypeRule(
              MotionType.SANCTIONS,
              NamedPattern.of(
                  "motion.sanctions.title",
                  "\\bsanction\\w*|\\bspoliation\\b|\\badverse\\s+inference\\b|\\brule\\s+11\\b|\\b(?:28\\s+U\\.?S\\.?C\\.?\\s+(?:§\\s*)?)1927\\b"
                      + "|\\bcontempt\\b|\\bto\\s+exclude\\b[^;]{0,80}\\b37\\s*\\(c\\)")),
          new TypeRule(
              MotionType.PROTECTIVE_ORDER,
              NamedPattern.of(
                  "motion.protective_order.title",
                  "\\bprotective(?<!5\\.2\\(e\\)\\s{1,3}protective)\\s+order\\b|\\bquash\\w*\\b(?!\\s+(?:the\\s+|a\\s+)?(?:service|writ|garnishment|indictment"
                      + "|arrest|warrant|search|count|levy|lien|execution|lis\\s+pendens|return\\s+of\\s+service|process)\\b)")));

  /** Per type rule, by name: words one of which every match contains (a prefilter). */
  private static final java.util.Map<String, Needles.Words> TYPE_NEEDLES =
      java.util.Map.of(
          "motion.compel.title", Needles.words("compel"),
          "motion.compel.criminal_discovery", Needles.words("discovery"),
          "motion.compel.discovery",
              Needles.words("enforce", "discovery", "production", "disclosure", "inspection", "produce", "disclose"),
          "motion.compel.criminal_disclosure", Needles.words("brady", "jencks", "giglio", "404", "particulars"),
          "motion.sanctions.title",
              Needles.words("sanction", "spoliation", "adverse", "11", "1927", "contempt", "exclude"),
          "motion.protective_order.title", Needles.words("protective", "quash"));

  /** Every needle of TYPE_NEEDLES: a title with none of them has no type. */
  private static final Needles.Words ALL_TYPE_NEEDLES =
      Needles.words(
          TYPE_NEEDLES.values().stream()
              .flatMap(w -> java.util.Arrays.stream(w.words))
              .distinct()
              .sorted()
              .toArray(String[]::new));

  private static final NamedPattern RENEWED =
      NamedPattern.of("motion.renewed", "\\b(?:renewed|second|third|fourth|amended|successive|supplemental)\\b");
  private static final NamedPattern JOINT =
      NamedPattern.of("motion.joint", "\\b(?:joint|stipulat\\w*|agreed)\\b");

  /** A title rule; a criminalOnly rule counts only in a criminal case ("MOTION for Discovery ... as to John Doe"). */
  record TypeRule(MotionType type, NamedPattern pattern, boolean criminalOnly) {
    TypeRule(MotionType type, NamedPattern pattern) {
      this(type, pattern, false);
    }
  }

  /**
   * Signs that an entry is from a criminal case, where a bare "motion for discovery" asks for Rule 16 or
   * Brady material (compel); in a civil case it asks leave to take discovery, which is not a motion to
   * compel.
   */
  private static final java.util.regex.Pattern CRIMINAL =
      java.util.regex.Pattern.compile(
          "\\bas to [A-Z][a-z]|\\b(?:by|of) (?:the )?(?:USA|United States|[Gg]overnment)\\b|\\b(?:[Bb]rady|BRADY|[Jj]encks|JENCKS|[Gg]iglio)\\b"
              + "|\\b(?:Rule|RULE|Fed\\. ?R\\. ?Crim\\. ?P\\.) ?16\\b|\\([Dd]efendant\\)|\\bdefendant [A-Z][a-z]+ \\(\\d{1,2}\\)|\\b[Cc]riminal\\b");

  private MotionTitles() {}

  /** Every motion named in text[from, to), in order of appearance. */
  static List<MotionMention> find(String text, int from, int to, boolean inDocument) {
    return find(text, from, to, inDocument, null);
  }

  /**
   * As {@link #find(String, int, int, boolean)}, but when anaphorAt is given and no title found has
   * a type, nor starts (by its head's offset) where anaphorAt allows an anaphor, an empty list: the
   * caller can then read no ruling, and the titles' numbers and flags are not worked out.
   */
  static List<MotionMention> find(
      String text, int from, int to, boolean inDocument, java.util.function.IntPredicate anaphorAt) {
    List<MotionMention> out = new ArrayList<>();
    List<int[]> heads = new ArrayList<>();
    int cur = from;
    while (cur < to) {
      // every head contains a head word and starts at most 8 chars before it ("counter-motion");
      // the search starts after a non-word char so that \\b reads as it would from cur
      int w = nextHeadWord(text, cur, to);
      if (w < 0) {
        break;
      }
      int q = Math.max(cur, w - 8);
      while (q > cur && isWordChar(text.charAt(q - 1))) {
        q--;
      }
      StartGate.Search head = HEAD_GATE.search(text, q, to);
      if (!head.find()) {
        break;
      }
      heads.add(new int[] {head.start(), head.end()});
      cur = head.end();
    }
    int[] ends = new int[heads.size()];
    List<Set<MotionType>> typesOf = new ArrayList<>(heads.size());
    List<List<String>> rulesOf = new ArrayList<>(heads.size());
    boolean readable = anaphorAt == null;
    for (int i = 0; i < heads.size(); i++) {
      int hs = heads.get(i)[0];
      int he = heads.get(i)[1];
      int limit = Math.min(to, he + 170);
      if (i + 1 < heads.size()) {
        limit = Math.min(limit, heads.get(i + 1)[0]);
      }
      StartGate.Search end = TITLE_END_GATE.search(text, he, limit);
      int te = end.find() ? end.start() : limit;
      Set<MotionType> types = EnumSet.noneOf(MotionType.class);
      List<String> rules = new ArrayList<>();
      boolean typeWord = Needles.indexOfAny(text, he, te, ALL_TYPE_NEEDLES) >= 0;
      for (TypeRule r : TYPE_RULES) {
        if (typeWord
            && Needles.any(text, he, te, TYPE_NEEDLES.get(r.pattern().name()))
            && r.pattern().reusable(text, he, te).find()
            && (!r.criminalOnly() || CRIMINAL.matcher(text).find())
            && !(r.type() == MotionType.COMPEL && immunizedTestimony(text, he, te))) {
          if (types.add(r.type()) || !rules.contains(r.pattern().name())) {
            rules.add(r.pattern().name());
          }
        }
      }
      ends[i] = te;
      typesOf.add(types);
      rulesOf.add(rules);
      readable = readable || !types.isEmpty() || anaphorAt.test(hs);
    }
    if (!readable) {
      return List.of();
    }
    for (int i = 0; i < heads.size(); i++) {
      int hs = heads.get(i)[0];
      int he = heads.get(i)[1];
      int te = ends[i];
      Set<MotionType> types = typesOf.get(i);
      List<String> rules = rulesOf.get(i);
      String prevTarget = out.isEmpty() ? null : out.get(out.size() - 1).target();
      List<String> targets =
          targetsOf(text, from, hs, he, te, to, i == 0 ? from : heads.get(i - 1)[1], prevTarget);
      String target = targets.isEmpty() ? null : targets.get(0);
      int lead = Math.max(from, hs - 30);
      // every match contains one of the words
      boolean either = Needles.indexOfAny(text, lead, te, RENEWED_OR_JOINT_WORDS) >= 0;
      boolean renewed =
          either
              && Needles.indexOfAny(text, lead, te, RENEWED_WORDS) >= 0
              && RENEWED.reusable(text, lead, te).find();
      boolean joint =
          either
              && Needles.indexOfAny(text, lead, te, JOINT_WORDS) >= 0
              && JOINT.reusable(text, lead, te).find();
      Evidence ev = new Evidence(rules.isEmpty() ? HEAD.name() : rules.get(0), hs, te, text.substring(hs, te), inDocument);
      out.add(new MotionMention(hs, te, List.copyOf(types), target, List.copyOf(targets), renewed, joint, List.copyOf(rules), ev));
    }
    return out;
  }

  /** "Motion to Compel Testimony" where the text invokes 18 U.S.C. 6002-6003 or immunity. */
  private static final NamedPattern COMPEL_TESTIMONY =
      NamedPattern.of("motion.compel.testimony", "\\bcompel\\w*\\s+(?:the\\s+)?(?:immunized\\s+)?testimony\\b");

  private static final NamedPattern IMMUNITY =
      NamedPattern.of("motion.compel.immunity", "\\b600[23]\\b|\\bimmuni[sz]\\w*|\\bself-incrimination\\b");

  /**
   * A motion to compel testimony under a grant of immunity (not discovery, LABELS.md convention 5):
   * the title asks for testimony and the text cites the immunity statute or privilege.
   */
  private static boolean immunizedTestimony(String text, int he, int te) {
    return Needles.contains(text, he, te, "testimony")
        && COMPEL_TESTIMONY.reusable(text, he, te).find()
        && IMMUNITY.reusable(text).find();
  }

  private static final Needles.Words HEAD_WORDS =
      Needles.words("motion", "request", "application", "stipulation");

  /** Start of the first head word in text[from, to), or -1. */
  private static int nextHeadWord(String text, int from, int to) {
    return Needles.indexOfAny(text, from, to, HEAD_WORDS);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /**
   * The entry numbers a mention cites: a number (or list) right before its head, else a number ending
   * its title, a citation inside the title, or one right after it; each extended over a following list.
   * prevTarget is the first target of the previous mention of the sentence, if any.
   */
  private static List<String> targetsOf(
      String text, int from, int hs, int he, int te, int to, int prevHeadEnd, String prevTarget) {
    int ws = Math.max(Math.max(from, prevHeadEnd), hs - 70);
    boolean hasPrevious = prevHeadEnd > from;
    Matcher before = NUMBER_BEFORE.reusable(text, ws, hs);
    int bs = -1;
    int be = -1;
    String bn = null;
    int at = ws;
    before.useTransparentBounds(true);
    // every match holds a digit
    while (at < hs && hasDigit(text, at, hs) && findNumberBefore(before, text, at, hs, at == ws)) {
      String n = before.group(1);
      int ns = before.start(1);
      int ne = before.end(1);
      boolean closesCitation =
          hasPrevious
              && ne < text.length() && (text.charAt(ne) == ')' || text.charAt(ne) == ']')
              && CITATION_LABEL.reusable(text, Math.max(0, ns - 25), ns).find();
      boolean year = YEAR.reusable(text, Math.max(0, ns - 6), ne).find();
      boolean quantity = QUANTITY.reusable(text, ne, Math.min(text.length(), ne + 12)).lookingAt();
      year |= quantity;
      if (!closesCitation && !year) {
        bn = n;
        bs = ns;
        be = ne;
      }
      at = before.start(1) + 1;
    }
    List<String> after = afterTargets(text, he, te, to);
    if (bn != null && !(hasPrevious && bn.equals(prevTarget) && !after.isEmpty())) {
      List<String> out = new ArrayList<>();
      int rs = Math.max(ws, bs - 60);
      Matcher list = LIST_BEFORE.reusable(text, rs, be);
      if (listPossible(text, rs, bs) && list.find()) {
        Matcher n = NUM_ONLY.matcher(list.group(1));
        while (n.find()) {
          out.add(n.group());
        }
      } else {
        out.add(bn);
      }
      return out;
    }
    return after;
  }

  private static final java.util.regex.Pattern NUM_ONLY = java.util.regex.Pattern.compile(NUM);

  /**
   * As {@code before.region(at, hs).useAnchoringBounds(anchoring).find()} on NUMBER_BEFORE (whose
   * matcher has transparent bounds), trying only where a match can start: at {@code at}, or at
   * whitespace, '[' or '(' right before a digit.
   */
  private static boolean findNumberBefore(Matcher before, String text, int at, int hs, boolean anchoring) {
    for (int p = at; p < hs; p++) {
      if (p > at) {
        char c = text.charAt(p);
        if (!(Needles.isSpace(c) || c == '[' || c == '(')) {
          continue;
        }
        if (p + 1 >= hs || text.charAt(p + 1) < '0' || text.charAt(p + 1) > '9') {
          continue;
        }
      }
      // at p > at the "^" branch would need a digit at p: only the space-or-bracket one can match
      before.region(p, hs).useAnchoringBounds(anchoring);
      if (before.lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A necessary condition for LIST_BEFORE in text[rs, ...) ending with the number at bs: a list
   * separator (",", "&", "and" and whitespace), after which only whitespace and "[", comes before it.
   */
  private static boolean listPossible(String text, int rs, int bs) {
    int j = bs;
    if (j > rs && text.charAt(j - 1) == '[') {
      j--;
    }
    int k = Needles.trailingSpaceStart(text, rs, j);
    if (k > rs) {
      char c = text.charAt(k - 1);
      if (c == ',' || c == '&') {
        return true;
      }
    }
    return k < j && Needles.endsWith(text, rs, k, "and");
  }

  private static List<String> afterTargets(String text, int he, int te, int to) {
    int ne = -1;
    String first = null;
    Matcher trailing = TRAILING_NUMBER.reusable(text, he, te);
    boolean digitInTitle = hasDigit(text, he, te); // TRAILING_NUMBER and CITATION need one
    if (digitInTitle && trailing.find()) {
      int rs = Math.max(he, trailing.start(1) - 60);
      Matcher list = LIST_BEFORE.reusable(text, rs, trailing.end(1));
      if (listPossible(text, rs, trailing.start(1)) && list.find()) {
        List<String> out = new ArrayList<>();
        Matcher n = NUM_ONLY.matcher(list.group(1));
        while (n.find()) {
          out.add(n.group());
        }
        return out;
      }
      first = trailing.group(1);
      ne = trailing.end(1);
    } else {
      Matcher inTitle = CITATION.reusable(text, he, te);
      if (digitInTitle && inTitle.find()) {
        first = inTitle.group(1) != null ? inTitle.group(1) : inTitle.group(2);
        ne = inTitle.group(1) != null ? inTitle.end(1) : inTitle.end(2);
      } else {
        Matcher after = NUMBER_AFTER.reusable(text, te, Math.min(to, te + 40));
        if (hasDigit(text, te, Math.min(to, te + 40)) && after.lookingAt()) {
          first = after.group(1);
          ne = after.end(1);
        }
      }
    }
    if (first == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(first);
    Matcher more = LIST_MORE.reusable(text);
    while (ne < to) {
      more.region(ne, Math.min(to, ne + 60));
      if (!more.lookingAt() || out.contains(more.group(1))) {
        break;
      }
      out.add(more.group(1));
      ne = more.end(1);
    }
    return out;
  }

  /** The words a citation's label begins with ("doc" stands for Docs, Docket and Document). */
  private static final String[] CITATION_WORDS = {
    "ecf", "dkt", "doc", "d.e", "filing", "fling", "related"
  };

  /** Entry numbers the text cites, in order, without repeats. */
  static List<String> citedEntries(String text) {
    List<String> out = new ArrayList<>();
    Matcher c = CITATION.reusable(text).useTransparentBounds(true);
    int n = text.length();
    int at = 0;
    while (at < n) {
      // try the pattern only where a citation can start
      if (!citationMayStart(text, at) || !c.region(at, n).lookingAt()) {
        at++;
        continue;
      }
      at = c.end();
      String num = c.group(1) != null ? c.group(1) : c.group(2);
      if (!out.contains(num)) {
        out.add(num);
      }
    }
    return out;
  }

  /**
   * Whether a CITATION match may start at: at "[" before a digit, or at one of CITATION_WORDS (any
   * case) where {@code \b} can hold, that is not right after an ASCII letter, digit or underscore.
   */
  private static boolean citationMayStart(String text, int at) {
    char ch = text.charAt(at);
    if (ch == '[') {
      return at + 1 < text.length() && text.charAt(at + 1) >= '0' && text.charAt(at + 1) <= '9';
    }
    if (ch < 128) {
      char f = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
      if (f != 'e' && f != 'd' && f != 'f' && f != 'r') { // CITATION_WORDS' first letters
        return false;
      }
    }
    if (at > 0 && StartGate.asciiWord(text.charAt(at - 1))) {
      return false;
    }
    for (String w : CITATION_WORDS) {
      if (Needles.startsAt(text, at, w)) {
        return true;
      }
    }
    return false;
  }
}

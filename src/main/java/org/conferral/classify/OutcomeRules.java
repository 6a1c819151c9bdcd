package org.conferral.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Phrases by which a court disposes of a motion ("granting", "is DENIED without prejudice", ...). */
final class OutcomeRules {

  /** One outcome phrase found in a text; {@code active} for verbs that govern what follows. */
  record Phrase(Outcome outcome, String rule, int start, int end, boolean active, boolean anyDirection) {}

  /**
   * A rule, with the lower-case words one of which any match contains (a cheap prefilter), and the
   * gate that tries its pattern only at word starts with one of its first letters.
   */
  record Rule(Outcome outcome, NamedPattern pattern, boolean anyDirection, String[] needles, StartGate gate) {}

  /** Words that every match of each rule, by name, contains one of. */
  private static final java.util.Map<String, String[]> NEEDLES =
      java.util.Map.of(
          "ruling.granted_in_part", new String[] {"part"},
          "ruling.moot", new String[] {"moot"},
          "ruling.denied_without_prejudice", new String[] {"prejudice"},
          "ruling.withdrawn", new String[] {"withdr"},
          "ruling.withdrawal_of", new String[] {"withdr"},
          "ruling.stricken", new String[] {"strik", "struck"},
          "ruling.deferred", new String[] {"later", "abeyance", "advisement", "submission", "defer", "reserv", "set", "hearing", "schedul", "argument"},
          "ruling.denied", new String[] {"den", "overrul", "dismiss", "approved"},
          "ruling.granted", new String[] {"grant", "approv", "sustain", "adopt"});

  /**
   * Per rule, by name: the letters its matches can start with (each alternative begins with a word
   * boundary and one of them); the patterns look ahead for one before trying their alternatives.
   */
  /**
   * Per rule, by name: the words its matches can start with (after \b; a word stands for any word
   * it begins), within FIRST_LETTERS.
   */
  private static final java.util.Map<String, String[]> FIRST_WORDS =
      java.util.Map.of(
          "ruling.granted_in_part", new String[] {"grant", "den", "partially"},
          "ruling.moot",
              new String[] {"den", "terminat", "find", "found", "deem", "dismiss", "vacat", "is", "are",
                "was", "were", "as", "now", "rendered", "being", "been"},
          "ruling.denied_without_prejudice", new String[] {"den", "dismiss", "not"},
          "ruling.withdrawn", new String[] {"withdr", "terminat"},
          "ruling.withdrawal_of", new String[] {"notice", "withdrawal", "order", "stipulation"},
          "ruling.stricken", new String[] {"strik", "stricken", "struck"},
          "ruling.deferred",
              new String[] {"held", "hold", "taken", "under", "defer", "reserv", "hearing", "argument",
                "set", "motion", "will", "is", "are"},
          "ruling.denied", new String[] {"den", "overrul", "dismiss", "not"},
          "ruling.granted", new String[] {"grant", "approv", "sustain", "adopt"});

  private static final java.util.Map<String, String> FIRST_LETTERS =
      java.util.Map.of(
          "ruling.granted_in_part", "gdp",
          "ruling.moot", "dtfviawnrb",
          "ruling.denied_without_prejudice", "dn",
          "ruling.withdrawn", "wt",
          "ruling.withdrawal_of", "nwos",
          "ruling.stricken", "s",
          "ruling.deferred", "htudrasmwi",
          "ruling.denied", "don",
          "ruling.granted", "gas");

  static final List<Rule> RULES =
      List.of(
          rule(Outcome.GRANTED_IN_PART, "ruling.granted_in_part",
              "\\bgrant(?:ing|ed|s)?[\\s,-]+(?:it\\s+)?in[\\s-]+(?:part|substantial\\s+part)|\\bden(?:ying|ied|ies)[\\s,-]+in[\\s-]+part"
                  + "|\\bpartially\\s+grant\\w*|\\bgrant\\w*\\s+partially|\\bgrant\\w*\\s+(?:and\\s+den\\w*\\s+)?in\\s+part", false),
          rule(Outcome.MOOT, "ruling.moot",
              "\\b(?:den(?:ying|ied|ies|y)|terminat(?:ing|ed|es)|find(?:ing|s)?|found|deem(?:ing|ed)|dismiss(?:ing|ed)|vacat(?:ing|ed))"
                  + "\\s+(?:[\\w,/]+\\s+){0,4}?(?:as\\s+)?moot\\b|(?<!not\\s)\\b(?:is|are|was|were|as|now|deemed|rendered|being|been)\\s+moot\\b", false),
          rule(Outcome.DENIED_WITHOUT_PREJUDICE, "ruling.denied_without_prejudice",
              "\\b(?:den(?:ying|ied|ies|y)|dismiss(?:ing|ed|es)|not\\s+approved)\\s*,?\\s*(?:[\\w.]+\\s+){0,3}?(?:without|w/o|w/out|w/\\s*o)\\s+prejudice", false),
          rule(Outcome.WITHDRAWN, "ruling.withdrawn",
              "\\bwithdrawn\\b|\\bwithdraw(?:ing|s)\\b|\\bterminat\\w+\\s+as\\s+withdrawn|\\bwithdr[ae]w\\w*\\s+(?:(?:the|its|his|her|their)\\s+)?motion", false),
          rule(Outcome.WITHDRAWN, "ruling.withdrawal_of",
              "\\b(?:notice\\s+of\\s+)?withdrawal\\s+of\\b|\\b(?:order|stipulation)\\s+(?:\\w+\\s+){0,2}?to\\s+withdraw\\b", true),
          rule(Outcome.STRICKEN, "ruling.stricken", "\\bstrik(?:ing|es)\\b|\\bstricken\\b|\\bstruck\\b", false),
          rule(Outcome.DEFERRED, "ruling.deferred",
              "\\bheld\\s+in\\s+abeyance|\\bhold\\w*\\s+(?:\\w+\\s+){0,4}?in\\s+abeyance|\\btaken\\s+under\\s+(?:submission|advisement)"
                  + "|\\bunder\\s+advisement|\\b(?:defer\\w*|reserv\\w*)\\s+(?:\\w+\\s+){0,2}?(?:ruling|judgment|decision|consideration)"
                  + "|\\b(?:hearing|argument)s?\\s+(?:is\\s+|are\\s+)?(?:set|reset|scheduled)\\b|\\bset\\s+(?:for\\s+)?(?:motion\\s+)?hearings?\\b"
                  + "|\\bset\\s+motion\\s+hearings?|\\bmotion\\s+hearing\\s+set"
                  + "|\\bwill\\s+rule\\s+on\\b(?=[^.;]{0,80}?\\bat\\s+a\\s+later\\s+date)"
                  + "|\\b(?:is|are)\\s+(?:hereby\\s+)?(?:re)?set\\b(?<=\\bhearing\\s{1,3}on\\b[^;.]{0,150}set)", true),
          rule(Outcome.DENIED, "ruling.denied",
              "\\bden(?:ying|ied|ies|y)\\b|\\boverrul(?:ed|ing)\\b|\\bdismiss(?:ing|ed|es)\\b|\\bnot\\s+approved\\b", false),
          rule(Outcome.GRANTED, "ruling.granted",
              "\\bgrant(?:ing|ed|s)?\\b|\\bapprov(?:ed|ing|es)\\b|\\bsustain(?:ed|ing)\\b"
                  + "|\\badopt(?:ing|ed|s)\\b(?=[^;.]{0,60}\\b(?:stipulat|protective))", false));

  /** Words before a phrase that make it hypothetical, requested or negated, not a ruling. */
  private static final NamedPattern HEDGE =
      NamedPattern.of(
          "ruling.hedge",
          "(?:\\bto|\\bshould(?:\\s+not)?(?:\\s+be)?|\\bwould(?:\\s+not)?(?:\\s+be)?(?:\\s+justified\\s+in)?|\\bcould(?:\\s+be)?|\\bmay(?:\\s+be)?"
              + "|\\bmight(?:\\s+be)?|\\bnot(?:\\s+be)?|\\bif|\\bwhether|\\bmove[sd]?(?:\\s+the\\s+court)?\\s+to|\\basks?\\s+the\\s+court\\s+to)\\s+$");

  /** "re 88 Memorandum and Order granting ...": the title of an earlier order the text cites. */
  private static final NamedPattern CITED_ORDER =
      NamedPattern.of(
          "ruling.cited_order",
          "(?:(?<![/\\d.:-])\\b\\d{1,5}\\]?\\s+|\\b(?:its|the\\s+court's|prior|previous|earlier)\\s+)(?:[\\w&]+[\\s/]+){0,3}?order\\s+$");

  private static final java.util.regex.Pattern ACTIVE_WORD =
      java.util.regex.Pattern.compile(
          "(?i)^(?:\\w+ing|grants|denies|defers|strikes|terminates|finds|reserves|holds|approves|sustains)\\b");

  private static Rule rule(Outcome o, String name, String regex, boolean any) {
    String first = FIRST_LETTERS.get(name);
    String guarded = "(?=[" + first + "])(?:" + regex + ")";
    NamedPattern p = NamedPattern.of(name, guarded);
    // every alternative of every rule begins with \b and one of its first words
    return new Rule(o, p, any, NEEDLES.get(name), StartGate.words(p, FIRST_WORDS.get(name)));
  }

  private OutcomeRules() {}

  /** Outcome phrases in text[from, to) outside the given masked spans, without overlaps. */
  static List<Phrase> find(String text, int from, int to, List<int[]> masked) {
    List<Phrase> all = new ArrayList<>();
    String folded = Needles.folded(text, from, to);
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      if (!Needles.any(folded, rule.needles())) {
        continue;
      }
      StartGate.Search m = rule.gate().search(text, from, to);
      while (m.find()) {
        if (inside(masked, m.start(), m.end())) {
          continue;
        }
        int hs = Math.max(from, m.start() - 40);
        if (hedgedOrCited(text, hs, m.start())) {
          continue;
        }
        boolean active = ACTIVE_WORD.matcher(text.substring(m.start(), m.end())).find();
        all.add(new Phrase(rule.outcome(), rule.pattern().name(), m.start(), m.end(), active, rule.anyDirection()));
      }
    }
    // keep the earliest-listed rule where phrases overlap (RULES is ordered by specificity)
    all.sort(Comparator.comparingInt(Phrase::start));
    List<Phrase> out = new ArrayList<>();
    for (Phrase p : all) {
      boolean drop = false;
      for (int i = 0; i < out.size(); i++) {
        Phrase q = out.get(i);
        if (p.start() < q.end() && q.start() < p.end()) {
          if (priority(p) < priority(q)) {
            out.set(i, p);
          }
          drop = true;
          break;
        }
      }
      if (!drop) {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(Phrase::start));
    return out;
  }

  /** Last words of HEDGE's alternatives (each followed by whitespace up to the phrase). */
  private static final String[] HEDGE_LAST_WORDS = {
    "to", "should", "not", "be", "would", "in", "could", "may", "might", "if", "whether"
  };

  /**
   * HEDGE or CITED_ORDER in text[hs, e): both end in a word and whitespace up to e, so they run
   * only when the word before the trailing whitespace ends one of their alternatives.
   */
  private static boolean hedgedOrCited(String text, int hs, int e) {
    int q = Needles.trailingSpaceStart(text, hs, e);
    if (q == e) {
      return false;
    }
    boolean hedge = false;
    for (String w : HEDGE_LAST_WORDS) {
      hedge |= Needles.endsWith(text, hs, q, w);
    }
    if (hedge && HEDGE.reusable(text, hs, e).find()) {
      return true;
    }
    return Needles.endsWith(text, hs, q, "order") && CITED_ORDER.reusable(text, hs, e).find();
  }

  private static int priority(Phrase p) {
    for (int i = 0; i < RULES.size(); i++) {
      if (RULES.get(i).pattern().name().equals(p.rule())) {
        return i;
      }
    }
    return RULES.size();
  }

  private static boolean inside(List<int[]> spans, int s, int e) {
    for (int[] span : spans) {
      if (s >= span[0] && e <= span[1]) {
        return true;
      }
    }
    return false;
  }
}

package org.conferral.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads an order's rulings on discovery motions: clause by clause in the docket text (or in the decretal
 * sentences of a full document), then the conferral ground sentence by sentence.
 */
final class OrderRulings {

  /** Texts longer than this are read as documents: only decretal sentences decide outcomes. */
  static final int DOCUMENT_LENGTH = 1500;

  private static final NamedPattern DECRETAL =
      NamedPattern.of(
          "ruling.decretal",
          "(?:^|(?=[oatf]))(?:\\bordered\\b|\\baccordingly\\b|\\btherefore\\b|\\bfor\\s+(?:the|these)\\s+(?:foregoing\\s+)?reasons\\b"
              + "|\\bthe\\s+court\\s+(?:hereby\\s+)?(?:grants|denies|strikes|defers|overrules)\\b|^\\s*the\\s+motion\\s+is\\b"
              + "|^\\W*(?:[\\w.]+\\s+){0,3}?order\\s+(?:that|granting|denying)\\b"
              + "|^\\W*(?:[\\w.'’]+\\s+){0,4}?motions?\\b[^.;]{0,100}?\\b(?:is|are)\\s+(?:hereby\\s+)?(?:granted|denied)\\b)");

  /** DECRETAL tried only at a sentence's start and where one of its first words starts. */
  private static final StartGate DECRETAL_GATE =
      StartGate.wordsAnchored(DECRETAL, "ordered", "accordingly", "therefore", "for", "the");

  private static final NamedPattern BARE_CITES =
      NamedPattern.of("target.bare", "\\[(\\d{1,5})\\]|(?<=motions?\\s{1,3}(?:nos?\\.?\\s{0,2})?)(\\d{1,5})\\b|\\b(?:ECF|Dkt|Doc|filing)\\.?\\s*(?:Nos?\\.?)?\\s*(\\d{1,5})");

  /** Mentions further in than this with no outcome are passing references, not rulings. */
  private static final int TITLE_REGION = 60;

  /** An order whose caption lists the motions it addresses: "ORDER regarding ...", "REPORT AND RECOMMENDATION re ...". */
  private static final NamedPattern CAPTION_LIST =
      NamedPattern.of(
          "ruling.caption_list",
          "^[^.;]{0,60}?\\b(?:order|recommendations?|memorandum|decision|opinion)\\s+(?:regarding|re:?|as\\s+to|on|addressing|concerning)\\s");

  /** An order to show cause why a motion should not be granted: a ruling with outcome "other". */
  private static final NamedPattern SHOW_CAUSE =
      NamedPattern.of("ruling.show_cause", "\\bshow(?:ing|s)?\\s+cause\\b");

  /** Words right before a motion that make it the object of another filing, not a motion ruled on. */
  private static final NamedPattern NESTED_LEAD =
      NamedPattern.of(
          "ruling.nested_reference",
          "\\b(?:to|re:?|of|on|regarding|supporting|in\\s+support\\s+of|opposing|in\\s+opposition\\s+to|respon(?:d|se)\\s+to"
              + "|reply\\s+to|deny|strike|file|reconsider|vacate|set\\s+aside|clarification\\s+of|reconsideration\\s+of)\\s+(?:\\[?\\d{1,5}\\]?\\s+)?"
              + "(?:(?:the|a|an|his|her|its|their|said|pending|prior|earlier|[\\w.]+(?:'s|s'|’s|s’))\\s+){0,3}$"
              + "|\\b\\d{1,5}\\]?\\s+(?:[\\w&]+[\\s/]+){0,3}?order\\s+(?:granting|denying|on|regarding|re:?)\\s+(?:in\\s+part\\s+)?"
              + "(?:(?:the|[\\w.]+(?:'s|s'|’s|s’)|second|renewed|amended)\\s+){0,3}$");

  /** "Extending Time to File Motion to Compel", "leave to file a renewed motion": a motion yet to be filed. */
  private static final NamedPattern TO_BE_FILED =
      NamedPattern.of(
          "ruling.motion_to_be_filed",
          "\\bto\\s+(?:file|re-?file|bring|submit|serve)\\s+(?:(?:a|an|the|any|its|his|her|their|renewed|amended|second|further|new"
              + "|proper|appropriate|[\\w.]+(?:'s|s'|’s|s’))\\s+){0,3}$");

  /**
   * "Plaintiff is given until June 1 to supplement the motion", "shall supplement its motion": the
   * court holds the one motion it addresses until the movant completes it (deferred).
   */
  private static final NamedPattern SUPPLEMENT =
      NamedPattern.of(
          "ruling.deferred.supplement",
          "\\b(?:given|granted|allowed|ha(?:s|ve))\\s+(?:leave\\s+|until\\s+[^.;]{0,40}?\\s+)?to\\s+"
              + "(?:file\\s+an?\\s+amended\\s+motion\\s+or\\s+(?:to\\s+)?)?supplement\\s+(?:the|its|his|her|their|said|this)\\s+motion\\b"
              + "|\\b(?:shall|must|is\\s+(?:directed|ordered)\\s+to)\\s+supplement\\s+(?:the|its|his|her|their|said|this)\\s+motion\\b");

  /** "re 88 Memorandum and Order granting Plaintiff's Second Motion": an earlier order's title. */
  private static final NamedPattern CITED_ORDER_LEAD =
      NamedPattern.of(
          "ruling.cited_order_title",
          "\\b\\d{1,5}\\]?\\s+(?:[\\w&]+[\\s/]+){0,3}?order\\s+(?:granting|denying|on|regarding|re:?)\\s+(?:in\\s+part\\s+)?"
              + "(?:(?:the|[\\w.]+(?:'s|s'|’s|s’)|second|renewed|amended)\\s+){0,3}$");

  /** "The opposition to motion to compel 412": a filing about a motion, not the motion. */
  private static final NamedPattern RESPONSE_LEAD =
      NamedPattern.of(
          "ruling.response_reference",
          "\\b(?:opposition|response|reply|objection|memorandum|brief)s?\\s+(?:\\w+\\s+)?(?:to|re:?|in\\s+support\\s+of)\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,2}$");

  /** A title that says what the motion asks ("Motion for Leave to File"): docket context cannot retype it. */
  private static final NamedPattern STATED_PURPOSE =
      NamedPattern.of("target.stated_purpose", "^\\w+\\s+(?:to|for|in)\\s+\\w");

  /** A new list item: the next motion begins with its own number. */
  private static final NamedPattern LIST_ITEM =
      NamedPattern.of(
          "ruling.list_item",
          "(?:[,;]|\\band|&)\\s*[\\[(]?\\d{1,5}[\\])]?\\s+(?:(?:the|[\\w.]+(?:'s|s'|’s|s’))\\s+){0,2}$");

  private static final NamedPattern AFTER_TITLE =
      NamedPattern.of(
          "ruling.after_title",
          "\\s*,?\\s*(?:(without\\s+prejudice)|(as\\s+moot|(?:having\\s+been\\s+|as\\s+)?rendered\\s+moot|because\\s+(?:it\\s+is\\s+)?moot)|(as\\s+withdrawn))"
              + "|\\s*,?\\s*(in\\s+part)\\b");

  private static final NamedPattern TYPE_WORD =
      NamedPattern.of(
          "ruling.type_word",
          "\\bcompel|\\bsanction|\\bprotective\\s+order|\\bquash");

  private OrderRulings() {}

  /** Rulings of one order. context maps earlier entry numbers of the docket to their motion types. */
  static List<RulingLabel> read(String text, String doc, Map<String, List<MotionType>> context) {
    return read(text, doc, context, DiscoveryKeywords.Scan.everywhere());
  }

  /**
   * Rulings of one order, given the cue scan of its text (and document): an agreed protective order
   * needs "protective order" in the text, or "stipulat" within AgreedProtectiveOrders' caption reach.
   */
  static List<RulingLabel> read(
      String text, String doc, Map<String, List<MotionType>> context, DiscoveryKeywords.Scan cues) {
    List<Draft> drafts = new ArrayList<>();
    List<int[]> textSentences = Sentences.sentences(text, 0, text.length());
    boolean textIsDocument = text.length() > DOCUMENT_LENGTH;
    List<Draft> passing = new ArrayList<>();
    List<Draft> anaphors = new ArrayList<>();
    rulingsFrom(text, textSentences, textIsDocument, false, context, drafts, passing, anaphors);
    if (!textIsDocument && Needles.contains(text, 0, text.length(), "supplement")) {
      Matcher sm = SUPPLEMENT.reusable(text);
      if (sm.find()) {
        Draft a = new Draft(null, null, Outcome.DEFERRED, -1);
        a.rules.add(SUPPLEMENT.name());
        a.evidence.add(new Evidence(SUPPLEMENT.name(), sm.start(), sm.end(), sm.group(), false));
        anaphors.add(a);
      }
    }
    backReferences(drafts, passing, anaphors);
    if (doc != null && !doc.isBlank()) {
      List<int[]> docSentences = Sentences.sentences(doc, 0, doc.length());
      List<Draft> fromDoc = new ArrayList<>();
      rulingsFrom(doc, docSentences, true, true, context, fromDoc, new ArrayList<>(), new ArrayList<>());
      if (drafts.isEmpty()) {
        drafts.addAll(fromDoc);
      } else {
        for (Draft d : drafts) {
          if (d.outcome == Outcome.OTHER) {
            for (Draft f : fromDoc) {
              if (f.type == d.type && f.outcome != Outcome.OTHER) {
                d.outcome = f.outcome;
                d.fromDocument = true;
                d.rules.addAll(f.rules);
                d.evidence.addAll(f.evidence);
                break;
              }
            }
          }
        }
      }
    }
    if (!textIsDocument) {
      boolean agreedPossible =
          cues.has(DiscoveryKeywords.Cue.RULING_PROTECTIVE_ORDER)
              || cues.endsBy(DiscoveryKeywords.Cue.KIND_STIPULATION, AgreedProtectiveOrders.CAPTION);
      List<AgreedProtectiveOrders.Entered> agreed =
          agreedPossible ? AgreedProtectiveOrders.find(text) : List.of();
      for (AgreedProtectiveOrders.Entered e : agreed) {
        boolean known = false;
        boolean decided = false;
        for (Draft d : drafts) {
          decided |= d.type == MotionType.PROTECTIVE_ORDER && d.outcome != Outcome.OTHER;
        }
        for (Draft d : drafts) {
          boolean same =
              d.type == MotionType.PROTECTIVE_ORDER && (e.target() == null || e.target().equals(d.target));
          if (same && d.outcome == Outcome.OTHER && !decided) {
            // "STIPULATION for PROTECTIVE ORDER signed by Judge ...": the title names no outcome
            d.outcome = e.outcome();
            d.rules.add(e.evidence().rule());
            d.evidence.add(e.evidence());
          }
          known |= same;
        }
        if (!known) {
          Draft d = new Draft(e.target(), MotionType.PROTECTIVE_ORDER, e.outcome(), 0);
          d.rules.add(e.evidence().rule());
          d.evidence.add(e.evidence());
          drafts.add(d);
        }
      }
    }
    relatedDocTargets(text, drafts);
    List<Draft> merged = merge(drafts);
    groundOf(merged, text, textSentences, false);
    if (doc != null && !doc.isBlank()) {
      groundOf(merged, doc, Sentences.sentences(doc, 0, doc.length()), true);
    }
    List<RulingLabel> out = new ArrayList<>();
    for (Draft d : merged) {
      out.add(d.toLabel());
    }
    return out;
  }

  private static void rulingsFrom(
      String text, List<int[]> sentences, boolean decretalOnly, boolean inDoc,
      Map<String, List<MotionType>> context, List<Draft> out, List<Draft> passing, List<Draft> anaphors) {
    for (int si = 0; si < sentences.size(); si++) {
      int[] s = sentences.get(si);
      if (decretalOnly && !DECRETAL_GATE.found(text, s[0], s[1])) {
        continue;
      }
      boolean noContext = context == null || context.isEmpty();
      int sentenceStart = s[0];
      // without docket context only a typed title or an anaphor's can give a ruling (mayRule)
      List<MotionMention> mentions =
          MotionTitles.find(
              text, s[0], s[1], inDoc, noContext ? hs -> anaphorPossible(text, sentenceStart, hs) : null);
      if (mentions.isEmpty() && !(context != null && !context.isEmpty())) {
        continue;
      }
      if ((context == null || context.isEmpty()) && !mayRule(text, s[0], mentions)) {
        continue; // only untyped mentions, none of which an anaphor can take up: nothing to read
      }
      List<int[]> masked = new ArrayList<>();
      for (MotionMention m : mentions) {
        masked.add(new int[] {m.headStart(), m.titleEnd()});
      }
      boolean[] nested = nestedMentions(text, s[0], mentions);
      List<List<String>> targetsOf = combinedTargets(text, mentions);
      boolean captionList = si == 0 && CAPTION_LIST.reusable(text, s[0], s[1]).lookingAt();
      boolean showCause =
          Needles.contains(text, s[0], s[1], "show") && SHOW_CAUSE.reusable(text, s[0], s[1]).find();
      for (int[] c : Sentences.clauses(text, s[0], s[1])) {
        List<OutcomeRules.Phrase> phrases = OutcomeRules.find(text, c[0], c[1], masked);
        List<String> typedTargets = new ArrayList<>();
        for (int mi = 0; mi < mentions.size(); mi++) {
          MotionMention m = mentions.get(mi);
          if (m.headStart() < c[0] || m.headStart() >= c[1] || nested[mi]) {
            continue;
          }
          List<MotionType> types = m.types();
          List<String> rules = new ArrayList<>(m.rules());
          if (types.isEmpty() && m.target() != null && context != null && context.containsKey(m.target())
              && !STATED_PURPOSE.reusable(text, m.headStart(), m.titleEnd()).find()) {
            types = context.get(m.target());
            rules.add("target.docket_context");
          }
          if (types.isEmpty()) {
            if (m.targets().isEmpty() && ANAPHOR.reusable(text, Math.max(c[0], m.headStart() - 12), m.headStart()).find()) {
              OutcomeRules.Phrase ap = phraseFor(text, m, phrases);
              if (ap != null) {
                Draft a = new Draft(null, null, ap.outcome(), si);
                a.rules.add(ANAPHOR.name());
                a.rules.add(ap.rule());
                a.evidence.add(new Evidence(ap.rule(), c[0], c[1], text.substring(c[0], c[1]).strip(), inDoc));
                anaphors.add(a);
              }
            }
            continue;
          }
          OutcomeRules.Phrase p = phraseFor(text, m, phrases);
          Outcome outcome = p == null ? Outcome.OTHER : p.outcome();
          if (m.titleEnd() < c[1] && (p == null || outcome == Outcome.DENIED || outcome == Outcome.GRANTED)) {
            Matcher tail = AFTER_TITLE.reusable(text, m.titleEnd(), Math.min(c[1], m.titleEnd() + 30));
            if (tail.lookingAt()) {
              outcome = tail.group(1) != null ? (p == null ? outcome : Outcome.DENIED_WITHOUT_PREJUDICE)
                  : tail.group(2) != null ? Outcome.MOOT
                  : tail.group(3) != null ? Outcome.WITHDRAWN
                  : p == null ? outcome : Outcome.GRANTED_IN_PART;
            }
          }
          if (outcome == Outcome.OTHER && m.headStart() > TITLE_REGION && !captionList && !showCause) {
            for (String tg : targetsOf.get(mi)) {
              for (MotionType t : types) {
                passing.add(new Draft(tg, t, Outcome.OTHER, si));
              }
            }
            continue;
          }
          List<String> targets = targetsOf.get(mi).isEmpty() ? java.util.Collections.singletonList(null) : targetsOf.get(mi);
          for (String target : targets)
          for (MotionType t : types) {
            Draft d = new Draft(target, t, outcome, si);
            d.fromDocument = inDoc;
            d.renewed = m.renewed();
            d.rules.addAll(rules);
            d.evidence.add(m.evidence());
            if (p != null) {
              d.rules.add(p.rule());
              d.evidence.add(new Evidence(p.rule(), c[0], c[1], text.substring(c[0], c[1]).strip(), inDoc));
            }
            d.clause = c;
            out.add(d);
          }
          typedTargets.addAll(m.targets());
        }
        if (context != null && !context.isEmpty() && !phrases.isEmpty()) {
          Matcher b = BARE_CITES.reusable(text, c[0], c[1]);
          while (b.find()) {
            String n = b.group(1) != null ? b.group(1) : b.group(2) != null ? b.group(2) : b.group(3);
            if (typedTargets.contains(n) || !context.containsKey(n)) {
              continue;
            }
            OutcomeRules.Phrase p = nearest(phrases, b.start(), b.end());
            for (MotionType t : context.get(n)) {
              Draft d = new Draft(n, t, p.outcome(), si);
              d.fromDocument = inDoc;
              d.rules.add("target.docket_context");
              d.rules.add(p.rule());
              d.evidence.add(new Evidence(p.rule(), c[0], c[1], text.substring(c[0], c[1]).strip(), inDoc));
              d.clause = c;
              out.add(d);
            }
            typedTargets.add(n);
          }
        }
      }
    }
  }

  /**
   * Whether, without docket context, a sentence with these mentions can yield a ruling or an
   * anaphor: it names a typed motion, or an untyped one without a number where ANAPHOR may match.
   */
  private static boolean mayRule(String text, int sentenceStart, List<MotionMention> mentions) {
    for (MotionMention m : mentions) {
      if (!m.types().isEmpty()) {
        return true;
      }
      if (m.targets().isEmpty() && anaphorPossible(text, sentenceStart, m.headStart())) {
        return true;
      }
    }
    return false;
  }

  private static final String[] ANAPHOR_WORDS = {"the", "this", "said", "that"};

  /**
   * A necessary condition for ANAPHOR in text[max(clauseStart, hs - 12), hs) for any clause start at
   * or after the sentence's: the head starts a clause (at the sentence start or after the ';' or ')'
   * that ends a clause), or [.:;] or the|this|said|that and whitespace come right before it.
   */
  private static boolean anaphorPossible(String text, int sentenceStart, int hs) {
    if (hs == sentenceStart) {
      return true;
    }
    char before = text.charAt(hs - 1);
    if (before == ';' || before == ')') {
      return true;
    }
    int lead = Math.max(sentenceStart, hs - 12);
    int q = Needles.trailingSpaceStart(text, lead, hs);
    if (q > lead) {
      char c = text.charAt(q - 1);
      if (c == '.' || c == ':' || c == ';') {
        return true;
      }
    }
    if (q < hs) {
      for (String w : ANAPHOR_WORDS) {
        if (Needles.endsWith(text, lead, q, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Mentions that are the object of another filing named just before them ("Motion for Extension of
   * Time to File Response to Motion for Sanctions", "opposition to motion to compel 412"); a mention
   * whose title runs straight on from a nested one is nested too, unless it starts a new numbered item.
   */
  private static boolean[] nestedMentions(String text, int from, List<MotionMention> mentions) {
    boolean[] nested = new boolean[mentions.size()];
    for (int i = 0; i < mentions.size(); i++) {
      MotionMention m = mentions.get(i);
      int lead = Math.max(from, m.headStart() - 60);
      if ((Needles.any(text, lead, m.headStart(), RESPONSE_WORDS)
              && RESPONSE_LEAD.reusable(text, lead, m.headStart()).find())
          || (Needles.any(text, lead, m.headStart(), FILE_WORDS)
              && TO_BE_FILED.reusable(text, lead, m.headStart()).find())) {
        nested[i] = true;
        continue;
      }
      if (i == 0) {
        continue;
      }
      MotionMention prev = mentions.get(i - 1);
      int ps = Math.max(prev.headStart(), m.headStart() - 60);
      if (prev.titleEnd() < m.headStart()) {
        nested[i] =
            Needles.contains(text, ps, m.headStart(), "order")
                && CITED_ORDER_LEAD.reusable(text, ps, m.headStart()).find();
        continue;
      }
      if (LIST_ITEM.reusable(text, ps, m.headStart()).find()) {
        continue;
      }
      boolean leads = NESTED_LEAD.reusable(text, ps, m.headStart()).find();
      nested[i] = leads || nested[i - 1];
    }
    return nested;
  }

  /** Words one of which every match of RESPONSE_LEAD, and of TO_BE_FILED, contains. */
  private static final Needles.Words RESPONSE_WORDS =
      Needles.words("opposition", "response", "reply", "objection", "memorandum", "brief");

  private static final Needles.Words FILE_WORDS = Needles.words("file", "bring", "submit", "serve");

  /** "is", "are hereby", ...: what may stand between a title and its passive outcome ("... is DENIED"). */
  private static final NamedPattern PASSIVE_GAP =
      NamedPattern.of("ruling.passive_gap", "^[\\s,]*(?:(?:is|are|was|were|be|been|hereby|shall\\s+be|should\\s+be)\\s+)*$");

  /** Two outcome phrases coordinated: "granting in part and finding as moot in part", "denied ..., and granted ...". */
  private static final NamedPattern COORDINATED =
      NamedPattern.of("ruling.coordinated", "^[^;.]{0,80}?,?\\s+(?:and|but)\\s+(?:is\\s+|are\\s+)?$");

  /** "and Request for Sanctions", "and for Sanctions" right after a title: one combined motion. */
  private static final NamedPattern COMBINED_JOIN =
      NamedPattern.of("target.combined", "(?:^|\\s),?\\s*(?:and|&)\\s+(?:(?:a|an|the|for|related)\\s+)?$");

  /**
   * The entry numbers of each mention; a mention without its own number joined to the previous title by
   * "and" ("53 Motion to Compel Attendance and Request for Sanctions") shares the previous mention's.
   */
  private static List<List<String>> combinedTargets(String text, List<MotionMention> mentions) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      MotionMention m = mentions.get(i);
      List<String> t = m.targets();
      if (t.isEmpty() && i > 0) {
        MotionMention prev = mentions.get(i - 1);
        int joinFrom = prev.titleEnd() >= m.headStart() ? Math.max(prev.headStart(), m.headStart() - 20) : prev.titleEnd();
        if (!out.get(i - 1).isEmpty() && prev.titleEnd() >= m.headStart() - 12
            && COMBINED_JOIN.reusable(text, joinFrom, m.headStart()).find()) {
          t = out.get(i - 1);
        }
      }
      out.add(t);
    }
    return out;
  }

  private static OutcomeRules.Phrase phraseFor(String text, MotionMention m, List<OutcomeRules.Phrase> phrases) {
    for (OutcomeRules.Phrase p : phrases) {
      if (p.start() >= m.titleEnd() && p.start() - m.titleEnd() <= 24 && !p.active()
          && PASSIVE_GAP.reusable(text, m.titleEnd(), p.start()).lookingAt()) {
        return coordinated(text, p, phrases, true);
      }
    }
    OutcomeRules.Phrase before = null;
    for (OutcomeRules.Phrase p : phrases) {
      if (p.end() <= m.headStart() && (p.active() || p.anyDirection())) {
        before = p;
      }
    }
    if (before != null) {
      for (OutcomeRules.Phrase p : phrases) {
        if (p.end() <= before.start() && p.active() && splitDecision(p.outcome(), before.outcome())
            && !MotionTitles.HEAD.reusable(text, p.end(), before.start()).find()
            && COORDINATED.reusable(text, p.end(), before.start()).lookingAt()) {
          return new OutcomeRules.Phrase(Outcome.GRANTED_IN_PART, "ruling.split_decision", p.start(), before.end(), true, false);
        }
      }
      return before;
    }
    for (OutcomeRules.Phrase p : phrases) {
      if (p.start() >= m.titleEnd()) {
        return coordinated(text, p, phrases, false);
      }
    }
    return null;
  }

  /** A passive outcome followed by a contrary one for another part of the motion: granted in part. */
  private static OutcomeRules.Phrase coordinated(
      String text, OutcomeRules.Phrase p, List<OutcomeRules.Phrase> phrases, boolean unused) {
    for (OutcomeRules.Phrase q : phrases) {
      if (q.start() >= p.end() && !q.active() && splitDecision(p.outcome(), q.outcome())
          && COORDINATED.reusable(text, p.end(), q.start()).lookingAt()) {
        return new OutcomeRules.Phrase(Outcome.GRANTED_IN_PART, "ruling.split_decision", p.start(), q.end(), false, false);
      }
    }
    return p;
  }

  private static OutcomeRules.Phrase nearest(List<OutcomeRules.Phrase> phrases, int s, int e) {
    OutcomeRules.Phrase best = phrases.get(0);
    for (OutcomeRules.Phrase p : phrases) {
      if (p.end() <= s && p.active()) {
        best = p;
      }
    }
    if (best.end() > s || !best.active()) {
      for (OutcomeRules.Phrase p : phrases) {
        if (p.start() >= e) {
          return p;
        }
      }
    }
    return best;
  }

  /** "denying (47) Motion to Compel", "granting 45 Motion": only a court disposes of a cited motion. */
  private static final NamedPattern DISPOSES =
      NamedPattern.of(
          "kind.order.disposes_of_cited_motion",
          "^\\s*(?:it\\s+is\\s+(?:hereby\\s+)?)?ordered\\s*(?:that\\b|:)"
              + "|\\b(?:granting|denying|finding\\s+as\\s+moot|terminating|striking)(?<!\\border\\s{1,3}(?:granting|denying|finding\\s{1,3}as\\s{1,3}moot|terminating|striking))\\s+"
              + "(?:in\\s+part\\s+(?:and\\s+denying\\s+in\\s+part\\s+)?)?[\\[(]?\\d{1,5}[\\])]?\\s+(?:[\\w'’.-]+\\s+){0,3}?motion\\b");

  /** DISPOSES tried only at the text's start and where one of its verbs starts. */
  private static final StartGate DISPOSES_GATE =
      StartGate.wordsAnchored(DISPOSES, "granting", "denying", "finding", "terminating", "striking");

  /**
   * Evidence that a text the kind rules left as "other" is an order because it disposes of a cited
   * motion ("Judge A: Memorandum of Decision entered denying (47) Motion to Compel"), or null.
   */
  static Evidence disposesOfCitedMotion(String text) {
    StartGate.Search m = DISPOSES_GATE.search(text, 0, text.length());
    return m.find() ? new Evidence(DISPOSES.name(), m.start(), m.end(), m.group(), false) : null;
  }

  /** "The Motion is held in abeyance", "Motion is DENIED without prejudice": the motion the text is about. */
  private static final NamedPattern ANAPHOR =
      NamedPattern.of("ruling.anaphor", "(?:^|[.:;]\\s*|\\b(?:the|this|said|that)\\s+)$");

  /**
   * Ties rulings to motions named earlier: an untargeted ruling takes the number of the one motion of its
   * type the text cited in passing ("re [26] MOTION to Compel ... The Motion to Compel is taken under
   * submission"), and "the Motion is held in abeyance" decides the one discovery motion the text names.
   */
  private static void backReferences(List<Draft> drafts, List<Draft> passing, List<Draft> anaphors) {
    for (Draft d : drafts) {
      if (d.target != null) {
        continue;
      }
      String only = null;
      int n = 0;
      for (Draft p : passing) {
        if (p.type == d.type && p.target != null && !p.target.equals(only)) {
          only = p.target;
          n++;
        }
      }
      if (n == 1) {
        d.target = only;
        d.rules.add("target.back_reference");
      }
    }
    if (anaphors.isEmpty()) {
      return;
    }
    List<Draft> all = new ArrayList<>(drafts);
    if (all.isEmpty()) {
      for (Draft p : passing) {
        Draft d = new Draft(p.target, p.type, Outcome.OTHER, p.sentence);
        all.add(d);
      }
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Draft d : all) {
      keys.add(d.target + "|" + d.type);
    }
    if (keys.size() != 1) {
      return;
    }
    Draft a = anaphors.get(anaphors.size() - 1);
    for (Draft d : all) {
      boolean refines = d.outcome == Outcome.OTHER
          || (d.outcome == Outcome.DENIED && a.outcome == Outcome.DENIED_WITHOUT_PREJUDICE);
      if (refines && a.outcome != Outcome.OTHER) {
        d.outcome = a.outcome;
        d.rules.addAll(a.rules);
        d.evidence.addAll(a.evidence);
      }
    }
    if (drafts.isEmpty()) {
      drafts.addAll(all);
    }
  }

  /** "(Related Doc # 9)", "re 1" closing an entry: the motion the preceding ruling disposes of. */
  private static final NamedPattern RELATED_DOC =
      NamedPattern.of(
          "target.related_doc",
          "\\(\\s*Related\\s+Docs?\\s*#?\\s*(\\d{1,5})\\s*\\)|\\bre:?\\s+(\\d{1,5})\\s*\\.?\\s*$");

  /** Gives untargeted rulings of the docket text the first "Related Doc" citation after their clause. */
  private static void relatedDocTargets(String text, List<Draft> drafts) {
    Matcher r = null;
    for (Draft d : drafts) {
      if (d.target != null || d.fromDocument || d.clause == null) {
        continue;
      }
      if (r == null) {
        r = RELATED_DOC.reusable(text);
      }
      if (r.region(d.clause[0], text.length()).find()) {
        d.target = r.group(1) != null ? r.group(1) : r.group(2);
        d.rules.add(RELATED_DOC.name());
      }
    }
  }

  /** One part of a motion granted and another denied (or moot): granted in part. */
  static boolean splitDecision(Outcome a, Outcome b) {
    if (a == Outcome.GRANTED_IN_PART || b == Outcome.GRANTED_IN_PART) {
      return a != b && a != Outcome.OTHER && b != Outcome.OTHER;
    }
    boolean aGrant = a == Outcome.GRANTED;
    boolean bGrant = b == Outcome.GRANTED;
    boolean aNo = a == Outcome.DENIED || a == Outcome.MOOT || a == Outcome.DENIED_WITHOUT_PREJUDICE;
    boolean bNo = b == Outcome.DENIED || b == Outcome.MOOT || b == Outcome.DENIED_WITHOUT_PREJUDICE;
    return (aGrant && bNo) || (aNo && bGrant);
  }

  /** One ruling per (target, type); an untargeted ruling folds into a targeted one of its type. */
  private static List<Draft> merge(List<Draft> drafts) {
    Map<String, Draft> byKey = new LinkedHashMap<>();
    for (Draft d : drafts) {
      String key = d.target + "|" + d.type;
      Draft old = byKey.get(key);
      if (old == null) {
        byKey.put(key, d);
      } else if (old.outcome == Outcome.OTHER && d.outcome != Outcome.OTHER) {
        old.absorb(d);
      } else if (splitDecision(old.outcome, d.outcome)) {
        old.absorb(d);
        old.outcome = Outcome.GRANTED_IN_PART;
      }
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : byKey.values()) {
      if (d.target == null) {
        Draft host = null;
        for (Draft t : byKey.values()) {
          if (t.target != null && t.type == d.type) {
            host = t;
            break;
          }
        }
        if (host != null) {
          if (host.outcome == Outcome.OTHER && d.outcome != Outcome.OTHER) {
            host.absorb(d);
          }
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  private static void groundOf(List<Draft> rulings, String text, List<int[]> sentences, boolean inDoc) {
    if (rulings.isEmpty()) {
      return;
    }
    int lastSentenceWithRuling = -1;
    for (int si = 0; si < sentences.size(); si++) {
      int[] s = sentences.get(si);
      boolean sentenceHasRuling = false;
      if (!inDoc) {
        for (Draft d : rulings) {
          if (!d.fromDocument && d.sentence == si) {
            sentenceHasRuling = true;
          }
        }
      }
      ConferralRules.Finding f = ConferralRules.find(text, s[0], s[1]);
      if (f != null) {
        List<Draft> scope = new ArrayList<>();
        if (!inDoc) {
          for (Draft d : rulings) {
            if (!d.fromDocument && d.clause != null && d.clause[0] <= f.start() && f.start() < d.clause[1]) {
              scope.add(d);
            }
          }
          if (scope.isEmpty()) {
            int target = sentenceHasRuling ? si : lastSentenceWithRuling;
            for (Draft d : rulings) {
              if (target < 0 || (!d.fromDocument && d.sentence == target)) {
                scope.add(d);
              }
            }
          }
        } else {
          Matcher tw = TYPE_WORD.reusable(text, s[0], s[1]);
          MotionType named = null;
          if (tw.find()) {
            String w = tw.group().toLowerCase(java.util.Locale.ROOT);
            named = w.startsWith("compel") ? MotionType.COMPEL
                : w.startsWith("sanction") ? MotionType.SANCTIONS : MotionType.PROTECTIVE_ORDER;
          }
          for (Draft d : rulings) {
            if (named == null || d.type == named) {
              scope.add(d);
            }
          }
          if (scope.isEmpty()) {
            scope.addAll(rulings);
          }
        }
        for (Draft d : scope) {
          if (d.canRestOnConferral() && !d.conferralGround) {
            d.conferralGround = true;
            d.conferralKind = f.kind();
            d.groundFromDocument = inDoc;
            d.rules.add(f.rule());
            d.evidence.add(new Evidence(f.rule(), s[0], s[1], text.substring(s[0], s[1]).strip(), inDoc));
          } else if (d.conferralGround && d.conferralKind == ConferralKind.UNSPECIFIED
              && f.kind() != ConferralKind.UNSPECIFIED) {
            d.conferralKind = f.kind();
          }
        }
      }
      if (sentenceHasRuling) {
        lastSentenceWithRuling = si;
      }
    }
    for (Draft d : rulings) {
      if (d.conferralGround && d.renewed && d.conferralKind == ConferralKind.UNSPECIFIED) {
        d.conferralKind = ConferralKind.RENEWED_WITHOUT_CONFERRAL;
      }
    }
  }

  /** A ruling being assembled. */
  private static final class Draft {
    final String target0;
    String target;
    final MotionType type;
    Outcome outcome;
    final int sentence;
    int[] clause;
    boolean fromDocument;
    boolean groundFromDocument;
    boolean renewed;
    boolean conferralGround;
    ConferralKind conferralKind;
    final List<String> rules = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();

    Draft(String target, MotionType type, Outcome outcome, int sentence) {
      this.target0 = target;
      this.target = target;
      this.type = type;
      this.outcome = outcome;
      this.sentence = sentence;
    }

    boolean canRestOnConferral() {
      return switch (outcome) {
        case DENIED, DENIED_WITHOUT_PREJUDICE, STRICKEN, DEFERRED -> true;
        default -> false;
      };
    }

    void absorb(Draft d) {
      outcome = d.outcome;
      fromDocument |= d.fromDocument;
      rules.addAll(d.rules);
      evidence.addAll(d.evidence);
    }

    RulingLabel toLabel() {
      return new RulingLabel(
          target, type, outcome, conferralGround, conferralGround ? conferralKind : null,
          fromDocument || groundFromDocument, List.copyOf(new java.util.LinkedHashSet<>(rules)), List.copyOf(evidence));
    }
  }
}

package org.conferral.classify;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Sentences in which a court faults a movant's conferral (meet-and-confer) as a reason for its ruling,
 * with the vetoes that keep general statements of law, party arguments, adequacy findings and future
 * directions from counting.
 */
final class ConferralRules {

  /** A conferral-failure finding in one sentence. */
  record Finding(String rule, ConferralKind kind, int start, int end) {}

  private static final String CONFER =
      "(?:meet[- ]and[- ]confer|meet\\s+and\\s+confer|confer|consult|conferral|conference|consultation)";
  private static final String LOCAL_RULE =
      "(?:local\\s+(?:civil\\s+)?rules?|L\\.?\\s?(?:Civ\\.?\\s?)?R(?:Civ)?\\.?|LR|CivLR|LCivR|LCR|LRCiv|Loc\\.\\s?R\\.?|D\\.\\s?\\w+\\.?\\s?(?:Civ\\.?\\s?)?R(?:ule)?\\.?|NECivR|DUCivR|CV-|Civil\\s+L\\.?R\\.?|(?:Fed\\.\\s*R\\.\\s*Civ\\.\\s*P\\.|Rule)\\s*(?:26|37)"
          // a court-prefixed citation written as one token: D.C.COLO.LCivR, W.D.Wash.LCR
          + "|[A-Za-z.]+\\.(?:LCivR|LCvR|LCR|LR|CivR|LRCiv)\\b)";

  static final List<NamedPattern> FAILURES =
      List.of(
          NamedPattern.of(
              "ruling.conferral.failure_to_confer",
              "\\bfail(?:ed|ure|s|ing)?\\s+(?:\\w+\\s+){0,3}?to\\s+(?:(?:adequately|properly|sufficiently|meaningfully|personally|first|even)\\s+)?"
                  + "(?:meet\\s+and\\s+confer|meet-and-confer|confer|consult|engage\\s+in\\s+(?:a\\s+)?(?:good[- ]faith\\s+)?(?:conferral|conference|consultation))"),
          NamedPattern.of(
              "ruling.conferral.rule_not_followed",
              "\\b(?:fail(?:ed|ure|s|ing)?\\s+to\\s+(?:comply|satisfy|follow|abide)|non-?compliance|(?:does|did|do)\\s+not\\s+(?:comply|satisfy|meet|follow)"
                  + "|not\\s+in\\s+compliance)\\s+(?:with\\s+)?(?:the\\s+)?(?:[\\w.()\\-,]+\\s+){0,6}?"
                  + "(?:" + LOCAL_RULE + "|(?:meet[- ]and[- ]confer|conferral|conference|consultation|certification)\\s+(?:requirements?|obligations?|rules?|provisions?))"),
          NamedPattern.of(
              "ruling.conferral.not_conferred",
              "\\b(?:have|has|had|did|do|does)\\s+not\\s+(?:\\w+\\s+)?(?:met\\s+and\\s+conferred|meet\\s+and\\s+confer|conferred|confer|consulted)\\b"
                  + "|\\bnever\\s+(?:\\w+\\s+)?(?:met\\s+and\\s+conferred|conferred|spoke|talked)\\b|\\bwithout\\s+(?:first\\s+)?(?:meeting\\s+and\\s+conferring|conferring)"),
          NamedPattern.of(
              "ruling.conferral.no_reasonable_effort",
              "\\b(?:not|no|nor)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+|any\\s+)?(?:reasonable|good[- ]faith|sincere|genuine|diligent)\\s+(?:effort|attempt|conference)s?(?:\\s+to\\s+(?:confer|resolve|have\\s+one))?"
                  + "|\\bnot\\s+a\\s+(?:substantive\\s+)?(?:conference|conferral|good[- ]faith)\\b|\\bneither\\s+a\\s+substantive\\s+conference"),
          NamedPattern.of(
              "ruling.conferral.no_certification",
              "\\b(?:lacks?|lack\\s+of|without|absence\\s+of|no|does\\s+not\\s+(?:include|contain|have|attach)|did\\s+not\\s+(?:include|contain|attach|file)"
                  + "|not\\s+(?:include|contain|accompanied\\s+by)|missing|omit\\w*)\\s+(?:the\\s+|a\\s+|any\\s+|such\\s+)?(?:required\\s+)?"
                  + "(?:[\\w.()\\-]+\\s+){0,4}?(?:certification|certificate|statement|declaration|indication|showing)s?\\b(?=[^.]{0,80}(?:requir|confer|consult|conference|rule|" + CONFER + "))"),
          NamedPattern.of(
              "ruling.conferral.certification_deficient",
              "\\b(?:certification|certificate|statement|declaration)(?:\\s+of\\s+(?:conference|conferral|consultation))?\\s+(?:\\w+\\s+){0,3}?"
                  + "(?:does|did)\\s+not\\s+(?:comply|satisfy|reflect|describe|show|meet|establish|identify)|\\bconclusory\\s+(?:certification|statement|certificate)"),
          NamedPattern.of(
              "ruling.conferral.pending_compliance",
              "\\b(?:abeyance|defer\\w*|held)\\s+(?:\\w+\\s+){0,3}?pending\\s+(?:a\\s+showing\\s+of\\s+)?compliance\\s+with|pending\\s+(?:a\\s+showing\\s+of\\s+)?compliance\\s+with\\s+(?:[\\w.]+\\s+){0,4}?" + LOCAL_RULE),
          NamedPattern.of(
              "ruling.conferral.supplement_to_comply",
              "\\b(?:information|showing|certification|certificate|statement|declaration)\\s+(?:\\w+\\s+){0,2}?(?:necessary|needed|required)\\s+to\\s+"
                  + "(?:comply|show\\s+compliance)\\s+with\\s+(?:(?:all|the|requirements?|of)\\s+){0,4}" + LOCAL_RULE),
          NamedPattern.of(
              "ruling.conferral.refile_after_conferring",
              "\\bwithout\\s+prejudice\\s+to\\s+(?:re-?filing|renew\\w*|re-?fil\\w+)\\s+(?:\\w+\\s+){0,2}?(?:after|once|upon|following)\\s+(?:the\\s+parties\\s+|counsel\\s+)?(?:have\\s+)?(?:meet|met|confer|meaningfully)"),
          NamedPattern.of(
              "ruling.conferral.letters_insufficient",
              "\\b(?:letters?|e-?mails?|correspondence)\\b[^.]{0,80}\\b(?:does|do|is|are|was|were)\\s+not\\s+(?:\\w+\\s+){0,2}?(?:constitute|satisfy|suffice|sufficient|enough|meet|a\\s+(?:reasonable|good|substantive))"
                  + "|\\bmore\\s+than\\s+(?:an?\\s+)?(?:exchange\\s+of\\s+)?(?:letters?|e-?mails?)\\b(?=[^.]{0,60}\\brequire)"));

  /**
   * Per rule of {@link #FAILURES}, in order: words one of which every match contains (a prefilter),
   * and for some a second list every match also contains one of.
   */
  private static final String[][] NEEDLES = {
    {"fail"},
    {"fail", "compl", "not"},
    {"not", "never", "without"},
    {"no", "neither"},
    {"certific", "statement", "declaration", "indication", "showing"},
    {"certific", "statement", "declaration"},
    {"pending"},
    {"necessary", "needed", "required"},
    {"prejudice"},
    {"letter", "mail", "correspondence", "more"},
  };

  private static final String[][] ALSO = {
    {"confer", "consult", "conferral"},
    null,
    {"confer", "consult", "spoke", "talked"},
    {"effort", "attempt", "conferen", "conferral", "good"},
    null,
    null,
    {"compliance"},
    {"compl"},
    {"meet", "met", "confer", "meaningfully"},
    null,
  };

  /** Whole-sentence vetoes: law stated in general, arguments of a party, adequacy, excuse. */
  private static final NamedPattern VETO =
      NamedPattern.of(
          "ruling.conferral.veto",
          "\\b(?:may|can|could|would|might|should|must)\\b(?!\\s+not\\s+(?:consider|entertain|hear))|\\b(?:if|unless|whenever)\\b|\\b(?:argues?|contends?|asserts?|claims?|maintains?|insists?|responds?)\\b"
              + "|\\bexcus(?:e|es|ed|ing)\\b|\\breach(?:es)?\\s+the\\s+merits|\\bon\\s+the\\s+merits|\\b(?:satisfied|satisfies|complied)\\b"
              + "|\\b(?:is|was|are|were)\\s+(?:\\w+\\s+)?(?:adequate|sufficient)\\b|(?<!which\\s)\\brequires?\\s+(?:that\\s+)?(?:the\\s+)?(?:parties|movant|counsel|a\\s+motion)");

  private static final NamedPattern VETO_SATISFIED_NEGATED =
      NamedPattern.of("ruling.conferral.not_satisfied", "\\b(?:not|never)\\s+(?:\\w+\\s+){0,2}?(?:satisf|compl)");

  private static final NamedPattern LETTERS =
      NamedPattern.of("conferral.kind.letters", "\\b(?:letters?|e-?mails?|correspondence|fax\\w*)\\b");
  private static final NamedPattern PRO_SE =
      NamedPattern.of("conferral.kind.pro_se", "\\bpro\\s+se\\b");
  private static final NamedPattern AFTER_FILING =
      NamedPattern.of(
          "conferral.kind.after_filing",
          "\\bafter\\s+(?:filing|the\\s+motion\\s+was\\s+filed)|\\bbefore\\s+the\\s+(?:stated\\s+)?deadline|\\bpost-filing");
  private static final NamedPattern RENEWED =
      NamedPattern.of("conferral.kind.renewed", "\\b(?:renewed|again|still|once\\s+more|second)\\b");

  private ConferralRules() {}

  /** The first conferral-failure finding in sentence text[start, end), or null. */
  static Finding find(String text, int start, int end) {
    String folded = Needles.folded(text, start, end);
    for (int r = 0; r < FAILURES.size(); r++) {
      if (!Needles.any(folded, NEEDLES[r]) || !Needles.any(folded, ALSO[r])) {
        continue;
      }
      NamedPattern p = FAILURES.get(r);
      Matcher m = p.reusable(text, start, end);
      if (m.find()) {
        Matcher veto = VETO.reusable(text, start, end);
        if (veto.find()) {
          String v = veto.group();
          boolean negatedAdequacy =
              (v.startsWith("satisf") || v.startsWith("compl") || v.startsWith("Satisf"))
                  && VETO_SATISFIED_NEGATED.reusable(text, start, end).find();
          if (!negatedAdequacy) {
            return null;
          }
        }
        return new Finding(p.name(), kindOf(text, start, end, p.name()), m.start(), m.end());
      }
    }
    return null;
  }

  private static ConferralKind kindOf(String text, int start, int end, String rule) {
    if (PRO_SE.reusable(text, start, end).find()) {
      return ConferralKind.PRO_SE_MOVANT;
    }
    if (LETTERS.reusable(text, start, end).find()) {
      return ConferralKind.LETTERS_ONLY;
    }
    if (AFTER_FILING.reusable(text, start, end).find()) {
      return ConferralKind.AFTER_FILING;
    }
    if (RENEWED.reusable(text, start, end).find()) {
      return ConferralKind.RENEWED_WITHOUT_CONFERRAL;
    }
    if (rule.endsWith("no_certification")) {
      return ConferralKind.NO_CERTIFICATION;
    }
    if (rule.endsWith("certification_deficient")) {
      return ConferralKind.CONCLUSORY_CERTIFICATION;
    }
    return ConferralKind.UNSPECIFIED;
  }
}

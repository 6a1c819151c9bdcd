package org.conferral.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Orders by which the court enters (or declines) a protective order the parties agreed to (LABELS.md
 * convention 3): "STIPULATED PROTECTIVE ORDER", "STIPULATION AND ORDER FOR PROTECTIVE ORDER", "ORDER
 * adopting 32 Joint Stipulation for Protective Order", "PROTECTIVE ORDER ... with the consent of
 * counsel". A protective order the court issues with no sign of agreement is not a ruling on a motion,
 * and one the text merely refers to ("objection under the Stipulated Protective Order") is not either.
 */
final class AgreedProtectiveOrders {

  /** One protective-order ruling: the stipulation's entry number (or null) and the outcome. */
  record Entered(String target, Outcome outcome, Evidence evidence) {}

  /** AGREED_PO's one alternative that needs no "protective": a stipulation about confidential material. */
  private static final String STIPULATION_OF_CONFIDENTIALITY =
      "\\bstipulation\\b[^.;]{0,120}?(?:confidential|protected|non-public|sensitive)\\s+(?:information|material|discovery|documents)";

  /** Words one of which that alternative needs. */
  private static final Needles.Words CONFIDENTIAL =
      Needles.words("confidential", "protected", "non-public", "sensitive");

  private static final NamedPattern AGREED_PO =
      NamedPattern.of(
          "ruling.protective_order.entered",
          "(?=[sacjqhp])(?:\\b(?:stipulated|agreed|confidentiality|consent(?:ed)?|joint|qualified|hipaa)\\s+(?:and\\s+)?(?:\\[?proposed\\]?\\s+)?"
              + "(?:(?:amended|discovery|confidentiality|qualified|two-tier(?:ed)?|\"?attorneys'?\\s+eyes\\s+only\"?)\\s+)*protective\\s+orders?\\b"
              + "|\\bstipulat\\w*\\b[^;]{0,60}?\\bprotective\\s+orders?\\b"
              + "|" + STIPULATION_OF_CONFIDENTIALITY
              + "|\\bprotective\\s+order\\b[^;.]{0,40}?\\b(?:is\\s+|are\\s+|be\\s+)?(?:hereby\\s+)?(?:adopted|approved|so\\s+ordered)\\b"
              + "|\\b(?:adopt|approv)(?:s|ed|ing)\\s+(?:the\\s+)?(?:parties'?\\s+)?(?:[\\w'-]+\\s+){0,3}?protective\\s+order)");

  /** AGREED_PO tried only where one of its first words starts (each alternative opens with \b). */
  private static final StartGate AGREED_PO_GATE =
      StartGate.words(
          AGREED_PO, "stipulat", "agreed", "confidentiality", "consent", "joint", "qualified",
          "hipaa", "protective", "adopt", "approv");

  /**
   * AGREED_PO where the text holds no "protective": every other alternative contains the word, so
   * there this one alone finds the same matches. Same rule name.
   */
  private static final NamedPattern AGREED_CONFIDENTIALITY =
      NamedPattern.of(AGREED_PO.name(), STIPULATION_OF_CONFIDENTIALITY);

  private static final StartGate AGREED_CONFIDENTIALITY_GATE =
      StartGate.words(AGREED_CONFIDENTIALITY, "stipulation");

  /** Words before a match that make it a reference to an order already in place. */
  private static final NamedPattern REFERENCE =
      NamedPattern.of(
          "ruling.protective_order.reference",
          "\\b(?:of|under|with|pursuant\\s+to|violat\\w*|breach\\w*|enforce\\w*|modify(?:ing)?|amend(?:ing|s)?"
              + "|regarding|concerning|submit|file|lodge|draft|negotiate|propose)\\s+"
              + "(?:the\\s+|this\\s+|a\\s+|its\\s+|their\\s+|court's\\s+)?(?:parties'?\\s+)?(?:\\w+\\s+)?$");

  /** "PROTECTIVE ORDER as to ..." heading an order made on the parties' consent. */
  private static final NamedPattern PO_HEADING =
      NamedPattern.of("ruling.protective_order.heading", "^\\s*(?:\\[?proposed\\]?\\s+)?protective\\s+order\\b");

  private static final NamedPattern CONSENT =
      NamedPattern.of(
          "ruling.protective_order.consent",
          "\\bwith\\s+the\\s+consent\\b|\\bconsent(?:ed)?\\s+(?:of|to|by)\\b|\\bstipulat\\w*|\\bagreed\\b|\\bjointly\\b|\\bby\\s+agreement\\b|\\bagreement\\s+of\\s+the\\s+parties\\b");

  private static final NamedPattern DECLINED =
      NamedPattern.of(
          "ruling.protective_order.declined",
          "\\bnot\\s+(?:be\\s+)?approved\\b|\\bdisapprov\\w*|\\bdeclin\\w*\\s+to\\s+(?:approve|enter|sign|adopt)|\\b(?:is|are)\\s+(?:hereby\\s+)?(?:denied|rejected)\\b");

  private static final NamedPattern WITHOUT_PREJUDICE =
      NamedPattern.of("ruling.protective_order.without_prejudice", "\\bwithout\\s+prejudice\\b");

  /** The stipulation's entry number: "adopting 17 Stipulation", "Stipulated Protective Order 40". */
  private static final NamedPattern STIPULATION_CITE =
      NamedPattern.of(
          "target.stipulation",
          "[\\[(]?(\\d{1,5})[\\])]?\\s+(?:(?:the|parties'?|joint|supplemental|proposed|stipulated|amended|agreed)\\s+)*"
              + "(?:stipulation|stipulated\\s+protective\\s+order|protective\\s+order)\\b"
              + "|\\b(?:stipulation|stipulated\\s+protective\\s+order)\\s+(?:\\(?(?:ECF|Dkt|Doc|Filing)\\.?\\s*(?:No\\.?\\s*)?)?(\\d{1,5})\\b(?!\\s*(?:days|/|-))");

  /** How far into a docket text the agreed order is looked for. */
  static final int CAPTION = 600;

  private static final NamedPattern PROTECTIVE =
      NamedPattern.of("ruling.protective_order.mentioned", "\\bprotective\\s+order");

  /** "adopting 39 stipulation", "granting 91 Stipulation" in an order about a protective order. */
  private static final NamedPattern ADOPTED_STIPULATION =
      NamedPattern.of(
          "ruling.protective_order.stipulation_adopted",
          "\\b(?:adopt|approv|grant)(?:s|ed|ing)\\s+(?:the\\s+)?(?:parties'?\\s+)?(?:(?:joint|supplemental)\\s+)*[\\[(]?\\d{1,5}[\\])]?\\s+"
              + "(?:(?:joint|supplemental)\\s+)*stipulation\\b");

  private AgreedProtectiveOrders() {}

  /** The agreed protective orders a (docket) text enters, or an empty list. */
  static List<Entered> find(String text) {
    int end = Math.min(text.length(), CAPTION);
    // every rule below but one needs "protective" in the caption; that one needs "stipulation" and
    // a word of CONFIDENTIAL
    boolean protective = Needles.contains(text, 0, end, "protective");
    if (!protective
        && !(Needles.contains(text, 0, end, "stipulation") && Needles.any(text, 0, end, CONFIDENTIAL))) {
      return List.of();
    }
    StartGate.Search m = (protective ? AGREED_PO_GATE : AGREED_CONFIDENTIALITY_GATE).search(text, 0, end);
    Evidence ev = null;
    int at = -1;
    while (m.find()) {
      boolean reference =
          REFERENCE.reusable(text, Math.max(0, m.start() - 40), m.start()).find();
      if (!reference) {
        ev = new Evidence(AGREED_PO.name(), m.start(), m.end(), m.group(), false);
        at = m.end();
        break;
      }
    }
    if (ev == null && protective && PROTECTIVE.reusable(text, 0, end).find()) {
      Matcher a = ADOPTED_STIPULATION.reusable(text, 0, end);
      if (a.find()) {
        ev = new Evidence(ADOPTED_STIPULATION.name(), a.start(), a.end(), a.group(), false);
        at = a.end();
      }
    }
    if (ev == null && protective && PO_HEADING.reusable(text).lookingAt()) {
      Matcher c = CONSENT.reusable(text, 0, Math.min(text.length(), 1500));
      if (c.find()) {
        ev = new Evidence(CONSENT.name(), c.start(), c.end(), c.group(), false);
        at = c.end();
      }
    }
    if (ev == null) {
      return List.of();
    }
    Outcome outcome = Outcome.GRANTED;
    Matcher no = DECLINED.reusable(text, Math.max(0, ev.start() - 80), Math.min(text.length(), at + 120));
    if (no.find()) {
      boolean wop = WITHOUT_PREJUDICE.reusable(text, no.start(), Math.min(text.length(), no.end() + 80)).find();
      outcome = wop ? Outcome.DENIED_WITHOUT_PREJUDICE : Outcome.DENIED;
    }
    List<Entered> out = new ArrayList<>();
    Matcher cite = STIPULATION_CITE.reusable(text, 0, end);
    List<String> seen = new ArrayList<>();
    while (cite.find()) {
      String n = cite.group(1) != null ? cite.group(1) : cite.group(2);
      if (!seen.contains(n)) {
        seen.add(n);
        out.add(new Entered(n, outcome, new Evidence(STIPULATION_CITE.name(), cite.start(), cite.end(), cite.group(), false)));
      }
    }
    if (out.isEmpty()) {
      out.add(new Entered(null, outcome, ev));
    }
    return out;
  }
}

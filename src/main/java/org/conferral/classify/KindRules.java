package org.conferral.classify;

import java.util.List;
import java.util.regex.Matcher;

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
              + "|(?:(?:senior|chief|u\\.s\\.|united states)\\s+)*(?:district|magistrate|bankruptcy|circuit)?\\s*judge"
              + "\\s+[^:;.]{1,60}?:\\s*)*");

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
              "(?:minute\\s+entry|minutes\\b|bench\\s+trial|jury\\s+trial\\s+(?:held|begun|completed)|set/reset|set\\s+(?:deadlines|motion|hearing)"
                  + "|motions?\\s+hearing|(?:status|pretrial|scheduling|settlement)\\s+conference\\s+(?:held|set)"
                  + "|notice\\s+of\\s+(?:hearing|scheduling|vacated|rescheduled|setting)|notice\\s+to\\s+(?:appear|the\\s+parties)"
                  + "|electronic\\s+notice\\s+(?:setting|of\\s+hearing)|clerk'?s\\s+notice|cja\\s+20)\\b"));

  private static final NamedPattern HEARING_SET =
      NamedPattern.of("kind.order.hearing_set", "^[^.;]{0,160}\\b(?:hearing|conference)\\s+(?:set|reset)\\s+for\\b");

  private static final NamedPattern MOTION_START =
      NamedPattern.of(
          "kind.motion.title",
          "(?:(?:[\\w'’&/.-]+\\s+){0,4}?)(?:motions?|letter\\s+motion|application|petition|request)\\b(?!\\s+hearing)");

  private static final NamedPattern MOTION_LEAD_VETO =
      NamedPattern.of(
          "kind.motion.veto",
          "^(?:[\\w'’&/.-]+\\s+){0,4}?(?:order|response|reply|opposition|notice|memorandum|brief|declaration|affidavit"
              + "|exhibit|objection|support|re|on|regarding|denying|granting|hearing|statement|proposed|certificate|transcript"
              + "|minute|letter\\s+from|answer)\\b");

  private static final NamedPattern STIPULATION =
      NamedPattern.of(
          "kind.motion.stipulation",
          "(?:joint\\s+|proposed\\s+|agreed\\s+)?stipulat(?:ion|ed)\\b(?![^.;]{0,40}\\b(?:and|&|;)\\s+(?:amended\\s+)?(?:protective\\s+)?order\\b(?!\\s+thereon))");

  private static final NamedPattern SIGNED =
      NamedPattern.of(
          "kind.order.signed",
          "\\b(?:signed|ordered|entered|approved|issued)\\s+by\\s+(?:the\\s+)?(?:hon(?:orable|\\.)?\\s+)?(?:senior\\s+|chief\\s+|u\\.\\s?s\\.\\s+)?(?:district\\s+|magistrate\\s+|bankruptcy\\s+)?judge\\b|\\bso\\s+ordered\\b");

  private KindRules() {}

  /** The kind plus the evidence span (offsets into text). */
  record Kind(EntryKind kind, Evidence evidence) {}

  static Kind classify(String text) {
    if (text == null || text.isEmpty()) {
      return new Kind(EntryKind.OTHER, null);
    }
    int limit = Math.min(text.length(), 400);
    Matcher p = PREFIX.matcher(text).region(0, limit);
    int start = p.lookingAt() ? p.end() : 0;
    Matcher h = HEARING_SET.matcher(text).region(start, limit);
    if (h.lookingAt()) {
      return kind(EntryKind.ORDER, HEARING_SET.name(), text, start, h.end());
    }
    Matcher m = MOTION_START.matcher(text).region(start, limit);
    if (m.lookingAt()) {
      Matcher veto = MOTION_LEAD_VETO.matcher(text).region(start, m.end());
      if (!veto.lookingAt()) {
        return kind(EntryKind.MOTION, MOTION_START.name(), text, start, m.end());
      }
    }
    for (NamedPattern rule : ORDER_START) {
      Matcher o = rule.matcher(text).region(start, limit);
      if (o.lookingAt()) {
        return kind(EntryKind.ORDER, rule.name(), text, start, o.end());
      }
    }
    Matcher s = SIGNED.matcher(text);
    boolean signed = s.find();
    Matcher st = STIPULATION.matcher(text).region(start, limit);
    if (st.lookingAt() && !signed) {
      return kind(EntryKind.MOTION, STIPULATION.name(), text, start, st.end());
    }
    if (signed) {
      return kind(EntryKind.ORDER, SIGNED.name(), text, s.start(), s.end());
    }
    return new Kind(EntryKind.OTHER, null);
  }

  private static Kind kind(EntryKind k, String rule, String text, int start, int end) {
    return new Kind(k, new Evidence(rule, start, end, text.substring(start, end), false));
  }
}

package org.conferral.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.conferral.classify.DiscoveryKeywords.Cue;

/**
 * Labels docket entries (gold/LABELS.md): kind, discovery motion types, and for orders one ruling per
 * discovery motion ruled on, with outcome, conferral ground, rule names and evidence. Built once and
 * reused; immutable and safe to share between threads.
 */
public final class EntryClassifier {

  private static final NamedPattern CONFERRAL_CERTIFIED =
      NamedPattern.of(
          "motion.conferral_certified",
          "\\b(?:meet\\s+and\\s+confer|met\\s+and\\s+conferred|good[- ]faith\\s+(?:conferral|conference|certification)"
              + "|certificat(?:e|ion)\\s+of\\s+(?:conference|conferral|counsel|good\\s+faith)|local\\s+rule\\s+(?:37|26|7\\.1|3\\.01)|conferred)\\b");

  private final DiscoveryKeywords keywords = new DiscoveryKeywords();
  /** When false, every rule runs on every entry as if all cue words were present (for tests). */
  private final boolean gated;

  public EntryClassifier() {
    this(true);
  }

  /** An order's decretal words or heading, in its document's text. */
  private static final java.util.regex.Pattern DOCUMENT_IS_ORDER =
      java.util.regex.Pattern.compile(
          "\\bIT\\s+IS\\s+(?:(?:SO|THEREFORE|FURTHER|HEREBY|ACCORDINGLY)\\s+)*ORDERED\\b"
              + "|\\A\\s*(?:(?:MEMORANDUM|OPINION)\\s+(?:AND|&)\\s+)?ORDER\\b|\\bSO\\s+ORDERED\\b");

  EntryClassifier(boolean gated) {
    this.gated = gated;
  }

  /** Labels one entry on its own (no docket context). text is required; documentText may be null. */
  public EntryLabels classify(String text, String documentText) {
    return classify(text, documentText, Map.of());
  }

  /** Labels the entries of one docket, in order; orders may use earlier motions to type "granting 45". */
  public List<EntryLabels> classifyDocket(List<DocketEntryText> entries) {
    List<EntryLabels> out = new ArrayList<>(entries.size());
    Map<String, List<MotionType>> context = new HashMap<>();
    for (DocketEntryText e : entries) {
      EntryLabels labels = classify(e.text(), e.documentText(), context);
      out.add(labels);
      if (labels.kind() == EntryKind.MOTION && !labels.motionTypes().isEmpty() && e.entryNumber() != null) {
        context.put(e.entryNumber().strip(), labels.motionTypes());
      }
    }
    return out;
  }

  private EntryLabels classify(String text, String doc, Map<String, List<MotionType>> context) {
    String t = text == null ? "" : text;
    DiscoveryKeywords.Scan cues = keywords.scan(t);
    KindRules.Kind kind = KindRules.classify(t, gated ? cues : DiscoveryKeywords.Scan.everywhere());
    boolean hasDoc = doc != null && !doc.isBlank();
    if (kind.kind() == EntryKind.OTHER && t.length() > OrderRulings.DOCUMENT_LENGTH) {
      // a whole order pasted as text
      kind = new KindRules.Kind(EntryKind.ORDER, new Evidence("kind.order.document", 0, 0, "", false));
    }
    if (kind.kind() == EntryKind.OTHER && hasDoc) {
      // an entry known by a caption or a case name whose filed document is an order (CourtListener
      // opinion clusters, orders-only exports): the document decides the kind
      Matcher decree = DOCUMENT_IS_ORDER.matcher(doc);
      if (decree.find()) {
        kind =
            new KindRules.Kind(
                EntryKind.ORDER,
                new Evidence(
                    "kind.order.document_decrees", decree.start(), decree.end(), decree.group(), true));
      }
    }
    if (kind.kind() == EntryKind.OTHER && (!gated || cues.has(Cue.DISCOVERY))) {
      // an entry that disposes of a cited motion is an order, whatever its first words
      Evidence disposes = OrderRulings.disposesOfCitedMotion(t);
      if (disposes != null) {
        kind = new KindRules.Kind(EntryKind.ORDER, disposes);
      }
    }
    if (kind.kind() == EntryKind.OTHER) {
      return labels(EntryKind.OTHER, kind, List.of(), List.of());
    }
    if (hasDoc) {
      cues = cues.or(keywords.scan(doc));
    }
    boolean discovery = cues.has(Cue.DISCOVERY);
    if (kind.kind() == EntryKind.MOTION) {
      if (!discovery) {
        return labels(EntryKind.MOTION, kind, List.of(), List.of());
      }
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(kind.evidence());
      return motion(t, evidence);
    }
    boolean contextHit = !context.isEmpty() && mentionsKnownMotion(t, context);
    if (!discovery && !contextHit) {
      return labels(EntryKind.ORDER, kind, List.of(), List.of());
    }
    List<String> cited =
        !gated || cues.has(Cue.CITATION) ? MotionTitles.citedEntries(t) : List.<String>of();
    // OrderRulings rules only on motions named in the text (or cited from the docket context) whose
    // title a MotionTitles type rule types, and on stipulated protective orders near the start:
    // without their cue words it finds nothing
    boolean rulingPossible =
        contextHit
            || !gated
            || cues.typedTitle()
            || cues.endsBy(Cue.RULING_PROTECTIVE_ORDER, 400)
            || cues.endsBy(Cue.RULING_STIPULATION, 100);
    List<RulingLabel> rulings =
        rulingPossible
            ? OrderRulings.read(
                t, hasDoc ? doc : null, context, gated ? cues : DiscoveryKeywords.Scan.everywhere())
            : List.of();
    return labels(EntryKind.ORDER, kind, rulings, cited);
  }

  private static EntryLabels labels(
      EntryKind k, KindRules.Kind kind, List<RulingLabel> rulings, List<String> cited) {
    List<Evidence> evidence = kind.evidence() == null ? List.of() : List.of(kind.evidence());
    return new EntryLabels(k, List.of(), rulings, false, false, false, cited, evidence);
  }

  private static boolean mentionsKnownMotion(String t, Map<String, List<MotionType>> context) {
    for (String n : context.keySet()) {
      int i = t.indexOf(n);
      while (i >= 0) {
        boolean leftOk = i == 0 || !Character.isDigit(t.charAt(i - 1));
        int e = i + n.length();
        boolean rightOk = e >= t.length() || !Character.isDigit(t.charAt(e));
        if (leftOk && rightOk) {
          return true;
        }
        i = t.indexOf(n, i + 1);
      }
    }
    return false;
  }

  private EntryLabels motion(String t, List<Evidence> evidence) {
    int limit = Math.min(t.length(), 600);
    List<MotionMention> mentions = MotionTitles.find(t, 0, limit, false);
    Set<MotionType> types = EnumSet.noneOf(MotionType.class);
    boolean renewed = false;
    boolean joint = false;
    for (int i = 0; i < mentions.size(); i++) {
      MotionMention m = mentions.get(i);
      if (i > 0 && !ownMotion(t, mentions.get(i - 1), m)) {
        break;
      }
      if (m.target() != null && i == 0 && m.headStart() > 0 && isReference(t, m)) {
        break;
      }
      types.addAll(m.types());
      renewed |= m.renewed();
      joint |= m.joint();
      if (m.isDiscovery()) {
        evidence.add(m.evidence());
      }
    }
    if (types.isEmpty() && mentions.isEmpty()) {
      // a stipulation or request without a head word: look at the whole title
      for (MotionTitles.TypeRule r : MotionTitles.TYPE_RULES) {
        Matcher m = r.pattern().reusable(t, 0, Math.min(t.length(), 200));
        if (m.find()) {
          types.add(r.type());
          evidence.add(new Evidence(r.pattern().name(), m.start(), m.end(), m.group(), false));
        }
      }
    }
    joint |= t.regionMatches(true, 0, "stipulat", 0, 8) || t.regionMatches(true, 0, "joint", 0, 5);
    boolean certified = CONFERRAL_CERTIFIED.reusable(t).find();
    List<MotionType> ordered = new ArrayList<>(types);
    return new EntryLabels(
        EntryKind.MOTION, List.copyOf(ordered), List.of(), renewed, joint, certified,
        MotionTitles.citedEntries(t), evidence);
  }

  /** A later motion head is the entry's own when joined by a comma, "and", "or" or "/". */
  private static boolean ownMotion(String t, MotionMention prev, MotionMention m) {
    String between = t.substring(prev.titleEnd(), m.headStart()).toLowerCase(java.util.Locale.ROOT);
    if (prev.titleEnd() == m.headStart() && prev.titleEnd() > prev.headStart()) {
      String tail = t.substring(Math.max(prev.headStart(), m.headStart() - 40), m.headStart()).toLowerCase(java.util.Locale.ROOT);
      return JOINED_TAIL.matcher(tail).matches();
    }
    return JOINED_BETWEEN.matcher(between).matches();
  }

  // compiled once (String.matches compiled them on every call)
  private static final java.util.regex.Pattern JOINED_TAIL =
      java.util.regex.Pattern.compile(
          "(?s).*(?:[,;/]|\\band|\\bor|&)\\s*(?:(?:an?|the|second|renewed|amended|joint|emergency|cross|alternative|in\\s+the\\s+alternative,?)\\s+)*");
  private static final java.util.regex.Pattern JOINED_BETWEEN =
      java.util.regex.Pattern.compile(
          "(?s)\\s*(?:[,;/]|and|or|&)?\\s*(?:(?:an?|the|defendant'?s?|plaintiff'?s?|second|renewed|amended|joint|emergency|cross|alternative|in\\s+the\\s+alternative,?)\\s+)*");
  private static final java.util.regex.Pattern REFERENCE_LEAD =
      java.util.regex.Pattern.compile(
          "(?s).*\\b(?:re:?|to|in|of|on|regarding)\\s+(?:\\[?\\d+\\]?\\s+)?(?:[\\w'’]+\\s+){0,3}$");

  private static boolean isReference(String t, MotionMention m) {
    String before = t.substring(0, m.headStart()).toLowerCase(java.util.Locale.ROOT);
    return REFERENCE_LEAD.matcher(before).matches();
  }
}

package org.conferral.report;

import java.util.List;
import java.util.Locale;
import org.conferral.report.ReportData.EvidenceRow;
import org.conferral.report.ReportData.Rate;

/**
 * The report's prose: definitions, how classification and linking work, known limits. Plain text
 * (no markup) so the Markdown and HTML renderers share it; numbers in it come from the run.
 */
final class Methods {
  static final String NOT_MEASURED =
      "Not measured in this build: conferral evaluate has not been run on the gold sets for this"
          + " code version, so no accuracy figure is given. Read the rates as the output of"
          + " unvalidated rules and audit them through the evidence appendix and the conferral-denied"
          + " extract.";

  static final String RECORDS_READ =
      "Records read = ingested + rejected for every source; lost must be 0. Files of no known"
          + " format are counted under unknown.";

  private Methods() {}

  /** The top-line sentence, or why there is none. */
  static String topLine(ReportData d, boolean plain) {
    Rate all = d.overall();
    if (all == null || all.nRuled() == 0) {
      return "No discovery motion was ruled on in this input, so no rate can be given.";
    }
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%sConferral-denial rate: %s%s (95%% Wilson interval %s to %s): %d of %d discovery"
                + " motions ruled on were denied or stricken in whole for insufficient conferral.",
            plain ? "" : "**", SummaryReport.pct(all.rate()), plain ? "" : "**",
            SummaryReport.pct(all.lower()), SummaryReport.pct(all.upper()),
            all.nDeniedConferral(), all.nRuled()));
    if (all.suppressed()) {
      s.append(" Fewer than ").append(d.minCell()).append(" ruled motions: read with care.");
    }
    s.append(
        String.format(
            Locale.ROOT,
            " Motions found: %d; ruled on: %d; denied: %d; denied for conferral: %d; counting"
                + " partial denials: %d (%s).",
            all.nMotions(), all.nRuled(), all.nDenied(), all.nDeniedConferral(),
            all.nDeniedConferralPartial(), SummaryReport.pct(all.ratePartial())));
    if (all.shareOfDenials() != null) {
      s.append(" Share of all denials resting on conferral: ")
          .append(SummaryReport.pct(all.shareOfDenials())).append(".");
    }
    s.append(" Moot, withdrawn, deferred and never-ruled motions are counted but are not in the"
        + " rate's denominator.");
    return s.toString();
  }

  /** The methods section, one paragraph per string. */
  static List<String> paragraphs(ReportData d) {
    return List.of(
        "Definitions. A discovery motion is a motion to compel discovery (Fed. R. Civ. P. 37(a)),"
            + " a motion for sanctions, or a motion for a protective order or to quash a subpoena"
            + " (Rule 26(c)). The conferral-denial rate is the share of motions ruled on (granted,"
            + " granted in part, denied, denied without prejudice, stricken) whose final ruling"
            + " denies or strikes them in whole because the movant did not meet and confer, or did"
            + " not certify that it had, before filing. Two variants are reported beside it: the"
            + " same count including partial denials on a conferral ground, and the share of all"
            + " denials that rest on conferral.",
        "Classification. Each docket entry, and the filed order's text where the source has it,"
            + " is read by named rules (keyword patterns over the text): one set finds motions and"
            + " their type, another finds orders, what they rule on (the cited entry number),"
            + " their outcome and their grounds, including insufficient conferral. Every label"
            + " carries the names of the rules that fired and the evidence span (the sentence or"
            + " clause that decided it), kept in the rulings table, so any number can be traced"
            + " to text.",
        "Linking. A ruling is tied to the motion whose entry number it cites; if it cites none,"
            + " to the nearest earlier open motion of the same type in the docket. A motion's"
            + " final ruling is its last linked ruling that is not a deferral. Days to ruling run"
            + " from the motion's filing date to that ruling's date.",
        String.format(
            Locale.ROOT,
            "Intervals and small cells. Intervals are 95%% Wilson score intervals. Cells with"
                + " fewer than %d ruled motions are suppressed in this report, in rates.csv and in"
                + " rates.json (their counts are blank); they are kept in the conferral_rates"
                + " table with the flag suppressed.",
            d.minCell()),
        "Known limits. Docket text is terse: a ruling that gives its grounds only in the order's"
            + " body is coded from the body only where the source carries the document text."
            + " Sources without party data leave the movant's side and pro se status unknown."
            + " Linking by nearest open motion can attach a ruling to the wrong motion when"
            + " several of one type are open. Docket text is reproduced as filed and is treated"
            + " as untrusted: escaped in HTML and neutralised in CSV.");
  }

  static String evidenceIntro(ReportData d) {
    return "Up to " + d.evidence().size() + " conferral denials of this run (ordered by court and"
        + " ruling id), with the sentence the classifier read as the conferral ground. The full"
        + " list is in conferral_denials.csv.";
  }

  static String caseLabel(EvidenceRow e) {
    String number = e.docketNumber() == null ? "(no docket number)" : e.docketNumber();
    return e.caseName() == null ? number : number + " (" + e.caseName() + ")";
  }
}

package org.conferral.report;

import java.util.List;
import java.util.Locale;
import org.conferral.report.ReportData.EvidenceRow;
import org.conferral.report.ReportData.Measure;
import org.conferral.report.ReportData.Rate;
import org.conferral.report.ReportData.RejectReason;
import org.conferral.report.ReportData.RulingTime;
import org.conferral.report.ReportData.Source;

/**
 * The run's Markdown summary: the top-line conferral-denial rate with its interval, the breakdowns,
 * time to ruling, a methods section, the data-quality account (records read = ingested + rejected per
 * source) and an evidence appendix. Cells below the minimum are left out. Docket text in it is escaped
 * so it cannot inject Markdown or HTML.
 */
public final class SummaryReport {

  /** The breakdowns shown, in order. */
  static final List<String> DIMENSIONS =
      List.of(
          "court", "circuit", "year", "motion_type", "nature_of_suit", "movant_side",
          "movant_pro_se", "judge");

  private SummaryReport() {}

  public static String markdown(ReportData d) {
    StringBuilder md = new StringBuilder();
    md.append("# conferral: run ").append(Text.markdownCell(d.runId())).append("\n\n");
    md.append("## Top line\n\n").append(Methods.topLine(d, false)).append("\n\n");
    for (String dim : DIMENSIONS) {
      rateTable(md, d, dim);
    }
    timeTables(md, d);
    md.append("## Methods\n\n");
    for (String p : Methods.paragraphs(d)) {
      md.append(p).append("\n\n");
    }
    accuracy(md, d);
    dataQuality(md, d);
    evidence(md, d);
    return md.toString();
  }

  private static void rateTable(StringBuilder md, ReportData d, String dim) {
    List<Rate> cells = d.cells(dim);
    if (cells.isEmpty()) {
      return;
    }
    md.append("## By ").append(dim.replace('_', ' ')).append("\n\n");
    List<Rate> shown = d.published(dim);
    if (!shown.isEmpty()) {
      md.append("| ").append(dim).append(
          " | motions | ruled | denied | denied for conferral | rate | 95% interval |"
              + " counting partial |\n");
      md.append("|---|---:|---:|---:|---:|---:|---|---:|\n");
      for (Rate r : shown) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %s | %s to %s | %s |\n",
                Text.markdownCell(r.value()), r.nMotions(), r.nRuled(), r.nDenied(),
                r.nDeniedConferral(), pct(r.rate()), pct(r.lower()), pct(r.upper()),
                pct(r.ratePartial())));
      }
      md.append("\n");
    }
    int hidden = cells.size() - shown.size();
    if (hidden > 0) {
      md.append(hidden).append(" cell(s) with fewer than ").append(d.minCell())
          .append(" ruled motions suppressed (kept in the conferral_rates table, flag"
              + " `suppressed`).\n\n");
    }
  }

  private static void timeTables(StringBuilder md, ReportData d) {
    md.append("## Time to ruling\n\n");
    md.append("Days from the motion's filing to its final ruling; pending = never ruled on, docket"
        + " not terminated, filed more than 120 (180) days before ")
        .append(d.asOf() == null ? "the latest filing date in the input" : d.asOf().toString())
        .append(" (the latest filing date in the input). Rows with fewer than ").append(d.minCell())
        .append(" timed motions are left out.\n\n");
    if (d.times().isEmpty()) {
      md.append("No motion in this run.\n\n");
    }
    for (String dim : List.of("court", "judge")) {
      List<RulingTime> rows = d.publishedTimes(dim);
      long hidden = d.times().stream().filter(t -> t.dimension().equals(dim)).count() - rows.size();
      if (!rows.isEmpty()) {
        md.append("| ").append(dim).append(
            " | motions | timed | 25% | median | 75% | pending > 120 d | pending > 180 d |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RulingTime t : rows) {
          md.append(
              String.format(
                  Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %d | %d |\n",
                  Text.markdownCell(t.value()), t.nMotions(), t.nTimed(), days(t.q1()),
                  days(t.median()), days(t.q3()), t.pending120(), t.pending180()));
        }
        md.append("\n");
      }
      if (hidden > 0) {
        md.append(hidden).append(" ").append(dim).append("(s) with fewer than ")
            .append(d.minCell()).append(" timed motions not shown.\n\n");
      }
    }
  }

  private static void accuracy(StringBuilder md, ReportData d) {
    md.append("### Accuracy of the classification\n\n");
    if (d.accuracy() == null) {
      md.append(Methods.NOT_MEASURED).append("\n\n");
      return;
    }
    md.append("Measured by `conferral evaluate` on ")
        .append(Text.markdownCell(d.accuracy().measuredOn()))
        .append(" (code version ").append(Text.markdownCell(d.accuracy().codeVersion()))
        .append("):\n\n| measure | value | n |\n|---|---:|---:|\n");
    for (Measure m : d.accuracy().measures()) {
      md.append("| ").append(Text.markdownCell(m.name())).append(" | ").append(pct(m.value()))
          .append(" | ").append(m.n()).append(" |\n");
    }
    md.append("\n");
  }

  private static void dataQuality(StringBuilder md, ReportData d) {
    md.append("## Data quality\n\n");
    md.append("| source | files | records read | ingested | rejected | lost |\n"
        + "|---|---:|---:|---:|---:|---:|\n");
    for (Source s : d.sources()) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |\n",
          Text.markdownCell(s.source()), s.files(), s.read(), s.ingested(), s.rejected(),
          s.lost()));
    }
    md.append("\n").append(Methods.RECORDS_READ).append("\n\n");
    if (!d.rejects().isEmpty()) {
      md.append("Rejects by reason:\n\n| source | reason | count |\n|---|---|---:|\n");
      for (RejectReason r : d.rejects()) {
        md.append("| ").append(Text.markdownCell(r.source())).append(" | ")
            .append(Text.markdownCell(r.reason())).append(" | ").append(r.count()).append(" |\n");
      }
      md.append("\n");
    }
    md.append("Rulings on a motion the docket does not show (the motion is implied by the order, as in orders-only sources): ").append(d.unlinkedRulings()).append(".\n\n");
    md.append("Table rows: ");
    md.append(String.join(", ",
        d.tableRows().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    md.append(".\n\n");
  }

  private static void evidence(StringBuilder md, ReportData d) {
    md.append("## Appendix: conferral denials and the text that decided them\n\n");
    if (d.evidence().isEmpty()) {
      md.append("None in this run.\n");
      return;
    }
    md.append(Methods.evidenceIntro(d)).append("\n\n");
    for (EvidenceRow e : d.evidence()) {
      md.append("- **").append(Text.markdownCell(e.court())).append("**, ")
          .append(Text.markdownCell(Methods.caseLabel(e))).append(", entry ")
          .append(Text.markdownCell(e.entry()));
      if (e.date() != null) {
        md.append(" of ").append(Text.markdownCell(e.date()));
      }
      md.append(" (").append(Text.markdownCell(e.motionType())).append(", ")
          .append(Text.markdownCell(e.outcome())).append("): \"")
          .append(Text.markdownCell(Text.clip(e.evidence(), 400))).append("\"\n");
    }
  }

  static String pct(Double x) {
    return x == null || x.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  static String days(Double x) {
    return x == null ? "n/a" : String.format(Locale.ROOT, "%.0f", x);
  }
}

package org.conferral.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's Markdown summary: the top-line conferral-denial rate with its interval, the breakdowns, the
 * data-quality account (records read = ingested + rejected per source) and sample evidence. Built from
 * small, already-aggregated inputs; docket text in it is escaped so it cannot inject Markdown or HTML.
 */
public final class SummaryReport {

  /** One rate cell, as read from {@code conferral_rates}. */
  public record Rate(
      String dimension,
      String value,
      String period,
      long nMotions,
      long nRuled,
      long nDenied,
      long nDeniedConferral,
      long nDeniedConferralPartial,
      Double rate,
      Double lower,
      Double upper,
      Double sharesOfDenials,
      boolean suppressed) {}

  /** Per-source ingest account. */
  public record Source(String source, long files, long read, long ingested, long rejected, long lost) {}

  /** A conferral denial with the sentence that decided it. */
  public record EvidenceRow(String court, String docket, String entry, String motionType, String outcome, String evidence) {}

  /** A count of rejects with one reason. */
  public record RejectReason(String source, String reason, long count) {}

  private SummaryReport() {}

  public static String markdown(
      String runId,
      List<Rate> rates,
      List<Source> sources,
      List<RejectReason> rejects,
      Map<String, Long> tableRows,
      List<EvidenceRow> evidence,
      long unlinkedRulings,
      int minCell) {
    StringBuilder md = new StringBuilder();
    md.append("# conferral: run ").append(runId).append("\n\n");
    Rate all = rates.stream().filter(r -> r.dimension().equals("all")).findFirst().orElse(null);
    md.append("## Top line\n\n");
    if (all == null || all.nRuled() == 0) {
      md.append("No discovery motion was ruled on in this input, so no rate can be given.\n\n");
    } else {
      md.append(
          String.format(
              Locale.ROOT,
              "**Conferral-denial rate: %s** (95%% Wilson interval %s to %s): %d of %d discovery motions"
                  + " ruled on were denied or stricken in whole for insufficient conferral.%s\n\n",
              pct(all.rate()),
              pct(all.lower()),
              pct(all.upper()),
              all.nDeniedConferral(),
              all.nRuled(),
              all.suppressed() ? " (Fewer than " + minCell + " ruled motions: read with care.)" : ""));
      md.append(
          String.format(
              Locale.ROOT,
              "- Motions found: %d; ruled on: %d; denied: %d; denied for conferral: %d;"
                  + " counting partial denials: %d.\n",
              all.nMotions(), all.nRuled(), all.nDenied(), all.nDeniedConferral(), all.nDeniedConferralPartial()));
      if (all.sharesOfDenials() != null) {
        md.append(String.format(Locale.ROOT, "- Share of all denials resting on conferral: %s.\n", pct(all.sharesOfDenials())));
      }
      md.append("- Moot, withdrawn, deferred and never-ruled motions are counted above but are not in the rate's denominator.\n\n");
    }
    for (String dim : List.of("court", "year", "motion_type", "circuit", "judge")) {
      List<Rate> cells = rates.stream().filter(r -> r.dimension().equals(dim)).toList();
      if (cells.isEmpty()) {
        continue;
      }
      md.append("## By ").append(dim.replace('_', ' ')).append("\n\n");
      md.append("| ").append(dim).append(" | motions | ruled | denied | denied for conferral | rate | 95% interval |\n");
      md.append("|---|---:|---:|---:|---:|---:|---|\n");
      int hidden = 0;
      for (Rate r : cells) {
        if (r.suppressed()) {
          hidden++;
          continue;
        }
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %s | %s to %s |\n",
                Text.markdownCell(r.value()),
                r.nMotions(), r.nRuled(), r.nDenied(), r.nDeniedConferral(),
                pct(r.rate()), pct(r.lower()), pct(r.upper())));
      }
      if (hidden > 0) {
        md.append("\n").append(hidden).append(" cell(s) with fewer than ").append(minCell)
            .append(" ruled motions suppressed (kept in the conferral_rates table, flag `suppressed`).\n");
      }
      md.append("\n");
    }
    md.append("## Data quality\n\n");
    md.append("| source | files | records read | ingested | rejected | lost |\n|---|---:|---:|---:|---:|---:|\n");
    for (Source s : sources) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |\n",
          Text.markdownCell(s.source()), s.files(), s.read(), s.ingested(), s.rejected(), s.lost()));
    }
    md.append("\nRecords read = ingested + rejected for every source; `lost` must be 0. Files of no known format are counted under `unknown`.\n\n");
    if (!rejects.isEmpty()) {
      md.append("Rejects by reason:\n\n| source | reason | count |\n|---|---|---:|\n");
      for (RejectReason r : rejects) {
        md.append("| ").append(Text.markdownCell(r.source())).append(" | ").append(Text.markdownCell(r.reason()))
            .append(" | ").append(r.count()).append(" |\n");
      }
      md.append("\n");
    }
    md.append("Rulings not linked to any motion: ").append(unlinkedRulings).append(".\n\n");
    md.append("Table rows: ");
    md.append(String.join(", ", tableRows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    md.append(".\n\n");
    md.append("## Evidence: conferral denials and the text that decided them\n\n");
    if (evidence.isEmpty()) {
      md.append("None in this run.\n");
    }
    for (EvidenceRow e : evidence) {
      md.append("- **").append(Text.markdownCell(e.court())).append("**, ").append(Text.markdownCell(e.docket()))
          .append(", entry ").append(Text.markdownCell(e.entry())).append(" (").append(e.motionType()).append(", ")
          .append(e.outcome()).append("): \"").append(Text.markdownCell(Text.clip(e.evidence(), 400))).append("\"\n");
    }
    md.append("\n## Methods\n\n");
    md.append("The rate counts motions to compel, for sanctions and for protective orders whose final ruling denies or strikes them in whole")
        .append(" because the movant did not meet and confer (or certify conferral) first, over the motions ruled on")
        .append(" (granted, granted in part, denied, denied without prejudice, stricken). Classification is rule-based:")
        .append(" every ruling carries the names of the rules that fired and the evidence span; see the `rulings` table.")
        .append(" Intervals are Wilson score intervals at 95%.\n");
    return md.toString();
  }

  static String pct(Double x) {
    return x == null || x.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }
}

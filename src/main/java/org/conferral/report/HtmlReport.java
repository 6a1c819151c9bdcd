package org.conferral.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferral.report.ReportData.EvidenceRow;
import org.conferral.report.ReportData.Measure;
import org.conferral.report.ReportData.Rate;
import org.conferral.report.ReportData.RejectReason;
import org.conferral.report.ReportData.RulingTime;
import org.conferral.report.ReportData.Source;

/**
 * {@code summary.html}: one self-contained page (no network: the chart library, data and styles are
 * inline, and a Content-Security-Policy forbids fetching anything) with the charts (rate by court with
 * intervals, trend by year, funnel of judges, outcome mix, time to ruling, pending motions), the
 * tables, methods, data quality and the evidence appendix. Every docket-derived string is
 * HTML-escaped; chart data goes in as script-safe JSON.
 */
public final class HtmlReport {
  /** How many charts the page draws; it sets its title to {@code charts:N} once N are drawn. */
  public static final int CHARTS = 6;

  private static final String CSP =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

  private HtmlReport() {}

  /**
   * The page.
   *
   * @param chartLibrary the chart library's JavaScript, inlined as is ({@link ChartLibrary#echarts})
   */
  public static String render(ReportData d, String chartLibrary) {
    StringBuilder h = new StringBuilder(chartLibrary.length() + 64_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
        .append("\">\n<title>conferral report</title>\n<style>").append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>conferral: run ").append(Text.html(d.runId())).append("</h1>\n");
    h.append("<p class=\"top\">").append(Text.html(Methods.topLine(d, true))).append("</p>\n");

    h.append("<h2>Conferral-denial rate by court</h2>\n")
        .append(note("Bars: rate; whiskers: 95% Wilson interval. Courts with fewer than "
            + d.minCell() + " ruled motions are not shown."))
        .append("<div id=\"chart-courts\" class=\"chart\"></div>\n");
    h.append("<h2>Trend by year of filing</h2>\n")
        .append("<div id=\"chart-years\" class=\"chart\"></div>\n");
    h.append("<h2>Funnel of judges</h2>\n")
        .append("<div id=\"chart-judges\" class=\"chart\"></div>\n");
    h.append("<h2>Outcome mix</h2>\n")
        .append(note("Final outcome of every discovery motion found; never ruled = no ruling"
            + " linked."))
        .append("<div id=\"chart-outcomes\" class=\"chart\"></div>\n");
    h.append("<h2>Time to ruling by court</h2>\n")
        .append(note("Days from filing to final ruling: box = quartiles, line = median, whiskers ="
            + " fastest and slowest."))
        .append("<div id=\"chart-times\" class=\"chart\"></div>\n");
    h.append("<h2>Motions pending past 120 and 180 days</h2>\n")
        .append(note("Never ruled on, docket open, counted as of "
            + (d.asOf() == null ? "the latest filing date" : d.asOf().toString())
            + " (the latest filing date in the input)."))
        .append("<div id=\"chart-pending\" class=\"chart\"></div>\n");

    for (String dim : SummaryReport.DIMENSIONS) {
      rateTable(h, d, dim);
    }
    for (String dim : List.of("court", "judge")) {
      timeTable(h, d, dim);
    }
    h.append("<h2>Methods</h2>\n");
    for (String p : Methods.paragraphs(d)) {
      h.append("<p>").append(Text.html(p)).append("</p>\n");
    }
    accuracy(h, d);
    dataQuality(h, d);
    evidence(h, d);

    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(ChartData.json(d)).append("</script>\n");
    h.append("<script>").append(chartLibrary).append("</script>\n");
    h.append("<script>").append(CHARTS_JS).append("</script>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void rateTable(StringBuilder h, ReportData d, String dim) {
    List<Rate> cells = d.cells(dim);
    if (cells.isEmpty()) {
      return;
    }
    h.append("<h2>By ").append(dim.replace('_', ' ')).append("</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (Rate r : d.published(dim)) {
      rows.add(List.of(r.value() == null ? "" : r.value(), n(r.nMotions()), n(r.nRuled()),
          n(r.nDenied()), n(r.nDeniedConferral()), SummaryReport.pct(r.rate()),
          SummaryReport.pct(r.lower()) + " to " + SummaryReport.pct(r.upper()),
          SummaryReport.pct(r.ratePartial())));
    }
    table(h, List.of(dim, "motions", "ruled", "denied", "denied for conferral", "rate",
        "95% interval", "counting partial"), rows);
    int hidden = cells.size() - rows.size();
    if (hidden > 0) {
      h.append(note(hidden + " cell(s) with fewer than " + d.minCell()
          + " ruled motions suppressed (kept in the conferral_rates table)."));
    }
  }

  private static void timeTable(StringBuilder h, ReportData d, String dim) {
    List<RulingTime> shown = d.publishedTimes(dim);
    h.append("<h2>Time to ruling by ").append(dim).append("</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (RulingTime t : shown) {
      rows.add(List.of(t.value() == null ? "" : t.value(), n(t.nMotions()), n(t.nTimed()),
          SummaryReport.days(t.q1()), SummaryReport.days(t.median()), SummaryReport.days(t.q3()),
          n(t.pending120()), n(t.pending180())));
    }
    table(h, List.of(dim, "motions", "timed", "25% (days)", "median", "75%", "pending > 120 d",
        "pending > 180 d"), rows);
    long hidden = d.times().stream().filter(t -> t.dimension().equals(dim)).count() - shown.size();
    if (hidden > 0) {
      h.append(note(hidden + " " + dim + "(s) with fewer than " + d.minCell()
          + " timed motions not shown."));
    }
  }

  private static void accuracy(StringBuilder h, ReportData d) {
    h.append("<h3>Accuracy of the classification</h3>\n");
    if (d.accuracy() == null) {
      h.append("<p>").append(Text.html(Methods.NOT_MEASURED)).append("</p>\n");
      return;
    }
    h.append("<p>").append(Text.html("Measured by conferral evaluate on "
        + d.accuracy().measuredOn() + " (code version " + d.accuracy().codeVersion() + ")."))
        .append("</p>\n");
    List<List<String>> rows = new ArrayList<>();
    for (Measure m : d.accuracy().measures()) {
      rows.add(List.of(m.name(), SummaryReport.pct(m.value()), n(m.n())));
    }
    table(h, List.of("measure", "value", "n"), rows);
  }

  private static void dataQuality(StringBuilder h, ReportData d) {
    h.append("<h2>Data quality</h2>\n");
    List<List<String>> rows = new ArrayList<>();
    for (Source s : d.sources()) {
      rows.add(List.of(s.source(), n(s.files()), n(s.read()), n(s.ingested()), n(s.rejected()),
          n(s.lost())));
    }
    table(h, List.of("source", "files", "records read", "ingested", "rejected", "lost"), rows);
    h.append(note(Methods.RECORDS_READ));
    if (!d.rejects().isEmpty()) {
      List<List<String>> reasons = new ArrayList<>();
      for (RejectReason r : d.rejects()) {
        reasons.add(List.of(r.source(), r.reason(), n(r.count())));
      }
      h.append("<h3>Rejects by reason</h3>\n");
      table(h, List.of("source", "reason", "count"), reasons);
    }
    h.append("<p>Rulings on a motion the docket does not show (the motion is implied by the order, as in orders-only sources): ").append(d.unlinkedRulings()).append(".</p>\n");
    h.append("<p>Table rows: ").append(Text.html(String.join(", ", d.tableRows().entrySet()
        .stream().map(e -> e.getKey() + " " + e.getValue()).toList()))).append(".</p>\n");
  }

  private static void evidence(StringBuilder h, ReportData d) {
    h.append("<h2>Appendix: conferral denials and the text that decided them</h2>\n");
    if (d.evidence().isEmpty()) {
      h.append("<p>None in this run.</p>\n");
      return;
    }
    h.append(note(Methods.evidenceIntro(d)));
    List<List<String>> rows = new ArrayList<>();
    for (EvidenceRow e : d.evidence()) {
      rows.add(List.of(nz(e.court()), Methods.caseLabel(e), nz(e.entry()), nz(e.date()),
          nz(e.motionType()) + ", " + nz(e.outcome()), nz(e.judge()),
          nz(Text.clip(e.evidence(), 600))));
    }
    table(h, List.of("court", "case", "entry", "date", "motion, outcome", "judge",
        "evidence"), rows);
  }

  private static void table(StringBuilder h, List<String> header, List<List<String>> rows) {
    if (rows.isEmpty()) {
      h.append(note("No row to show."));
      return;
    }
    h.append("<table>\n<thead><tr>");
    for (String c : header) {
      h.append("<th>").append(Text.html(c)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      h.append("<tr>");
      for (String c : row) {
        h.append("<td>").append(Text.html(c)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String note(String text) {
    return "<p class=\"note\">" + Text.html(text) + "</p>\n";
  }

  private static String n(long x) {
    return String.format(Locale.ROOT, "%,d", x);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1200px;margin:2em"
          + " auto;padding:0 1em;color:#222}h1{font-size:1.6em}h2{margin-top:1.8em;font-size:1.25em;"
          + "border-bottom:1px solid #ddd}.top{font-size:1.1em;background:#f4f6fb;padding:.8em;"
          + "border-left:4px solid #5470c6}.note{color:#555;font-size:.9em}.chart{width:100%;"
          + "height:360px}table{border-collapse:collapse;font-size:.88em;margin:.5em 0}th,td{border:"
          + "1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}td:nth-child(n+2)"
          + "{font-variant-numeric:tabular-nums}";

  private static final String CHARTS_JS = resource("charts.js");

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource org/conferral/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

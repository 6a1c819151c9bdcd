package org.conferral.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferral.report.ReportData.EvidenceRow;
import org.conferral.report.ReportData.OutcomeCount;
import org.conferral.report.ReportData.Rate;
import org.conferral.report.ReportData.RejectReason;
import org.conferral.report.ReportData.RulingTime;
import org.conferral.report.ReportData.Source;

/** Small invented report inputs: a plausible run, and one whose docket text is hostile. */
final class ReportFixture {
  static final String SCRIPT = "<script>alert('x')</script>";

  private ReportFixture() {}

  static Rate rate(String dim, String value, long ruled, long conferral, int minCell) {
    double p = ruled == 0 ? Double.NaN : (double) conferral / ruled;
    double lo = Math.max(0, p - 0.1);
    double hi = Math.min(1, p + 0.1);
    return new Rate(dim, value, dim.equals("year") ? value : "all", ruled + 3, ruled, conferral + 2,
        conferral, conferral + 1, ruled == 0 ? null : p, ruled == 0 ? null : lo,
        ruled == 0 ? null : hi, ruled == 0 ? null : (conferral + 1.0) / ruled,
        ruled == 0 ? null : conferral / (conferral + 2.0), ruled < minCell);
  }

  /** A run over eight courts, five years and a dozen judges; one court below the minimum. */
  static ReportData plausible() {
    int min = 10;
    List<Rate> rates = new ArrayList<>();
    rates.add(rate("all", "all", 640, 52, min));
    String[] courts = {"ksd", "nysd", "cand", "ilnd", "txsd", "mdd", "paed", "wawd", "akd"};
    long[] ruled = {120, 95, 88, 70, 64, 51, 40, 22, 4};
    long[] conf = {19, 6, 9, 4, 7, 2, 3, 2, 1};
    List<RulingTime> times = new ArrayList<>();
    for (int i = 0; i < courts.length; i++) {
      rates.add(rate("court", courts[i], ruled[i], conf[i], min));
      times.add(new RulingTime("court", courts[i], ruled[i] + 5, ruled[i], 3.0, 12.0 + i,
          25.0 + 3 * i, 48.0 + 5 * i, 200.0 + 20 * i, i, i / 2));
    }
    for (int y = 2019; y <= 2024; y++) {
      rates.add(rate("year", Integer.toString(y), 80 + 10 * (y - 2019), 5 + (y % 4), min));
    }
    for (int j = 0; j < 12; j++) {
      rates.add(rate("judge", "Judge " + (char) ('A' + j), 3 + 4 * j, j % 3, min));
      times.add(new RulingTime("judge", "Judge " + (char) ('A' + j), 3 + 4 * j, 3 + 4 * j, 2.0,
          10.0, 20.0 + j, 40.0, 100.0, j % 2, 0));
    }
    rates.add(rate("motion_type", "compel", 400, 40, min));
    rates.add(rate("motion_type", "sanctions", 150, 8, min));
    rates.add(rate("motion_type", "protective_order", 90, 4, min));
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("dockets", 900L);
    rows.put("motions", 700L);
    return new ReportData(
        "20240101T000000Z-test", min, rates,
        List.of(new Source("recap-xml", 3, 1000, 990, 10, 0)),
        List.of(new RejectReason("recap-xml", "no docket number", 10)),
        rows, 17,
        List.of(new OutcomeCount("granted", 250), new OutcomeCount("denied", 200),
            new OutcomeCount("granted_in_part", 120), new OutcomeCount("never_ruled", 60),
            new OutcomeCount("moot", 40), new OutcomeCount("stricken", 30)),
        times, LocalDate.of(2024, 12, 31),
        List.of(new EvidenceRow("ksd", "2:21-cv-02001", "Arden v. Bellweather Freight", "88",
            "2022-03-04", "sanctions", "denied", "Judge A",
            "A single letter is not a reasonable effort to confer.")),
        null);
  }

  /** A run whose docket-derived strings carry markup and spreadsheet formulas. */
  static ReportData hostile() {
    ReportData p = plausible();
    List<Rate> rates = new ArrayList<>(p.rates());
    rates.add(rate("court", SCRIPT, 50, 5, 10));
    rates.add(rate("judge", "=cmd|' /C calc'!A0", 50, 5, 10));
    List<RulingTime> times = new ArrayList<>(p.times());
    times.add(new RulingTime("court", "</script><img src=x onerror=alert(1)>", 20, 20, 1.0, 2.0,
        3.0, 4.0, 5.0, 0, 0));
    return new ReportData(p.runId(), p.minCell(), rates, p.sources(),
        List.of(new RejectReason("recap-xml", "bad <b>xml</b> " + SCRIPT, 1)), p.tableRows(),
        p.unlinkedRulings(), List.of(new OutcomeCount("denied<img src=x>", 3)), times, p.asOf(),
        List.of(new EvidenceRow("ksd", "=HYPERLINK(\"http://evil\")", SCRIPT, "12", "2022-01-01",
            "compel", "denied", "@SUM(A1)", "Denied. " + SCRIPT + " No conferral.")),
        null);
  }
}

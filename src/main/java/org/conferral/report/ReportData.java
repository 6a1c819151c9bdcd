package org.conferral.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a run's report shows, already aggregated and small: rate cells, the ingest account,
 * rejects by reason, outcome mix, time to ruling, sample evidence and the measured accuracy. The
 * renderers ({@link SummaryReport}, {@link HtmlReport}, {@link RatesExport}) read only this, so they
 * are tested without Spark.
 *
 * @param asOf the latest filing date in the input, against which motions count as pending; null if
 *     no entry has a date
 * @param accuracy the classifier's measured accuracy, or null when this build has not measured it
 */
public record ReportData(
    String runId,
    int minCell,
    List<Rate> rates,
    List<Source> sources,
    List<RejectReason> rejects,
    Map<String, Long> tableRows,
    long unlinkedRulings,
    List<OutcomeCount> outcomes,
    List<RulingTime> times,
    LocalDate asOf,
    List<EvidenceRow> evidence,
    Accuracy accuracy) {

  /** One cell of {@code conferral_rates}. Rates are null when nothing was ruled on. */
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
      Double ratePartial,
      Double shareOfDenials,
      boolean suppressed) {}

  /** Per-source ingest account: records read = ingested + rejected, {@code lost} must be 0. */
  public record Source(
      String source, long files, long read, long ingested, long rejected, long lost) {}

  /** A count of rejects with one reason. */
  public record RejectReason(String source, String reason, long count) {}

  /** How many motions ended with one final outcome ({@code never_ruled} when none). */
  public record OutcomeCount(String outcome, long count) {}

  /**
   * Time to ruling for one court or judge: quartiles of the days from filing to the final ruling over
   * the {@code nTimed} motions with both dates, and motions still pending past 120 and 180 days.
   * Quartiles are null when {@code nTimed} is 0.
   */
  public record RulingTime(
      String dimension,
      String value,
      long nMotions,
      long nTimed,
      Double min,
      Double q1,
      Double median,
      Double q3,
      Double max,
      long pending120,
      long pending180) {}

  /** A conferral denial with the sentence that decided it. */
  public record EvidenceRow(
      String court,
      String docketNumber,
      String caseName,
      String entry,
      String date,
      String motionType,
      String outcome,
      String judge,
      String evidence) {}

  /**
   * The classifier's accuracy as measured by {@code conferral evaluate} on the gold sets.
   *
   * @param measuredOn what was scored (gold set names and sizes), as the evaluation put it
   * @param measures the figures: name (e.g. {@code outcome accuracy}), value in [0, 1], and n
   */
  public record Accuracy(String measuredOn, String codeVersion, List<Measure> measures) {}

  /** One measured figure. */
  public record Measure(String name, double value, long n) {}

  /** The rate cells of one dimension, in the given order. */
  public List<Rate> cells(String dimension) {
    return rates.stream().filter(r -> r.dimension().equals(dimension)).toList();
  }

  /** The rate cells of one dimension that a published report may show. */
  public List<Rate> published(String dimension) {
    return rates.stream().filter(r -> r.dimension().equals(dimension) && !r.suppressed()).toList();
  }

  /** The top-line cell, or null. */
  public Rate overall() {
    return rates.stream().filter(r -> r.dimension().equals("all")).findFirst().orElse(null);
  }

  /** The time-to-ruling rows of one dimension with at least {@code minCell} timed motions. */
  public List<RulingTime> publishedTimes(String dimension) {
    return times.stream()
        .filter(t -> t.dimension().equals(dimension) && t.nTimed() >= minCell)
        .toList();
  }
}

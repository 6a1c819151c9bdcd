package org.conferral.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The report stage: gathers the small aggregates the summary needs from the run's tables (rates, reject
 * reasons, a sample of evidence) and renders {@link SummaryReport}. Nothing large reaches the driver.
 */
public final class ReportStage {
  /** How many conferral denials the evidence appendix shows. */
  static final int EVIDENCE_SAMPLE = 25;

  private ReportStage() {}

  public static String summary(
      String runId,
      Dataset<Row> rates,
      Dataset<Row> rejects,
      Dataset<Row> rulings,
      Dataset<Row> dockets,
      List<SummaryReport.Source> sources,
      Map<String, Long> tableRows,
      int minCell) {
    List<SummaryReport.Rate> rateList = new ArrayList<>();
    for (Row r :
        rates.filter(col("dimension").isin("all", "court", "year", "motion_type", "circuit", "judge"))
            .orderBy(col("dimension"), col("n_ruled").desc(), col("value"))
            .collectAsList()) {
      rateList.add(
          new SummaryReport.Rate(
              r.getAs("dimension"), r.getAs("value"), r.getAs("period"),
              r.<Long>getAs("n_motions"), r.<Long>getAs("n_ruled"), r.<Long>getAs("n_denied"),
              r.<Long>getAs("n_denied_conferral"), r.<Long>getAs("n_denied_conferral_partial"),
              r.getAs("rate"), r.getAs("rate_lower"), r.getAs("rate_upper"), r.getAs("share_of_denials"),
              r.<Boolean>getAs("suppressed")));
    }
    List<SummaryReport.RejectReason> reasons = new ArrayList<>();
    for (Row r :
        rejects.groupBy("source", "reason").agg(count(lit(1)).as("n"))
            .orderBy(col("n").desc(), col("source"), col("reason")).limit(30).collectAsList()) {
      reasons.add(new SummaryReport.RejectReason(r.getString(0), r.getString(1), r.getLong(2)));
    }
    List<SummaryReport.EvidenceRow> evidence = new ArrayList<>();
    Dataset<Row> denials =
        rulings.filter(col("conferral_ground"))
            .join(dockets.select(col("docket_uid").as("d"), col("docket_number"), col("case_name")),
                col("docket_uid").equalTo(col("d")), "left")
            .orderBy(col("court_id"), col("ruling_uid"))
            .limit(EVIDENCE_SAMPLE);
    for (Row r : denials.collectAsList()) {
      String docket = r.getAs("docket_number") == null ? r.getAs("docket_uid")
          : r.getAs("docket_number") + (r.getAs("case_name") == null ? "" : " (" + r.getAs("case_name") + ")");
      evidence.add(new SummaryReport.EvidenceRow(
          r.getAs("court_id"), docket, r.getAs("entry_uid"), r.getAs("motion_type"), r.getAs("outcome"),
          r.getAs("evidence_text")));
    }
    long unlinked = rulings.filter(col("target_motion_uid").isNull()).count();
    return SummaryReport.markdown(runId, rateList, sources, reasons, tableRows, evidence, unlinked, minCell);
  }
}

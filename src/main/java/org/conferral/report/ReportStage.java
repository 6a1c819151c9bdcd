package org.conferral.report;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.conferral.report.ReportData.EvidenceRow;
import org.conferral.report.ReportData.OutcomeCount;
import org.conferral.report.ReportData.Rate;
import org.conferral.report.ReportData.RejectReason;
import org.conferral.report.ReportData.RulingTime;
import org.conferral.report.ReportData.Source;

/**
 * The report stage: gathers from the run's tables the small aggregates the report shows ({@link
 * ReportData}) and defines the two row-level extracts. Only aggregates reach the driver here; the
 * extracts are streamed by {@link ReportFiles}.
 */
public final class ReportStage {
  /** How many conferral denials the evidence appendix shows. */
  static final int EVIDENCE_SAMPLE = 25;

  /** Days after which a motion with no ruling counts as pending long. */
  static final int PENDING_LONG = 120;

  static final int PENDING_LONGER = 180;

  /**
   * The run's tables the report reads. {@code rulingEntries} gives the entry numbers of the rulings'
   * entries (columns {@code entry_uid}, {@code entry_number}): {@code entries} will do; the link
   * stage's discovery labels, when they hold every order with rulings, are far fewer rows to scan.
   */
  public record Tables(
      Dataset<Row> rates,
      Dataset<Row> rejects,
      Dataset<Row> rulings,
      Dataset<Row> dockets,
      Dataset<Row> entries,
      Dataset<Row> motions,
      Dataset<Row> motionOutcomes,
      Dataset<Row> rulingEntries) {}

  private ReportStage() {}

  /**
   * The report's aggregates; {@code denialsHead} gives the first {@link #EVIDENCE_SAMPLE} rows of
   * {@link #conferralDenials}, kept while its extract was written. It is asked for last, after every
   * aggregate, so the extracts can be written while the aggregates run.
   */
  public static ReportData collect(
      String runId,
      Tables t,
      List<Source> sources,
      Map<String, Long> tableRows,
      int minCell,
      Supplier<List<Row>> denialsHead) {
    LocalDate asOf = asOf(t.entries());
    List<Rate> rates = rates(t.rates());
    List<RejectReason> rejects = rejectReasons(t.rejects());
    long unlinked = t.rulings().filter(col("link_method").isin("implied_by_ruling", "none")).count();
    List<OutcomeCount> outcomes = outcomeMix(t.motionOutcomes());
    List<RulingTime> times = times(t, asOf);
    return new ReportData(
        runId,
        minCell,
        rates,
        sources,
        rejects,
        tableRows,
        unlinked,
        outcomes,
        times,
        asOf,
        evidence(denialsHead.get()),
        AccuracyFile.load());
  }

  /**
   * Every conferral denial with its court, case, entry and the sentence that decided it, ordered by
   * court and ruling id; the columns of {@code conferral_denials.csv}.
   */
  public static Dataset<Row> conferralDenials(Tables t) {
    Dataset<Row> r = t.rulings().filter(col("conferral_ground"));
    // Denials are few: pick their dockets and entries out of the big tables before shuffling them.
    Dataset<Row> dockets =
        t.dockets()
            .join(broadcast(r.select(col("docket_uid").as("w_uid"))),
                col("docket_uid").equalTo(col("w_uid")), "left_semi")
            .select(col("docket_uid").as("d_uid"), col("docket_number"), col("case_name"))
            .dropDuplicates("d_uid");
    Dataset<Row> entries =
        t.rulingEntries()
            .join(broadcast(r.select(col("entry_uid").as("w_uid"))),
                col("entry_uid").equalTo(col("w_uid")), "left_semi")
            .select(col("entry_uid").as("e_uid"), col("entry_number"))
            .dropDuplicates("e_uid");
    // Both picks are as small as the denials: broadcast them, so the denials are not shuffled.
    return r.join(broadcast(dockets), r.col("docket_uid").equalTo(col("d_uid")), "left")
        .join(broadcast(entries), r.col("entry_uid").equalTo(col("e_uid")), "left")
        .select(
            col("court_id"), col("docket_number"), col("case_name"), col("entry_number"),
            col("date_filed").cast("string").as("date_filed"), col("judge"), col("motion_type"),
            col("outcome"), col("conferral_kind"), col("evidence_text"),
            col("evidence_in_document"), concat_ws(";", col("rules")).as("rules"),
            col("link_method"), col("target_motion_uid"), col("ruling_uid"), col("entry_uid"),
            r.col("docket_uid"))
        .orderBy(col("court_id"), col("ruling_uid"));
  }

  private static List<Rate> rates(Dataset<Row> rates) {
    List<Rate> list = new ArrayList<>();
    // Sorted here, not by Spark (two jobs fewer).
    List<Row> rows = new ArrayList<>(rates.collectAsList());
    rows.sort(
        Comparator.<Row, String>comparing(r -> r.getAs("dimension"), ReportStage::compareCodePoints)
            .thenComparing(r -> r.<String>getAs("value"), ReportStage::compareCodePoints)
            .thenComparing(r -> r.<String>getAs("period"), ReportStage::compareCodePoints));
    for (Row r : rows) {
      list.add(
          new Rate(
              r.getAs("dimension"), r.getAs("value"), r.getAs("period"),
              r.<Long>getAs("n_motions"), r.<Long>getAs("n_ruled"), r.<Long>getAs("n_denied"),
              r.<Long>getAs("n_denied_conferral"), r.<Long>getAs("n_denied_conferral_partial"),
              r.getAs("rate"), r.getAs("rate_lower"), r.getAs("rate_upper"),
              r.getAs("rate_partial"), r.getAs("share_of_denials"),
              r.<Boolean>getAs("suppressed")));
    }
    return list;
  }

  private static List<RejectReason> rejectReasons(Dataset<Row> rejects) {
    List<RejectReason> reasons = new ArrayList<>();
    for (Row r :
        rejects.groupBy("source", "reason").agg(count(lit(1)).as("n"))
            .orderBy(col("n").desc(), col("source"), col("reason")).limit(50).collectAsList()) {
      reasons.add(new RejectReason(r.getString(0), r.getString(1), r.getLong(2)));
    }
    return reasons;
  }

  private static List<OutcomeCount> outcomeMix(Dataset<Row> outcomes) {
    List<OutcomeCount> list = new ArrayList<>();
    List<Row> rows =
        new ArrayList<>(
            outcomes.groupBy(coalesce(col("final_outcome"), lit("never_ruled")).as("o"))
                .agg(count(lit(1)).as("n")).collectAsList());
    // Sorted here, not by Spark (two jobs fewer): most frequent first, then by outcome.
    rows.sort(
        Comparator.<Row>comparingLong(r -> -r.getLong(1))
            .thenComparing(r -> r.getString(0), ReportStage::compareCodePoints));
    for (Row r : rows) {
      list.add(new OutcomeCount(r.getString(0), r.getLong(1)));
    }
    return list;
  }

  private static LocalDate asOf(Dataset<Row> entries) {
    Object v = entries.agg(max(col("date_filed"))).first().get(0);
    return v instanceof Date d ? d.toLocalDate() : v instanceof LocalDate l ? l : null;
  }

  private static List<RulingTime> times(Tables t, LocalDate asOf) {
    Dataset<Row> filed =
        t.motions().select(col("motion_uid").as("m_uid"), col("date_filed").as("motion_filed"));
    Dataset<Row> open =
        t.dockets().select(col("docket_uid").as("d_uid"), col("date_terminated"))
            .dropDuplicates("d_uid");
    Dataset<Row> m = t.motionOutcomes();
    Column unruled =
        col("final_outcome").isNull().or(col("final_outcome").equalTo("deferred"))
            .and(col("date_terminated").isNull());
    Column age =
        asOf == null ? lit(null).cast("int") : datediff(lit(Date.valueOf(asOf)), col("motion_filed"));
    Dataset<Row> rows =
        m.join(filed, m.col("motion_uid").equalTo(col("m_uid")), "left")
            .join(open, m.col("docket_uid").equalTo(col("d_uid")), "left")
            .select(
                coalesce(col("court_id"), lit("unknown")).as("court"),
                coalesce(col("judge"), lit("unknown")).as("judge"),
                col("days_to_ruling"),
                when(unruled.and(age.gt(PENDING_LONG)), 1L).otherwise(0L).as("p1"),
                when(unruled.and(age.gt(PENDING_LONGER)), 1L).otherwise(0L).as("p2"));
    // Both breakdowns in one aggregation: each motion counts once under its court and once under
    // its judge (the dimension's order, 0 for court, keeps the list as two sorted blocks).
    Dataset<Row> cells =
        rows.withColumn(
                "cell",
                explode(
                    array(
                        struct(lit(0).as("order"), lit("court").as("dim"), col("court").as("value")),
                        struct(lit(1).as("order"), lit("judge").as("dim"), col("judge").as("value")))))
            .select(col("cell.*"), col("days_to_ruling"), col("p1"), col("p2"));
    List<Row> groups =
        new ArrayList<>(
            cells.groupBy(col("order"), col("dim"), col("value"))
                .agg(
                    count(lit(1)).as("n"),
                    count(col("days_to_ruling")).as("timed"),
                    expr("percentile(days_to_ruling, array(0.0, 0.25, 0.5, 0.75, 1.0))").as("q"),
                    sum("p1").as("p1"),
                    sum("p2").as("p2"))
                .collectAsList());
    // Sorted here, not by Spark (two jobs fewer): by order, then value in Spark's string order.
    groups.sort(
        Comparator.<Row>comparingInt(r -> r.getInt(0))
            .thenComparing(r -> r.getString(2), ReportStage::compareCodePoints));
    List<RulingTime> list = new ArrayList<>();
    for (Row r : groups) {
      List<Double> q = r.isNullAt(5) ? null : r.getList(5);
      list.add(
          new RulingTime(
              r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), at(q, 0), at(q, 1),
              at(q, 2), at(q, 3), at(q, 4), r.getLong(6), r.getLong(7)));
    }
    return list;
  }

  /**
   * Spark's ascending order of strings: null first, then by UTF-8 bytes, which is the order of code
   * points.
   */
  static int compareCodePoints(String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static Double at(List<Double> q, int i) {
    return q == null || q.size() <= i ? null : q.get(i);
  }

  private static List<EvidenceRow> evidence(List<Row> denialsHead) {
    List<EvidenceRow> list = new ArrayList<>();
    for (Row r : denialsHead.subList(0, Math.min(EVIDENCE_SAMPLE, denialsHead.size()))) {
      list.add(
          new EvidenceRow(
              r.getAs("court_id"), r.getAs("docket_number"), r.getAs("case_name"),
              r.getAs("entry_number") == null ? r.getAs("entry_uid") : r.getAs("entry_number"),
              r.getAs("date_filed"), r.getAs("motion_type"), r.getAs("outcome"), r.getAs("judge"),
              r.getAs("evidence_text")));
    }
    return list;
  }
}

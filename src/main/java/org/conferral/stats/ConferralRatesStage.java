package org.conferral.stats;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The aggregate stage: {@code motion_outcomes} to {@code conferral_rates}, one row per (dimension,
 * value, period) with the counts of DESIGN.md's metric, the rate, its 95% Wilson score interval, the
 * partial-denial variant, the share of denials resting on conferral, and the small-cell flag.
 */
public final class ConferralRatesStage {

  /** 97.5th percentile of the standard normal: a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /** A breakdown: its name, the column giving the value, and the column giving the period. */
  record Dimension(String name, Column value, Column period) {}

  private static final Column ALL_PERIODS = lit("all");

  static List<Dimension> dimensions() {
    Column year = col("year").cast("string");
    List<Dimension> d = new ArrayList<>();
    d.add(new Dimension("all", lit("all"), ALL_PERIODS));
    d.add(new Dimension("court", col("court_id"), ALL_PERIODS));
    d.add(new Dimension("circuit", col("circuit"), ALL_PERIODS));
    d.add(new Dimension("year", year, year));
    d.add(new Dimension("judge", col("judge"), ALL_PERIODS));
    d.add(new Dimension("motion_type", col("motion_type"), ALL_PERIODS));
    d.add(new Dimension("nature_of_suit", col("nature_of_suit"), ALL_PERIODS));
    d.add(new Dimension("movant_pro_se", col("movant_pro_se").cast("string"), ALL_PERIODS));
    d.add(new Dimension("movant_side", col("movant_side"), ALL_PERIODS));
    d.add(new Dimension("court_year", col("court_id"), year));
    return d;
  }

  private ConferralRatesStage() {}

  /**
   * Every breakdown in one shuffle: each motion becomes one (dimension, value, period) cell per
   * breakdown, and all cells are counted together.
   */
  public static Dataset<Row> apply(Dataset<Row> motionOutcomes, int minCell) {
    Column[] cells =
        dimensions().stream()
            .map(
                d ->
                    struct(
                        lit(d.name()).as("dimension"),
                        coalesce(d.value(), lit("unknown")).as("value"),
                        coalesce(d.period(), lit("unknown")).as("period")))
            .toArray(Column[]::new);
    Dataset<Row> counts =
        motionOutcomes
            .select(
                explode(array(cells)).as("cell"),
                col("ruled_on"),
                col("denied"),
                col("denied_conferral"),
                col("denied_conferral_partial"))
            .select(
                col("cell.dimension").as("dimension"),
                col("cell.value").as("value"),
                col("cell.period").as("period"),
                col("ruled_on"),
                col("denied"),
                col("denied_conferral"),
                col("denied_conferral_partial"))
            .groupBy("dimension", "value", "period")
            .agg(
                count(lit(1)).as("n_motions"),
                countTrue("ruled_on").as("n_ruled"),
                countTrue("denied").as("n_denied"),
                countTrue("denied_conferral").as("n_denied_conferral"),
                countTrue("denied_conferral_partial").as("n_denied_conferral_partial"));
    return withRates(counts, minCell);
  }

  private static Column countTrue(String flag) {
    return sum(when(col(flag), 1L).otherwise(0L));
  }

  /** Adds rate, Wilson bounds, the partial variant, share of denials and the suppression flag. */
  static Dataset<Row> withRates(Dataset<Row> counts, int minCell) {
    Column n = col("n_ruled").cast("double");
    Column x = col("n_denied_conferral").cast("double");
    Column p = x.divide(n);
    double z2 = Z95 * Z95;
    Column denom = lit(1.0).plus(lit(z2).divide(n));
    Column centre = p.plus(lit(z2).divide(n.multiply(2))).divide(denom);
    Column half =
        lit(Z95)
            .multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(n).plus(lit(z2).divide(n.multiply(n).multiply(4)))))
            .divide(denom);
    Column defined = col("n_ruled").gt(0);
    return counts
        .withColumn("rate", when(defined, p))
        // the bounds hold p between them; clamping only removes floating-point crumbs at x=0, x=n
        .withColumn("rate_lower", when(defined, greatest(lit(0.0), least(p, centre.minus(half)))))
        .withColumn("rate_upper", when(defined, least(lit(1.0), greatest(p, centre.plus(half)))))
        .withColumn(
            "rate_partial", when(defined, col("n_denied_conferral_partial").cast("double").divide(n)))
        .withColumn(
            "share_of_denials",
            when(col("n_denied").gt(0), x.divide(col("n_denied").cast("double"))))
        .withColumn("suppressed", col("n_ruled").lt(minCell));
  }
}

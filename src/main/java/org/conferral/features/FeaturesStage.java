package org.conferral.features;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.conferral.classify.Evidence;
import org.conferral.classify.LabelRows;
import org.conferral.link.ClassifiedEntry;
import org.conferral.link.DocketLinker;
import org.conferral.link.DocketLinks;
import org.conferral.link.MotionRow;
import org.conferral.link.RulingRow;
import org.conferral.schema.Tables;

/**
 * The link and features stages: per docket, in entry order, links each ruling to the motion it rules on
 * ({@link DocketLinker}) and builds one outcome row per motion ({@link MotionOutcomes}). Only entries the
 * classifier marked as discovery motions or rulings take part, so the shuffle carries few rows.
 */
public final class FeaturesStage {

  /** The stage's three tables. */
  public record Result(Dataset<Row> motions, Dataset<Row> rulings, Dataset<Row> motionOutcomes, Dataset<Row> union) {}

  private static final StructType UNION =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("motion", Tables.MOTIONS.schema(), true)
          .add("ruling", Tables.RULINGS.schema(), true)
          .add("outcome", Tables.MOTION_OUTCOMES.schema(), true);

  private FeaturesStage() {}

  public static Result apply(Dataset<Row> entryLabels, Dataset<Row> dockets) {
    Dataset<Row> facts =
        dockets.select(
            col("docket_uid").as("d_uid"),
            col("court_id"),
            coalesce(col("referred_judge"), col("assigned_judge")).as("judge"),
            col("nature_of_suit"),
            col("pro_se_plaintiff"),
            col("pro_se_defendant"));
    Dataset<Row> relevant =
        entryLabels
            .filter(discovery())
            .join(facts, col("docket_uid").equalTo(col("d_uid")), "left")
            .drop("d_uid");
    // Grouped by the column itself, not by a key function: no row is deserialized to compute its
    // key, and the shuffle carries no appended key column.
    Dataset<Row> union =
        relevant
            .groupBy(col("docket_uid"))
            .as(Encoders.STRING(), Encoders.row(relevant.schema()))
            .flatMapGroups(new LinkDocket(), Encoders.row(UNION));
    return new Result(part(union, "motion"), part(union, "ruling"), part(union, "outcome"), union);
  }

  /**
   * Links and writes the stage's three tables under {@code dir} ({@code dir/motions}, ...) in one
   * job, each task writing its own part files; returns the rows written per table.
   */
  public static Map<String, Long> write(
      org.apache.spark.sql.SparkSession spark,
      Dataset<Row> entryLabels,
      Dataset<Row> dockets,
      String dir) {
    return org.conferral.io.UnionParts.write(
        spark,
        apply(entryLabels, dockets).union(),
        Map.of(
            "motion", Tables.MOTIONS, "ruling", Tables.RULINGS, "outcome", Tables.MOTION_OUTCOMES),
        dir);
  }

  /**
   * The labels this stage reads: discovery motions and orders with rulings ({@code
   * classify.StreamLabels#DISCOVERY_LABELS} holds exactly these rows of a one-pass run).
   */
  public static org.apache.spark.sql.Column discovery() {
    return col("kind")
        .equalTo("motion")
        .and(size(col("motion_types")).gt(0))
        .or(col("kind").equalTo("order").and(size(col("rulings")).gt(0)));
  }

  private static Dataset<Row> part(Dataset<Row> union, String kind) {
    return union.filter(col("kind").equalTo(kind)).select(kind + ".*");
  }

  /** Links one docket's discovery entries and emits its motions, rulings and outcomes. */
  private static final class LinkDocket implements FlatMapGroupsFunction<String, Row, Row> {
    private transient DocketLinker linker;
    private transient Map<String, LocalConferralRule> localRules;

    @Override
    public Iterator<Row> call(String docketUid, Iterator<Row> rows) {
      if (linker == null) {
        linker = new DocketLinker();
        localRules = loadLocalRules();
      }
      List<ClassifiedEntry> entries = new ArrayList<>();
      String courtId = null;
      String judge = null;
      String natureOfSuit = null;
      Boolean proSePlaintiff = null;
      Boolean proSeDefendant = null;
      Map<String, String> movantSide = new java.util.HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        proSePlaintiff = r.getAs("pro_se_plaintiff");
        proSeDefendant = r.getAs("pro_se_defendant");
        if (r.getAs("movant_side") != null) {
          movantSide.put(r.getAs("entry_uid"), r.getAs("movant_side"));
        }
        courtId = r.getAs("court_id");
        judge = r.getAs("judge");
        natureOfSuit = r.getAs("nature_of_suit");
        Date d = r.getAs("date_filed");
        entries.add(
            new ClassifiedEntry(
                docketUid,
                r.getAs("entry_uid"),
                r.getAs("entry_number"),
                r.<Integer>getAs("sequence"),
                d == null ? null : d.toLocalDate(),
                courtId,
                LabelRows.labels(r)));
      }
      entries.sort(Comparator.comparingInt(ClassifiedEntry::sequence).thenComparing(ClassifiedEntry::entryUid));
      DocketLinks links = linker.link(entries);
      List<Row> out = new ArrayList<>();
      Movants movants = new Movants(movantSide, proSePlaintiff, proSeDefendant);
      for (MotionRow m : links.motions()) {
        out.add(RowFactory.create("motion", motion(m, movants), null, null));
      }
      for (RulingRow r : links.rulings()) {
        out.add(RowFactory.create("ruling", null, ruling(r, judge), null));
      }
      LocalConferralRule rule = courtId == null ? null : localRules.get(courtId);
      for (MotionOutcome o : MotionOutcomes.of(links, new DocketFacts(judge, natureOfSuit, null))) {
        out.add(RowFactory.create("outcome", null, null, outcome(o, rule, movants)));
      }
      return out.iterator();
    }
  }

  static Map<String, LocalConferralRule> loadLocalRules() {
    try (Reader in =
        new InputStreamReader(
            FeaturesStage.class.getResourceAsStream("/org/conferral/features/local-rules.csv"),
            StandardCharsets.UTF_8)) {
      return LocalConferralRules.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Who filed each motion of a docket, and whether that side appears pro se. */
  record Movants(Map<String, String> sideByEntry, Boolean proSePlaintiff, Boolean proSeDefendant) {
    String side(String entryUid) {
      return sideByEntry.get(entryUid);
    }

    Boolean proSe(String entryUid) {
      String side = side(entryUid);
      if (org.conferral.classify.MovantSide.PLAINTIFF.equals(side)) {
        return proSePlaintiff;
      }
      if (org.conferral.classify.MovantSide.DEFENDANT.equals(side)) {
        return proSeDefendant;
      }
      return null;
    }
  }

  private static Row motion(MotionRow m, Movants movants) {
    return RowFactory.create(
        m.motionUid(),
        m.docketUid(),
        m.entryUid(),
        m.entryNumber(),
        m.courtId(),
        date(m.dateFiled()),
        m.motionType().label(),
        m.renewed(),
        m.joint(),
        movants.side(m.entryUid()),
        movants.proSe(m.entryUid()),
        m.conferralCertified(),
        m.previousMotionUid(),
        m.rules().toArray(String[]::new),
        m.implied());
  }

  private static Row ruling(RulingRow r, String judge) {
    Evidence e = decisive(r);
    return RowFactory.create(
        r.rulingUid(),
        r.entryUid(),
        r.docketUid(),
        r.courtId(),
        date(r.date()),
        r.citedTarget(),
        r.targetMotionUid(),
        r.linkMethod().label(),
        r.linkConfidence(),
        r.motionType().label(),
        r.outcome().label(),
        r.conferralGround(),
        r.conferralKind() == null ? null : r.conferralKind().label(),
        judge,
        r.fromDocument(),
        e == null ? null : e.text(),
        e == null ? null : e.start(),
        e == null ? null : e.end(),
        e == null ? null : e.inDocument(),
        r.rules().toArray(String[]::new));
  }

  /** The evidence that decided the ruling: the conferral ground's span when there is one. */
  private static Evidence decisive(RulingRow r) {
    if (r.evidence() == null || r.evidence().isEmpty()) {
      return null;
    }
    if (r.conferralGround()) {
      for (Evidence e : r.evidence()) {
        if (e.rule() != null && e.rule().contains("conferral")) {
          return e;
        }
      }
    }
    return r.evidence().get(0);
  }

  private static Row outcome(MotionOutcome o, LocalConferralRule rule, Movants movants) {
    return RowFactory.create(
        o.motionUid(),
        o.docketUid(),
        o.courtId(),
        Circuits.of(o.courtId()),
        o.year(),
        o.motionType().label(),
        o.judge(),
        o.natureOfSuit(),
        movants.side(o.entryUid()),
        movants.proSe(o.entryUid()),
        o.renewed(),
        o.finalRulingUid(),
        o.finalOutcome() == null ? null : o.finalOutcome().label(),
        o.ruledOn(),
        o.denied(),
        o.deniedConferral(),
        o.deniedConferralPartial(),
        o.conferralKind() == null ? null : o.conferralKind().label(),
        o.daysToRuling(),
        o.refiledAfterConferralDenial(),
        o.refilingOutcome() == null ? null : o.refilingOutcome().label(),
        rule == null ? null : rule.rule());
  }

  private static Date date(java.time.LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}

package org.conferral.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.conferral.schema.Columns.id;
import static org.conferral.schema.Columns.optional;
import static org.conferral.schema.Columns.required;
import static org.conferral.schema.Columns.text;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Every table conferral publishes (DESIGN.md), with its schema and partitioning. */
public final class Tables {
  private Tables() {}

  public static final StructType PARTY =
      new StructType(
          new StructField[] {text("name"), text("role"), required("pro_se", BooleanType)});

  public static final StructType EVIDENCE =
      new StructType(
          new StructField[] {
            text("rule"),
            required("start", IntegerType),
            required("end", IntegerType),
            text("text"),
            required("in_document", BooleanType)
          });

  public static final Table DOCKETS =
      new Table(
          "dockets",
          new StructType(
              new StructField[] {
                id("docket_uid"),
                text("docket_key"),
                id("source"),
                text("source_file"),
                text("court_id"),
                text("docket_number"),
                text("case_name"),
                text("nature_of_suit"),
                text("cause"),
                text("jurisdiction"),
                optional("date_filed", DateType),
                optional("date_terminated", DateType),
                text("assigned_judge"),
                text("referred_judge"),
                optional("parties", createArrayType(PARTY, false)),
                optional("pro_se_plaintiff", BooleanType),
                optional("pro_se_defendant", BooleanType)
              }),
          List.of("source"));

  public static final Table ENTRIES =
      new Table(
          "entries",
          new StructType(
              new StructField[] {
                id("docket_uid"),
                id("entry_uid"),
                id("source"),
                text("source_file"),
                required("position", LongType),
                text("entry_number"),
                required("sequence", IntegerType),
                optional("date_filed", DateType),
                text("text"),
                id("content_hash")
              }),
          List.of("source"));

  public static final Table DOCUMENTS =
      new Table(
          "documents",
          new StructType(
              new StructField[] {
                id("document_uid"),
                text("entry_uid"),
                text("docket_uid"),
                id("source"),
                text("source_file"),
                required("position", LongType),
                text("document_number"),
                text("attachment_number"),
                text("description"),
                text("text")
              }),
          List.of("source"));

  public static final Table REJECTS =
      new Table(
          "rejects",
          new StructType(
              new StructField[] {
                id("source"),
                id("source_file"),
                required("position", LongType),
                text("raw"),
                id("reason")
              }),
          List.of());

  /** Per-entry classifier output (the classify stage). */
  public static final StructType RULING_LABEL =
      new StructType(
          new StructField[] {
            text("target"),
            id("motion_type"),
            id("outcome"),
            required("conferral_ground", BooleanType),
            text("conferral_kind"),
            required("from_document", BooleanType),
            optional("rules", createArrayType(StringType, false)),
            optional("evidence", createArrayType(EVIDENCE, false))
          });

  public static final Table ENTRY_LABELS =
      new Table(
          "entry_labels",
          new StructType(
              new StructField[] {
                id("docket_uid"),
                id("entry_uid"),
                text("entry_number"),
                required("sequence", IntegerType),
                optional("date_filed", DateType),
                id("kind"),
                optional("motion_types", createArrayType(StringType, false)),
                optional("rulings", createArrayType(RULING_LABEL, false)),
                required("renewed", BooleanType),
                required("joint", BooleanType),
                required("conferral_certified", BooleanType),
                text("movant_side"),
                optional("cited_entries", createArrayType(StringType, false)),
                optional("evidence", createArrayType(EVIDENCE, false)),
                required("has_document_text", BooleanType)
              }),
          List.of());

  public static final Table MOTIONS =
      new Table(
          "motions",
          new StructType(
              new StructField[] {
                id("motion_uid"),
                id("docket_uid"),
                id("entry_uid"),
                text("entry_number"),
                text("court_id"),
                optional("date_filed", DateType),
                id("motion_type"),
                required("renewed", BooleanType),
                required("joint", BooleanType),
                text("movant_side"),
                optional("movant_pro_se", BooleanType),
                required("conferral_certified", BooleanType),
                text("previous_motion_uid"),
                optional("rules", createArrayType(StringType, false)),
                required("implied", BooleanType)
              }),
          List.of());

  public static final Table RULINGS =
      new Table(
          "rulings",
          new StructType(
              new StructField[] {
                id("ruling_uid"),
                id("entry_uid"),
                id("docket_uid"),
                text("court_id"),
                optional("date_filed", DateType),
                text("target"),
                text("target_motion_uid"),
                id("link_method"),
                required("link_confidence", DoubleType),
                id("motion_type"),
                id("outcome"),
                required("conferral_ground", BooleanType),
                text("conferral_kind"),
                text("judge"),
                required("from_document", BooleanType),
                text("evidence_text"),
                optional("evidence_start", IntegerType),
                optional("evidence_end", IntegerType),
                optional("evidence_in_document", BooleanType),
                optional("rules", createArrayType(StringType, false))
              }),
          List.of());

  public static final Table MOTION_OUTCOMES =
      new Table(
          "motion_outcomes",
          new StructType(
              new StructField[] {
                id("motion_uid"),
                id("docket_uid"),
                text("court_id"),
                text("circuit"),
                optional("year", IntegerType),
                id("motion_type"),
                text("judge"),
                text("nature_of_suit"),
                text("movant_side"),
                optional("movant_pro_se", BooleanType),
                required("renewed", BooleanType),
                text("final_ruling_uid"),
                text("final_outcome"),
                required("ruled_on", BooleanType),
                required("denied", BooleanType),
                required("denied_conferral", BooleanType),
                required("denied_conferral_partial", BooleanType),
                text("conferral_kind"),
                optional("days_to_ruling", IntegerType),
                required("refiled_after_conferral_denial", BooleanType),
                text("refiling_outcome"),
                text("local_rule")
              }),
          List.of());

  public static final Table CONFERRAL_RATES =
      new Table(
          "conferral_rates",
          new StructType(
              new StructField[] {
                id("dimension"),
                text("value"),
                text("period"),
                required("n_motions", LongType),
                required("n_ruled", LongType),
                required("n_denied", LongType),
                required("n_denied_conferral", LongType),
                required("n_denied_conferral_partial", LongType),
                optional("rate", DoubleType),
                optional("rate_lower", DoubleType),
                optional("rate_upper", DoubleType),
                optional("rate_partial", DoubleType),
                optional("share_of_denials", DoubleType),
                required("suppressed", BooleanType)
              }),
          List.of("dimension"));

  /** All tables in publishing order. */
  public static final List<Table> ALL =
      List.of(
          DOCKETS,
          ENTRIES,
          DOCUMENTS,
          REJECTS,
          ENTRY_LABELS,
          MOTIONS,
          RULINGS,
          MOTION_OUTCOMES,
          CONFERRAL_RATES);
}

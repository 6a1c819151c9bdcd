package org.conferral.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/** Converts classifier labels to and from rows of the {@code entry_labels} table. */
public final class LabelRows {
  private LabelRows() {}

  private static final UTF8String[] KINDS = labels(EntryKind.values(), EntryKind::label);
  private static final UTF8String[] MOTION_TYPES = labels(MotionType.values(), MotionType::label);
  private static final UTF8String[] OUTCOMES = labels(Outcome.values(), Outcome::label);
  private static final UTF8String[] CONFERRAL_KINDS =
      labels(ConferralKind.values(), ConferralKind::label);

  /**
   * The {@code entry_labels} row of an entry in Spark's internal form, for {@link
   * org.conferral.io.TableParts#write(InternalRow)}: the values of {@link ClassifyStage#toRow},
   * built without a generic row to convert (the labels' enum names are encoded once).
   */
  static InternalRow internal(
      String docketUid,
      String entryUid,
      String entryNumber,
      int sequence,
      LocalDate date,
      String text,
      String documentText,
      EntryLabels l) {
    Object[] motionTypes = new Object[l.motionTypes().size()];
    for (int i = 0; i < motionTypes.length; i++) {
      motionTypes[i] = MOTION_TYPES[l.motionTypes().get(i).ordinal()];
    }
    Object[] rulings = new Object[l.rulings().size()];
    for (int i = 0; i < rulings.length; i++) {
      rulings[i] = internalRuling(l.rulings().get(i));
    }
    return new GenericInternalRow(
        new Object[] {
          UTF8String.fromString(docketUid),
          UTF8String.fromString(entryUid),
          UTF8String.fromString(entryNumber),
          sequence,
          date == null ? null : DateTimeUtils.localDateToDays(date),
          KINDS[l.kind().ordinal()],
          new GenericArrayData(motionTypes),
          new GenericArrayData(rulings),
          l.renewed(),
          l.joint(),
          l.conferralCertified(),
          l.kind() == EntryKind.MOTION && !l.motionTypes().isEmpty()
              ? UTF8String.fromString(MovantSide.of(text))
              : null,
          strings(l.citedEntries()),
          internalEvidence(l.evidence()),
          documentText != null
        });
  }

  private static InternalRow internalRuling(RulingLabel r) {
    return new GenericInternalRow(
        new Object[] {
          UTF8String.fromString(r.target()),
          MOTION_TYPES[r.motionType().ordinal()],
          OUTCOMES[r.outcome().ordinal()],
          r.conferralGround(),
          r.conferralKind() == null ? null : CONFERRAL_KINDS[r.conferralKind().ordinal()],
          r.fromDocument(),
          strings(r.rules()),
          internalEvidence(r.evidence())
        });
  }

  private static GenericArrayData internalEvidence(List<Evidence> list) {
    Object[] out = new Object[list.size()];
    for (int i = 0; i < out.length; i++) {
      Evidence e = list.get(i);
      out[i] =
          new GenericInternalRow(
              new Object[] {
                UTF8String.fromString(e.rule()),
                e.start(),
                e.end(),
                UTF8String.fromString(e.text()),
                e.inDocument()
              });
    }
    return new GenericArrayData(out);
  }

  private static GenericArrayData strings(List<String> list) {
    Object[] out = new Object[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = UTF8String.fromString(list.get(i));
    }
    return new GenericArrayData(out);
  }

  private static <E extends Enum<E>> UTF8String[] labels(E[] values, Function<E, String> label) {
    UTF8String[] out = new UTF8String[values.length];
    for (E v : values) {
      out[v.ordinal()] = UTF8String.fromString(label.apply(v));
    }
    return out;
  }

  static Row ruling(RulingLabel r) {
    return RowFactory.create(
        r.target(),
        r.motionType().label(),
        r.outcome().label(),
        r.conferralGround(),
        r.conferralKind() == null ? null : r.conferralKind().label(),
        r.fromDocument(),
        r.rules().toArray(String[]::new),
        evidence(r.evidence()));
  }

  static Object[] evidence(List<Evidence> list) {
    Object[] out = new Object[list.size()];
    for (int i = 0; i < out.length; i++) {
      Evidence e = list.get(i);
      out[i] = RowFactory.create(e.rule(), e.start(), e.end(), e.text(), e.inDocument());
    }
    return out;
  }

  /** The labels of an {@code entry_labels} row. */
  public static EntryLabels labels(Row r) {
    List<MotionType> types = new ArrayList<>();
    for (String t : strings(r, "motion_types")) {
      types.add(MotionType.fromLabel(t));
    }
    List<RulingLabel> rulings = new ArrayList<>();
    List<Row> rs = r.getList(r.fieldIndex("rulings"));
    for (Row x : rs == null ? List.<Row>of() : rs) {
      String kind = x.getString(4);
      rulings.add(
          new RulingLabel(
              x.getString(0),
              MotionType.fromLabel(x.getString(1)),
              Outcome.fromLabel(x.getString(2)),
              x.getBoolean(3),
              kind == null ? null : ConferralKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
              x.getBoolean(5),
              x.isNullAt(6) ? List.of() : x.getList(6),
              evidenceOf(x.isNullAt(7) ? List.of() : x.getList(7))));
    }
    return new EntryLabels(
        EntryKind.valueOf(r.getString(r.fieldIndex("kind")).toUpperCase(java.util.Locale.ROOT)),
        types,
        rulings,
        r.getBoolean(r.fieldIndex("renewed")),
        r.getBoolean(r.fieldIndex("joint")),
        r.getBoolean(r.fieldIndex("conferral_certified")),
        strings(r, "cited_entries"),
        evidenceOf(r.isNullAt(r.fieldIndex("evidence")) ? List.of() : r.getList(r.fieldIndex("evidence"))));
  }

  private static List<String> strings(Row r, String field) {
    int i = r.fieldIndex(field);
    return r.isNullAt(i) ? List.of() : r.getList(i);
  }

  private static List<Evidence> evidenceOf(List<Row> rows) {
    List<Evidence> out = new ArrayList<>(rows.size());
    for (Row e : rows) {
      out.add(new Evidence(e.getString(0), e.getInt(1), e.getInt(2), e.getString(3), e.getBoolean(4)));
    }
    return out;
  }
}

package org.conferral.classify;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Converts classifier labels to and from rows of the {@code entry_labels} table. */
public final class LabelRows {
  private LabelRows() {}

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

package org.conferral.classify;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.conferral.schema.Tables;

/**
 * The classify stage: {@code entries} (with the full text of their documents, where the source has it)
 * to {@code entry_labels}. The rules run in plain Java, one {@link EntryClassifier} per partition.
 *
 * <p>An order that cites a motion only by number ("granting 45 Motion") is read with its docket's
 * context: the discovery motions filed before it ({@link EntryClassifier#classifyDocket}). Context
 * holds only discovery motions, and a motion's labels never depend on context, so the stage first labels
 * every entry on its own (no shuffle), then re-reads in docket order only the dockets that have a
 * discovery motion. The result equals classifying every docket in order.
 */
public final class ClassifyStage {
  private ClassifyStage() {}

  public static Dataset<Row> apply(Dataset<Row> entries, Dataset<Row> documents) {
    Dataset<Row> alone =
        input(entries, documents)
            .mapPartitions(new ClassifyAlone(), Encoders.row(Tables.ENTRY_LABELS.schema()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> withMotions =
        broadcast(
            alone
                .filter(col("kind").equalTo("motion").and(size(col("motion_types")).gt(0)))
                .select(col("docket_uid").as("ctx_docket_uid"))
                .distinct());
    // Only the dockets with a discovery motion are read again, with their documents (a document
    // without a docket uid is kept: the join on its entry decides).
    Column inDocket = col("docket_uid").equalTo(col("ctx_docket_uid"));
    Dataset<Row> inContext =
        input(
                entries.join(withMotions, inDocket, "left_semi"),
                documents
                    .join(withMotions, inDocket, "left_semi")
                    .unionByName(documents.filter(col("docket_uid").isNull())))
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
            .flatMapGroups(new ClassifyDocket(), Encoders.row(Tables.ENTRY_LABELS.schema()));
    return alone.join(withMotions, inDocket, "left_anti").unionByName(inContext);
  }

  /** Rows (docket_uid, entry_uid, number, sequence, date, text, document_text) of the entries. */
  private static Dataset<Row> input(Dataset<Row> entries, Dataset<Row> documents) {
    Dataset<Row> docText =
        documents
            .filter(col("text").isNotNull().and(col("entry_uid").isNotNull()))
            .groupBy(col("entry_uid").as("doc_entry_uid"))
            .agg(
                concat_ws(
                        "\n\n",
                        functions.transform(
                            functions.array_sort(
                                collect_list(
                                    struct(
                                        col("attachment_number"), col("document_uid"), col("text")))),
                            s -> s.getField("text")))
                    .as("document_text"));
    return entries
        .select("docket_uid", "entry_uid", "entry_number", "sequence", "date_filed", "text")
        .join(docText, col("entry_uid").equalTo(col("doc_entry_uid")), "left")
        .drop("doc_entry_uid");
  }

  /** Labels each entry on its own. Rows: (docket_uid, entry_uid, number, sequence, date, text, doc). */
  private static final class ClassifyAlone implements MapPartitionsFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      EntryClassifier classifier = new EntryClassifier();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          return toRow(r, classifier.classify(nullToEmpty(r.getString(5)), r.getString(6)));
        }
      };
    }
  }

  /** Labels one docket's entries in docket order, with the context of its earlier motions. */
  private static final class ClassifyDocket implements FlatMapGroupsFunction<String, Row, Row> {
    private transient EntryClassifier classifier;

    @Override
    public Iterator<Row> call(String docketUid, Iterator<Row> rows) {
      if (classifier == null) {
        classifier = new EntryClassifier();
      }
      List<Row> docket = new ArrayList<>();
      rows.forEachRemaining(docket::add);
      docket.sort(DOCKET_ORDER);
      List<DocketEntryText> texts = new ArrayList<>(docket.size());
      for (Row r : docket) {
        texts.add(new DocketEntryText(r.getString(2), nullToEmpty(r.getString(5)), r.getString(6)));
      }
      List<EntryLabels> labels = classifier.classifyDocket(texts);
      List<Row> out = new ArrayList<>(docket.size());
      for (int i = 0; i < docket.size(); i++) {
        out.add(toRow(docket.get(i), labels.get(i)));
      }
      return out.iterator();
    }
  }

  /** Docket order: the source's sequence, then filing date, then uid (for sources without order). */
  static final Comparator<Row> DOCKET_ORDER =
      Comparator.<Row>comparingInt(r -> r.getInt(3))
          .thenComparing(r -> (Date) r.get(4), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.getString(1));

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * The {@code entry_labels} row of an entry: {@code r} is (docket_uid, entry_uid, entry_number,
   * sequence, date_filed, text, document_text).
   */
  static Row toRow(Row r, EntryLabels l) {
    return RowFactory.create(
        r.getString(0),
        r.getString(1),
        r.getString(2),
        r.getInt(3),
        r.get(4),
        l.kind().label(),
        l.motionTypes().stream().map(MotionType::label).toArray(String[]::new),
        l.rulings().stream().map(LabelRows::ruling).toArray(),
        l.renewed(),
        l.joint(),
        l.conferralCertified(),
        l.kind() == EntryKind.MOTION && !l.motionTypes().isEmpty() ? MovantSide.of(r.getString(5)) : null,
        l.citedEntries().toArray(String[]::new),
        LabelRows.evidence(l.evidence()),
        r.getString(6) != null);
  }
}

package org.conferral.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.struct;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.conferral.schema.Tables;

/**
 * The classify stage: {@code entries} (with the full text of their documents, where the source has it)
 * to {@code entry_labels}. The rules run in plain Java, one {@link EntryClassifier} per partition.
 */
public final class ClassifyStage {
  private ClassifyStage() {}

  public static Dataset<Row> apply(Dataset<Row> entries, Dataset<Row> documents) {
    Dataset<Row> docText =
        documents
            .filter(col("text").isNotNull().and(col("entry_uid").isNotNull()))
            .groupBy("entry_uid")
            .agg(
                concat_ws(
                        "\n\n",
                        functions.transform(
                            functions.array_sort(
                                collect_list(struct(col("attachment_number"), col("document_uid"), col("text")))),
                            s -> s.getField("text")))
                    .as("document_text"));
    return entries
        .select("docket_uid", "entry_uid", "entry_number", "sequence", "date_filed", "text")
        .join(docText, entries.col("entry_uid").equalTo(docText.col("entry_uid")), "left")
        .drop(docText.col("entry_uid"))
        .mapPartitions(new Classify(), Encoders.row(Tables.ENTRY_LABELS.schema()));
  }

  /** Row of (docket_uid, entry_uid, entry_number, sequence, date_filed, text, document_text). */
  private static final class Classify implements MapPartitionsFunction<Row, Row> {
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
          String text = r.getString(5);
          String doc = r.getString(6);
          EntryLabels l = classifier.classify(text == null ? "" : text, doc);
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
              l.citedEntries().toArray(String[]::new),
              LabelRows.evidence(l.evidence()),
              doc != null);
        }
      };
    }
  }
}

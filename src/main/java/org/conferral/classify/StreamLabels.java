package org.conferral.classify;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.IngestTap;
import org.conferral.ingest.RejectRecord;
import org.conferral.io.TableParts;
import org.conferral.io.TaskOutputs;
import org.conferral.io.UidRuns;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;

/**
 * Labels entries during ingest, as each task's readers stream them ({@link DocketStream}): writes the
 * task's {@code entry_labels} rows for the dockets it could label exactly, and one {@link #DOCKET_RUNS}
 * row per run of a docket's records (with the docket's uid hash under the same name, so that the
 * driver learns without a Spark job whether any docket ran twice). The job relabels over the whole input the dockets that several
 * tasks saw or a task could not resolve, and everything when a task met an orphan ({@link #ORPHANS}).
 */
public final class StreamLabels implements IngestTap {

  /** One row per run of a docket's entries and documents in a task: (docket_uid, task, resolved). */
  public static final Table DOCKET_RUNS =
      new Table(
          "docket_runs",
          new StructType()
              .add("docket_uid", StringType, false)
              .add("task", IntegerType, false)
              .add("resolved", BooleanType, false),
          List.of());

  /**
   * The labels the link stage reads (discovery motions, orders with rulings), in the schema of {@code
   * entry_labels}: a few percent of the rows, so linking need not scan every label.
   */
  public static final Table DISCOVERY_LABELS =
      new Table("discovery_labels", Tables.ENTRY_LABELS.schema(), List.of());

  /** Counter: records that may change labels outside their docket (see {@link DocketStream}). */
  public static final String ORPHANS = "label_orphans";

  /** Counter: runs of a docket a task could not label exactly ({@code resolved} false). */
  public static final String UNRESOLVED = "label_unresolved_runs";

  /** Makes one per task. */
  public static IngestTap.Factory factory() {
    return outputs -> new StreamLabels(outputs);
  }

  private final TableParts labels;
  private final TableParts discovery;
  private final TableParts runs;
  private final UidRuns.Writer runUids;
  private final int task;
  private final DocketStream stream;
  private long orphans;
  private long unresolved;

  private StreamLabels(TaskOutputs outputs) {
    this.labels = outputs.table(Tables.ENTRY_LABELS);
    this.discovery = outputs.table(DISCOVERY_LABELS);
    this.runs = outputs.table(DOCKET_RUNS);
    this.runUids = outputs.uids(DOCKET_RUNS.name());
    org.apache.spark.TaskContext ctx = org.apache.spark.TaskContext.get();
    this.task = ctx == null ? 0 : ctx.partitionId();
    this.stream =
        new DocketStream(
            new EntryClassifier(),
            new DocketStream.Out() {
              @Override
              public void labelled(DocketStream.Entry e, String documentText, EntryLabels l) {
                InternalRow row =
                    LabelRows.internal(
                        e.docketUid(),
                        e.entryUid(),
                        e.entryNumber(),
                        e.sequence(),
                        e.date(),
                        e.text(),
                        documentText,
                        l);
                labels.write(row);
                if (l.kind() == EntryKind.MOTION && !l.motionTypes().isEmpty()
                    || l.kind() == EntryKind.ORDER && !l.rulings().isEmpty()) {
                  discovery.write(row);
                }
              }

              @Override
              public void docket(String docketUid, boolean resolved) {
                runs.write(
                    new GenericInternalRow(
                        new Object[] {UTF8String.fromString(docketUid), task, resolved}));
                runUids.add(docketUid);
                if (!resolved) {
                  unresolved++;
                }
              }

              @Override
              public void orphan(String why) {
                orphans++;
              }
            });
  }

  @Override
  public void docket(DocketRecord docket) {}

  @Override
  public void entry(EntryRecord e) {
    stream.entry(
        new DocketStream.Entry(
            e.docketUid(), e.entryUid(), e.entryNumber(), e.sequence(), e.dateFiled(), e.text()));
  }

  @Override
  public void document(DocumentRecord d) {
    stream.document(
        new DocketStream.Doc(
            d.documentUid(), d.entryUid(), d.docketUid(), d.attachmentNumber(), d.text()));
  }

  @Override
  public void reject(RejectRecord reject) {}

  @Override
  public void finish(Map<String, Long> counters) {
    stream.finish();
    counters.merge(ORPHANS, orphans, Long::sum);
    counters.merge(UNRESOLVED, unresolved, Long::sum);
  }
}

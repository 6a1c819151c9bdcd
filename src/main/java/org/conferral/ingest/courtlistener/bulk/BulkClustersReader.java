package org.conferral.ingest.courtlistener.bulk;

import java.util.Set;
import java.util.StringJoiner;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;

/**
 * Reads CourtListener's bulk {@code opinion-clusters-YYYY-MM-DD.csv}. A cluster is one ruling of a
 * court, so each row becomes an unnumbered {@link EntryRecord} of docket {@code cl:<docket_id>} with
 * uid {@code cl-cluster:<id>}; its text is the case name followed by whichever of disposition,
 * syllabus, summary, posture, headnotes and procedural history are filled (null when none is). The
 * ruling's full text arrives separately as an opinion document. Required: {@code id}, {@code
 * docket_id}. Sequence is 0: the file is in heap order, so order entries by date.
 */
public final class BulkClustersReader extends BulkCsvReader {

  private static final String[] TEXT_COLUMNS = {
    "disposition", "syllabus", "summary", "posture", "headnotes", "procedural_history"
  };

  public BulkClustersReader() {
    super("opinion-clusters", Set.of("judges", "date_filed_is_approximate", "disposition"));
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.CL_BULK_CLUSTERS;
  }

  @Override
  protected String emit(BulkRow row, String sourceFile, RecordSink sink) {
    String id = row.text("id");
    String docketId = row.text("docket_id");
    if (id == null || docketId == null) {
      return "opinion cluster row without " + (id == null ? "id" : "docket_id");
    }
    sink.entry(
        new EntryRecord(
            "cl:" + docketId,
            "cl-cluster:" + id,
            SOURCE,
            sourceFile,
            row.line(),
            null,
            0,
            row.date("date_filed"),
            text(row)));
    return null;
  }

  static String text(BulkRow row) {
    StringJoiner text = new StringJoiner("\n");
    String name = BulkDocketsReader.firstText(row, "case_name", "case_name_full", "case_name_short");
    if (name != null) {
      text.add(name);
    }
    for (String c : TEXT_COLUMNS) {
      String v = row.text(c);
      if (v != null) {
        text.add(v);
      }
    }
    return text.length() == 0 ? null : text.toString();
  }
}

package org.conferral.ingest.courtlistener.bulk;

import java.util.List;
import java.util.Set;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;

/**
 * Reads CourtListener's bulk {@code dockets-YYYY-MM-DD.csv}: one {@link DocketRecord} per row, uid
 * {@code cl:<id>}. Required: {@code id}. Judges come from {@code assigned_to_str}/{@code
 * referred_to_str}; the bulk file lists no parties.
 */
public final class BulkDocketsReader extends BulkCsvReader {

  public BulkDocketsReader() {
    super("dockets", Set.of("assigned_to_str", "case_name", "docket_number", "nature_of_suit"));
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.CL_BULK_DOCKETS;
  }

  @Override
  protected String emit(BulkRow row, String sourceFile, RecordSink sink) {
    String id = row.text("id");
    if (id == null) {
      return "docket row without id";
    }
    String court = row.text("court_id");
    String number = row.text("docket_number");
    sink.docket(
        new DocketRecord(
            "cl:" + id,
            DocketKeys.of(court, number),
            SOURCE,
            sourceFile,
            court,
            number,
            firstText(row, "case_name", "case_name_full", "case_name_short"),
            row.text("nature_of_suit"),
            row.text("cause"),
            row.text("jurisdiction_type"),
            row.date("date_filed"),
            row.date("date_terminated"),
            row.text("assigned_to_str"),
            row.text("referred_to_str"),
            List.of()));
    return null;
  }

  static String firstText(BulkRow row, String... columns) {
    for (String c : columns) {
      String v = row.text(c);
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}

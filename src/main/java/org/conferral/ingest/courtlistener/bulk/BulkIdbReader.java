package org.conferral.ingest.courtlistener.bulk;

import java.util.Set;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.fjc.FjcIdbReader;
import org.conferral.ingest.fjc.IdbCodebook;
import org.conferral.ingest.fjc.IdbDocketNumber;

/**
 * Reads CourtListener's bulk {@code fjc-integrated-database-YYYY-MM-DD.csv} (its copy of the FJC
 * IDB): one {@link DocketRecord} per row with source {@code fjc_idb} and uid {@code idb:<id>}. Court is
 * {@code district_id} (already a CourtListener court id); the number is {@code
 * office:YY-cv-NNNNN} from {@code office} and the seven-digit {@code docket_number}; covariates are
 * the nature-of-suit code, jurisdiction (as words), title:section as cause, dates, and plaintiff and
 * defendant with the {@code pro_se} flags as parties. Required: {@code id}.
 */
public final class BulkIdbReader extends BulkCsvReader {

  public BulkIdbReader() {
    super("fjc-integrated-database", Set.of("office", "docket_number", "origin", "plaintiff", "defendant"));
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.CL_BULK_IDB;
  }

  @Override
  protected String source() {
    return FjcIdbReader.SOURCE;
  }

  @Override
  protected String emit(BulkRow row, String sourceFile, RecordSink sink) {
    String id = row.text("id");
    if (id == null) {
      return "IDB row without id";
    }
    String court = row.text("district_id");
    String number = IdbDocketNumber.of(row.text("office"), row.text("docket_number"));
    String plaintiff = row.text("plaintiff");
    String defendant = row.text("defendant");
    String proSe = row.text("pro_se");
    sink.docket(
        new DocketRecord(
            "idb:" + id,
            DocketKeys.of(court, number),
            FjcIdbReader.SOURCE,
            sourceFile,
            court,
            number,
            IdbCodebook.caseName(plaintiff, defendant),
            row.text("nature_of_suit"),
            IdbCodebook.cause(row.text("title"), row.text("section")),
            IdbCodebook.jurisdiction(row.text("jurisdiction")),
            row.date("date_filed"),
            row.date("date_terminated"),
            null,
            null,
            IdbCodebook.parties(plaintiff, defendant, proSe)));
    return null;
  }
}

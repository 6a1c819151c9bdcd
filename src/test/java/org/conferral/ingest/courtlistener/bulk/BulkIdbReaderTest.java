package org.conferral.ingest.courtlistener.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocketRecord.Party;
import org.junit.jupiter.api.Test;

/** CourtListener's copy of the FJC IDB, in the bulk CSV dialect. */
class BulkIdbReaderTest {

  // the column list of make_bulk_data.sh for recap_fjcintegrateddatabase
  private static final String HEADER =
      "id,date_created,date_modified,dataset_source,office,docket_number,origin,date_filed,"
          + "jurisdiction,nature_of_suit,title,section,subsection,diversity_of_residence,"
          + "class_action,monetary_demand,county_of_residence,arbitration_at_filing,"
          + "arbitration_at_termination,multidistrict_litigation_docket_number,plaintiff,defendant,"
          + "date_transfer,transfer_office,transfer_docket_number,transfer_origin,date_terminated,"
          + "termination_class_action_status,procedural_progress,disposition,nature_of_judgement,"
          + "amount_received,judgment,pro_se,year_of_tape,nature_of_offense,version,circuit_id,"
          + "district_id";

  @Test
  void rowBecomesAnIdbDocketWithCovariates() throws IOException {
    String row =
        "\"77\",\"2019-01-01 00:00:00+00\",\"2019-01-01 00:00:00+00\",\"2\",\"1\",\"2205012\","
            + "\"1\",\"2022-09-14\",\"3\",\"440\",\"42\",\"1983\",\"\",,,,,\"\",\"\",\"\","
            + "\"DELGADO\",\"CITY OF HARROW CREEK\",,\"\",\"\",\"\",\"2024-09-30\",,\"2\",\"12\","
            + "\"0\",,\"2\",\"1\",\"2025\",\"\",,\"ca7\",\"ilnd\"";
    CollectingSink sink = new CollectingSink();
    long met =
        new BulkIdbReader()
            .read(
                new ByteArrayInputStream((HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)),
                "fjc-integrated-database-2026-11-01.csv",
                sink);
    assertEquals(1, met);
    assertEquals(List.of(), sink.rejects);
    DocketRecord d = sink.dockets.get(0);
    assertEquals("idb:77", d.docketUid());
    assertEquals("fjc_idb", d.source());
    assertEquals("ilnd;1:22-cv-05012", d.docketKey());
    assertEquals("440", d.natureOfSuit());
    assertEquals("42:1983", d.cause());
    assertEquals("Federal Question", d.jurisdiction());
    assertEquals(LocalDate.of(2024, 9, 30), d.dateTerminated());
    assertEquals(
        List.of(
            new Party("DELGADO", "Plaintiff", true),
            new Party("CITY OF HARROW CREEK", "Defendant", false)),
        d.parties());
  }

  @Test
  void sniffByHeaderOrByName() {
    BulkIdbReader reader = new BulkIdbReader();
    assertTrue(reader.sniff("odd-name.csv", HEADER + "\n\"1\""));
    assertTrue(reader.sniff("fjc-integrated-database-2026-11-01.csv", ""));
    assertFalse(reader.sniff("dockets-2026-11-01.csv", ""));
    assertFalse(new BulkDocketsReader().sniff("fjc-integrated-database-2026-11-01.csv", HEADER));
    assertFalse(reader.sniff("fjc-integrated-database-2026-11-01.csv", "id,foo,bar\n"));
  }
}

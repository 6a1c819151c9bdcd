package org.conferral.ingest.courtlistener.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.junit.jupiter.api.Test;

/** The PostgreSQL COPY dialect corners, read through the dockets reader. */
class BulkDialectTest {

  private static final String HEADER =
      "id,case_name,docket_number,court_id,nature_of_suit,cause,assigned_to_str,date_filed,"
          + "date_terminated,blocked\n";

  private static CollectingSink read(String text, String fileName) throws IOException {
    CollectingSink sink = new CollectingSink();
    long met =
        new BulkDocketsReader()
            .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName, sink);
    assertEquals(met, sink.total(), "records read = emitted + rejected");
    return sink;
  }

  private static DocketRecord only(CollectingSink sink) {
    assertEquals(0, sink.rejects.size(), () -> "rejects: " + sink.rejects);
    assertEquals(1, sink.dockets.size());
    return sink.dockets.get(0);
  }

  @Test
  void backslashQuoteIsAQuoteNotDoubling() throws IOException {
    DocketRecord d =
        only(
            read(
                HEADER
                    + "\"1\",\"In re Methyl (\\\"MTBE\\\") Litigation\",\"1:00-cv-01898\",\"nysd\","
                    + "\"385\",\"\",\"\",\"2000-03-10\",,\"f\"\n",
                "dockets-2026-11-01.csv"));
    assertEquals("In re Methyl (\"MTBE\") Litigation", d.caseName());
  }

  @Test
  void doubledBackslashIsOneBackslash() throws IOException {
    DocketRecord d =
        only(
            read(
                HEADER + "\"7\",\"In re A\\\\B Corp.\",,\"nysb\",\"\",\"\",\"\",,,\"f\"\n",
                "dockets-2026-11-01.csv"));
    assertEquals("In re A\\B Corp.", d.caseName());
  }

  @Test
  void newlineInsideQuotedValueKeepsTheRecordTogether() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\"1\",\"Alpha v.\nBeta\",\"2:16-cv-02117\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n"
                + "\"2\",\"Gamma v. Delta\",\"2:16-cv-02118\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n",
            "dockets-2026-11-01.csv");
    assertEquals(2, sink.dockets.size());
    assertEquals("Alpha v.\nBeta", sink.dockets.get(0).caseName());
    assertEquals("ksd;2:16-cv-02118", sink.dockets.get(1).docketKey());
  }

  @Test
  void unquotedEmptyIsNullAndQuotedEmptyIsEmptyString() throws IOException {
    CopyCsvDialect dialect = new CopyCsvDialect('"');
    var values = dialect.parse("\"a\",,\"\",\"t\"");
    assertEquals("a", values.get(0));
    assertNull(values.get(1), "nothing between commas is SQL NULL");
    assertEquals("", values.get(2), "\"\" is the empty string");
    assertEquals("t", values.get(3));
  }

  @Test
  void datesBooleansAndNullDocketNumber() throws IOException {
    String text = HEADER + "\"9\",\"X v. Y\",,\"ksd\",\"\",\"\",\"\",\"2008-12-23\",,\"t\"\n";
    DocketRecord d = only(read(text, "dockets-2026-11-01.csv"));
    assertEquals(LocalDate.of(2008, 12, 23), d.dateFiled());
    assertNull(d.dateTerminated());
    assertNull(d.docketNumber());
    assertNull(d.docketKey(), "no key without a number");
    assertNull(d.natureOfSuit(), "empty string becomes null in the canonical record");
  }

  @Test
  void backtickDialectIsDetectedFromTheFirstDataLine() throws IOException {
    DocketRecord d =
        only(
            read(
                HEADER
                    + "`3`,`In Re: (\"MTBE\") d/b/a \\`AB\\``,`1:00-cv-01898`,`nysd`,``,``,``,,,`f`\n",
                "some-export.csv"));
    assertEquals("In Re: (\"MTBE\") d/b/a `AB`", d.caseName());
    assertEquals("nysd;1:00-cv-01898", d.docketKey());
  }

  @Test
  void quoteFollowsSnapshotDateWhenNoRowShowsIt() {
    assertEquals('`', CopyCsvDialect.detectQuote("id,a", -1, "dockets-2024-10-31.csv"));
    assertEquals('"', CopyCsvDialect.detectQuote("id,a", -1, "dockets-2025-01-23.csv"));
    assertEquals('"', CopyCsvDialect.detectQuote("id,a", ',', "dockets.csv"));
  }

  @Test
  void wrongColumnCountIsRejectedWithItsLineAndReadingGoesOn() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\"1\",\"A v. B\",\"2:16-cv-02117\",\"ksd\"\n"
                + "\"2\",\"C v.\nD\",\"2:16-cv-02118\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n",
            "dockets-2026-11-01.csv");
    assertEquals(1, sink.rejects.size());
    assertEquals(2, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().contains("expected 10 columns"), sink.rejects.get(0).reason());
    assertEquals("\"1\",\"A v. B\",\"2:16-cv-02117\",\"ksd\"", sink.rejects.get(0).raw());
    assertEquals(1, sink.dockets.size());
    assertEquals("C v.\nD", sink.dockets.get(0).caseName());
  }

  @Test
  void junkAfterClosingQuoteIsRejected() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\"1\",\"A v. B\"x,\"2:16-cv-02117\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n"
                + "\"2\",\"C v. D\",\"2:16-cv-02118\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n",
            "dockets-2026-11-01.csv");
    assertEquals(1, sink.rejects.size());
    assertTrue(sink.rejects.get(0).reason().startsWith("malformed CSV record at line 2"));
    assertEquals(1, sink.dockets.size());
  }

  @Test
  void brokenQuoteAtEndOfFileIsRejectedAfterEarlierRowsAreKept() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\"1\",\"A v. B\",\"2:16-cv-02117\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n"
                + "\"2\",\"C v. D\",\"2:16-cv-02118\",\"ksd\",\"\",\"\",\"\",,,\"f\n",
            "dockets-2026-11-01.csv");
    assertEquals(1, sink.dockets.size());
    assertEquals(1, sink.rejects.size());
    assertEquals(3, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().startsWith("unterminated quoted value"));
  }

  @Test
  void emptyFileAndHeaderOnlyReadNothing() throws IOException {
    assertEquals(0, read("", "dockets-2026-11-01.csv").total());
    assertEquals(0, read(HEADER, "dockets-2026-11-01.csv").total());
  }

  @Test
  void rowWithoutIdIsRejected() throws IOException {
    CollectingSink sink =
        read(HEADER + ",\"A v. B\",\"2:16-cv-02117\",\"ksd\",\"\",\"\",\"\",,,\"f\"\n", "d.csv");
    assertEquals(1, sink.rejects.size());
    assertEquals("docket row without id", sink.rejects.get(0).reason());
  }
}

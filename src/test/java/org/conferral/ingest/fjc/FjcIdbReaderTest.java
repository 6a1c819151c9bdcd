package org.conferral.ingest.fjc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocketRecord.Party;
import org.junit.jupiter.api.Test;

class FjcIdbReaderTest {

  private static final String HEADER =
      "CIRCUIT\tDISTRICT\tOFFICE\tDOCKET\tORIGIN\tFILEDATE\tJURIS\tNOS\tTITL\tSECTION\tPLT\tDEF\t"
          + "TERMDATE\tPROSE";

  private static CollectingSink read(String text) throws IOException {
    CollectingSink sink = new CollectingSink();
    long met =
        new FjcIdbReader()
            .read(
                new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))),
                "cv88on.txt",
                sink);
    assertEquals(met, sink.total(), "records read = emitted + rejected");
    return sink;
  }

  @Test
  void rowBecomesDocketKeyedLikePacer() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\r\n10\t83\t2\t1602117\t1\t03/18/2016\t4\t190\t28\t1332\tHARLAN FEED\t"
                + "PRAIRIE GRAIN\t01/01/1900\t0\r\n");
    assertEquals(List.of(), sink.rejects);
    DocketRecord d = sink.dockets.get(0);
    assertEquals("ksd", d.courtId());
    assertEquals("2:16-cv-02117", d.docketNumber());
    assertEquals("ksd;2:16-cv-02117", d.docketKey());
    assertEquals("fjc_idb", d.source());
    assertEquals(LocalDate.of(2016, 3, 18), d.dateFiled());
    assertNull(d.dateTerminated(), "01/01/1900 means missing");
    assertEquals("Diversity", d.jurisdiction());
    assertEquals("190", d.natureOfSuit());
    assertEquals("28:1332", d.cause());
    assertEquals("HARLAN FEED v. PRAIRIE GRAIN", d.caseName());
  }

  @Test
  void missingCodesAndProSe() throws IOException {
    CollectingSink sink =
        read(HEADER + "\n07\t52\t1\t2205012\t1\t09/14/2022\t-8\t-8\t-8\t-8\t-8\tCITY\t-8\t3\n");
    DocketRecord d = sink.dockets.get(0);
    assertNull(d.jurisdiction());
    assertNull(d.natureOfSuit());
    assertNull(d.cause());
    assertEquals(
        List.of(new Party(null, "Plaintiff", true), new Party("CITY", "Defendant", true)),
        d.parties());
  }

  @Test
  void badRowsAreRejectedWithLineAndReadingGoesOn() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\r\n10\t83\t2\t1602117\r\n"
                + "10\tZZ\t2\t1602118\t1\t03/18/2016\t4\t190\t28\t1332\tA\tB\t-8\t0\r\n"
                + "10\t83\t2\t1602119\t1\t03/18/2016\t4\t190\t28\t1332\tA\tB\t-8\t0\r\n");
    assertEquals(1, sink.dockets.size());
    assertEquals(2, sink.rejects.size());
    assertEquals(2, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().startsWith("expected 14 tab-separated fields"));
    assertEquals("unknown FJC district code 'ZZ' at line 3", sink.rejects.get(1).reason());
  }

  @Test
  void quotedValueWithDoubledQuotesAndBareLineFeedInsideACrlfFile() throws IOException {
    CollectingSink sink =
        read(
            HEADER
                + "\r\n02\t08\t1\t2403381\t1\t05/06/2024\t3\t850\t15\t78\t"
                + "\"M/V \"\"THEODORA\"\" HER\nENGINES\"\tSTRAND\t-8\t0\r\n");
    assertEquals(List.of(), sink.rejects);
    assertEquals("M/V \"THEODORA\" HER ENGINES", sink.dockets.get(0).parties().get(0).name());
  }

  @Test
  void sniffByTabSeparatedHeaderEvenWithAnOddName() {
    FjcIdbReader reader = new FjcIdbReader();
    assertTrue(reader.sniff("export-0001.dat", HEADER + "\r\n10\t83"));
    assertTrue(reader.sniff("cv88on.txt", ""));
    assertFalse(reader.sniff("cv88on.txt", "id,office,docket_number\n"));
    assertFalse(reader.sniff("dockets-2026-11-01.csv", ""));
  }

  @Test
  void districtTableHasAll94DistrictsOncePerCourt() {
    Map<String, String> all = FjcDistricts.all();
    assertEquals(94, all.size());
    assertEquals(94, all.values().stream().collect(Collectors.toSet()).size());
    assertEquals("ksd", FjcDistricts.courtId("83"));
    assertEquals("flmd", FjcDistricts.courtId("3a"));
    assertEquals("akd", FjcDistricts.courtId("7-"));
    assertEquals("mad", FjcDistricts.courtId("1"));
    assertNull(FjcDistricts.courtId("21"));
  }

  @Test
  void docketNumberFromOfficeAndDocket() {
    assertEquals("2:16-cv-02117", IdbDocketNumber.of("2", "1602117"));
    assertEquals("1:09-cv-00123", IdbDocketNumber.of("1", "900123"));
    assertEquals("09-cv-00123", IdbDocketNumber.of("-8", "0900123"));
    assertNull(IdbDocketNumber.of("1", "16-2117"));
  }

  @Test
  void sampleFileMatchesTheSampleDockets() throws IOException {
    Path file = Path.of("data", "sample", "fjc-idb", "fjc-idb-civil-sample.tsv");
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(new FjcIdbReader().read(in, file.toString(), sink), sink.total());
    }
    assertEquals(1, sink.rejects.size());
    assertEquals(
        List.of(
            "ksd;2:24-cv-02117",
            "ksd;2:23-cv-02655",
            "nysd;1:24-cv-03381",
            "ilnd;1:22-cv-05012",
            "cod;1:23-cv-01460"),
        sink.dockets.stream().map(DocketRecord::docketKey).toList());
    assertEquals("BELLWEATHER CAPITAL PARTNERS LP \"BELLWEATHER\"", sink.dockets.get(2).parties().get(0).name());
    assertTrue(sink.dockets.get(3).parties().get(0).proSe());
  }
}

package org.conferral.ingest.govinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.EntryRecord;
import org.junit.jupiter.api.Test;

/** The MODS reader on hand-made packages and on the bundled samples. */
class GovInfoModsReaderTest {

  private static final String OPEN =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<mods xmlns=\"http://www.loc.gov/mods/v3\" version=\"3.3\">\n"
          + "<extension><collectionCode>USCOURTS</collectionCode></extension>\n";
  private static final String CASE =
      "<extension><accessId>USCOURTS-ksd-2_23-cv-02941</accessId><courtCode>ksd</courtCode>"
          + "<caseNumber>2:23-cv-02941</caseNumber><party fullName=\"Ada Wren\""
          + " role=\"Plaintiff\"/><party lastName=\"Tallis\" role=\"Defendant\"/></extension>\n"
          + "<titleInfo><title>Wren v. Tallis</title></titleInfo>\n";

  private final GovInfoModsReader reader = new GovInfoModsReader();

  private CollectingSink read(String xml, String fileName) throws IOException {
    CollectingSink sink = new CollectingSink();
    long n =
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), fileName, sink);
    assertEquals(sink.total(), n, "records read = emitted + rejected");
    return sink;
  }

  private static String granule(int i, String date, String docketText) {
    return "<relatedItem type=\"constituent\" ID=\"id-USCOURTS-ksd-2_23-cv-02941-"
        + i
        + "\">"
        + "<titleInfo><title>Wren v. Tallis</title><subTitle>sub "
        + i
        + "</subTitle></titleInfo>"
        + "<relatedItem type=\"otherFormat\"><identifier>D0</identifier></relatedItem>"
        + "<extension><accessId>USCOURTS-ksd-2_23-cv-02941-"
        + i
        + "</accessId>"
        + "<dateIssued>"
        + date
        + "</dateIssued>"
        + (docketText == null ? "" : "<docketText>" + docketText + "</docketText>")
        + "</extension></relatedItem>\n";
  }

  @Test
  void packageIsADocketAndEachGranuleAnEntry() throws IOException {
    CollectingSink sink =
        read(
            OPEN
                + CASE
                + granule(0, "2024-01-05", "ORDER one")
                + granule(1, "2024-02-06", null)
                + "</mods>",
            "x.xml");
    assertEquals(1, sink.dockets.size());
    assertEquals("govinfo:ksd;2:23-cv-02941", sink.dockets.get(0).docketUid());
    assertEquals("Wren v. Tallis", sink.dockets.get(0).caseName());
    assertEquals(
        List.of("Ada Wren", "Tallis"),
        sink.dockets.get(0).parties().stream().map(p -> p.name()).toList());
    EntryRecord second = sink.entries.get(1);
    assertEquals("govinfo:USCOURTS-ksd-2_23-cv-02941-1", second.entryUid());
    assertEquals("sub 1", second.text(), "the subtitle stands in for a missing docketText");
    assertEquals(1, second.sequence());
    assertEquals(2, second.position());
  }

  @Test
  void truncatedPackageKeepsTheDocketAndFinishedGranules() throws IOException {
    String xml =
        OPEN
            + CASE
            + granule(0, "2024-01-05", "ORDER one")
            + "<relatedItem type=\"constituent\"><titleInfo><title>Wren v. Ta";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(1, sink.dockets.size());
    assertEquals(1, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertEquals(2, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().startsWith("Malformed XML at line "));
  }

  @Test
  void fileNameSuppliesTheCaseWhenTheExtensionLacksIt() throws IOException {
    String xml = OPEN + granule(0, "2024-01-05", "ORDER") + "</mods>";
    CollectingSink sink = read(xml, "2024/txsd-2_24-cv-00962.xml.gz");
    assertEquals("govinfo:txsd;2:24-cv-00962", sink.dockets.get(0).docketUid());
    assertEquals(1, sink.entries.size());
  }

  @Test
  void packageWithoutACaseRejectsItselfAndEachGranule() throws IOException {
    String xml = OPEN + granule(0, "2024-01-05", "A") + granule(1, "2024-01-06", "B") + "</mods>";
    CollectingSink sink = read(xml, "mods.xml");
    assertEquals(3, sink.rejects.size());
    assertEquals(0, sink.entries.size());
  }

  @Test
  void entitiesCdataAndInvalidDates() throws IOException {
    String xml =
        OPEN
            + CASE
            + granule(
                0, "2024-13-40", "ORDER re Smith &amp; Co.&#x2019;s motion <![CDATA[<sealed>]]>")
            + "</mods>";
    EntryRecord e = read(xml, "x.xml").entries.get(0);
    assertEquals("ORDER re Smith & Co.\u2019s motion <sealed>", e.text());
    assertNull(e.dateFiled());
  }

  @Test
  void aFailingStreamIsAnIoExceptionNotAReject() {
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream((OPEN + CASE).getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Unexpected end of ZLIB input stream");
              }
            });
    CollectingSink sink = new CollectingSink();
    assertThrows(IOException.class, () -> reader.read(broken, "x.xml", sink));
    assertEquals(0, sink.total());
  }

  @Test
  void emptyPackageIsOneDocket() throws IOException {
    CollectingSink sink = read(OPEN + CASE + "</mods>", "x.xml");
    assertEquals(1, sink.total());
  }

  @Test
  void otherXmlIsOneReject() throws IOException {
    CollectingSink sink = read("<gov_uscourts_docket/>", "x.xml");
    assertEquals(1, sink.rejects.size());
    assertTrue(sink.rejects.get(0).reason().contains("gov_uscourts_docket"));
  }

  @Test
  void sniffWantsTheModsNamespaceAndAUscourtsPackage() {
    String mods = "<mods xmlns=\"http://www.loc.gov/mods/v3\" version=\"3.3\">";
    assertTrue(
        reader.sniff("p.xml", mods + "<extension><collectionCode>USCOURTS</collectionCode>"));
    assertTrue(reader.sniff("ksd-2_06-cr-20018.xml", mods + "<name>"));
    assertFalse(reader.sniff("p.xml", mods + "<name>"), "a MODS record of a library book");
    assertFalse(reader.sniff("p.xml", "<mods version=\"3.3\">USCOURTS"), "no MODS namespace");
    assertFalse(reader.sniff("ksd-2_06-cr-20018.xml", "<html>USCOURTS http://www.loc.gov/mods/v3"));
    assertFalse(reader.sniff("p.xml", "<rss version=\"2.0\"><channel>"));
  }

  @Test
  void bundledSamplesReadCleanly() throws IOException {
    List<Path> files;
    try (var s = Files.list(Path.of("data/sample/govinfo"))) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    assertEquals(2, files.size());
    int entries = 0;
    for (Path f : files) {
      CollectingSink sink = new CollectingSink();
      try (InputStream in = Files.newInputStream(f)) {
        long n = reader.read(in, f.toString(), sink);
        assertEquals(sink.total(), n);
      }
      assertTrue(reader.sniff(f.getFileName().toString(), Files.readString(f)));
      assertEquals(List.of(), sink.rejects);
      assertEquals(1, sink.dockets.size());
      entries += sink.entries.size();
    }
    assertEquals(5, entries);
  }

  @Test
  void sampleProtectiveOrderDenialNamesRule26c1() throws IOException {
    Path f = Path.of("data/sample/govinfo/wawd-2_22-cv-00937.xml");
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      reader.read(in, f.toString(), sink);
    }
    EntryRecord first = sink.entries.get(0);
    assertEquals(LocalDate.of(2023, 5, 16), first.dateFiled());
    assertTrue(first.text().startsWith("ORDER denying Defendant's 41 Motion for Protective Order"));
    assertTrue(first.text().contains("Fed. R. Civ. P. 26(c)(1)"));
  }
}

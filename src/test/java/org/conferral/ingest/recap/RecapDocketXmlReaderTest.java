package org.conferral.ingest.recap;

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
import org.conferral.ingest.RejectRecord;
import org.junit.jupiter.api.Test;

/** The RECAP XML reader on hand-made dockets: edge cases and the bundled sample. */
class RecapDocketXmlReaderTest {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
          + "<!DOCTYPE gov_uscourts_docket SYSTEM \"docket.dtd\">\n"
          + "<gov_uscourts_docket>\n"
          + "<case_details><court>ksd</court><docket_num>2:21-cv-09901-JAR-TJJ</docket_num>"
          + "<case_name>Harlan v. Prairie Mills</case_name></case_details>\n"
          + "<document_list>\n";

  private final RecapDocketXmlReader reader = new RecapDocketXmlReader();

  private CollectingSink read(String xml, String fileName) throws IOException {
    CollectingSink sink = new CollectingSink();
    long n =
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), fileName, sink);
    assertEquals(sink.total(), n, "records read = emitted + rejected");
    return sink;
  }

  private static String doc(String attrs, String body) {
    return "<document " + attrs + ">" + body + "</document>\n";
  }

  @Test
  void docketNumberIsNormalizedLikeTheJuriscraperReader() throws IOException {
    CollectingSink sink = read(HEAD + "</document_list></gov_uscourts_docket>", "x.xml");
    assertEquals("pacer:ksd;2:21-cv-09901", sink.dockets.get(0).docketUid());
    assertEquals("2:21-cv-09901-JAR-TJJ", sink.dockets.get(0).docketNumber());
  }

  @Test
  void truncatedFileKeepsWhatCameBeforeAndRejectsTheRestOnce() throws IOException {
    String xml =
        HEAD
            + doc("doc_num=\"1\" attachment_num=\"0\"", "<long_desc>COMPLAINT</long_desc>")
            + doc("doc_num=\"2\" attachment_num=\"0\"", "<long_desc>ANSWER</long_desc>")
            + "<document doc_num=\"3\" attachment_num=\"0\"><long_desc>MOTION to Com";
    CollectingSink sink = read(xml, "gov.uscourts.ksd.99001.docket.xml");
    assertEquals(1, sink.dockets.size());
    assertEquals(List.of("1", "2"), sink.entries.stream().map(EntryRecord::entryNumber).toList());
    assertEquals(1, sink.rejects.size());
    RejectRecord r = sink.rejects.get(0);
    assertEquals(3, r.position());
    assertTrue(r.reason().startsWith("Malformed XML at line "), r.reason());
  }

  @Test
  void mismatchedTagMidFileIsOneReject() throws IOException {
    String xml =
        HEAD
            + doc("doc_num=\"1\"", "<long_desc>COMPLAINT</long_desc>")
            + "<document doc_num=\"2\"><long_desc>ORDER</short_desc></document>\n"
            + doc("doc_num=\"3\"", "<long_desc>never read</long_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(1, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertTrue(sink.rejects.get(0).reason().contains("line 7"), sink.rejects.get(0).reason());
  }

  @Test
  void missingDocNumGivesAnUnnumberedEntryOrRejectsAnAttachment() throws IOException {
    String xml =
        HEAD
            + doc("attachment_num=\"0\"", "<long_desc>Minute entry</long_desc>")
            + doc("doc_num=\"\"", "<short_desc>Notice</short_desc>")
            + doc("attachment_num=\"2\"", "<short_desc>Exhibit B</short_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(2, sink.entries.size());
    assertNull(sink.entries.get(0).entryNumber());
    assertEquals("pacer:ksd;2:21-cv-09901#seq0", sink.entries.get(0).entryUid());
    assertEquals("pacer:ksd;2:21-cv-09901#seq1", sink.entries.get(1).entryUid());
    assertEquals("Notice", sink.entries.get(1).text());
    assertEquals(1, sink.rejects.size());
    assertEquals(3, sink.rejects.get(0).position());
    assertTrue(sink.rejects.get(0).reason().contains("no doc_num"));
  }

  @Test
  void repeatedDocNumStaysUnique() throws IOException {
    String xml =
        HEAD
            + doc("doc_num=\"7\"", "<long_desc>MOTION</long_desc>")
            + doc("doc_num=\"7\"", "<long_desc>MOTION (refiled)</long_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(
        List.of("pacer:ksd;2:21-cv-09901#7", "pacer:ksd;2:21-cv-09901#7~2"),
        sink.entries.stream().map(EntryRecord::entryUid).toList());
  }

  @Test
  void emptyDocketIsOneDocketRecord() throws IOException {
    CollectingSink sink = read(HEAD + "</document_list></gov_uscourts_docket>", "x.xml");
    assertEquals(1, sink.total());
    assertEquals("Harlan v. Prairie Mills", sink.dockets.get(0).caseName());
  }

  @Test
  void entitiesAndCdataAreText() throws IOException {
    String xml =
        HEAD
            + doc(
                "doc_num=\"4\"",
                "<long_desc>MOTION to Compel by Smith &amp; Sons, Inc. &#8212; "
                    + "<![CDATA[Rule 37(a)(1) <certification> attached]]> &lt;sic&gt;</long_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(
        "MOTION to Compel by Smith & Sons, Inc. \u2014 Rule 37(a)(1) <certification> attached"
            + " <sic>",
        sink.entries.get(0).text());
  }

  @Test
  void invalidDateBecomesNullAndDateEnteredStandsIn() throws IOException {
    String xml =
        HEAD
            + doc(
                "doc_num=\"5\"", "<date_filed>2021-02-30</date_filed><long_desc>ORDER</long_desc>")
            + doc(
                "doc_num=\"6\"", "<date_entered>2021-03-02</date_entered><long_desc>X</long_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "x.xml");
    assertEquals(List.of(), sink.rejects);
    assertNull(sink.entries.get(0).dateFiled());
    assertEquals(LocalDate.of(2021, 3, 2), sink.entries.get(1).dateFiled());
  }

  @Test
  void fileNameSuppliesTheCourtAndCaseIdWhenTheXmlLacksThem() throws IOException {
    String xml =
        "<gov_uscourts_docket><case_details><case_name>In re Tern</case_name></case_details>"
            + "<document_list>"
            + doc("doc_num=\"1\"", "<long_desc>PETITION</long_desc>")
            + "</document_list></gov_uscourts_docket>";
    CollectingSink sink = read(xml, "dir/gov.uscourts.cod.204417.docket.xml.gz");
    assertEquals("pacer:cod;pacer-case-204417", sink.dockets.get(0).docketUid());
    assertEquals("cod", sink.dockets.get(0).courtId());
    assertNull(sink.dockets.get(0).docketKey());
    assertEquals("pacer:cod;pacer-case-204417#1", sink.entries.get(0).entryUid());
  }

  @Test
  void docketWithoutAnyIdRejectsItselfAndEachDocument() throws IOException {
    String xml = "<docket><document doc_num=\"1\"><long_desc>A</long_desc></document></docket>";
    CollectingSink sink = read(xml, "upload.xml");
    assertEquals(2, sink.rejects.size());
    assertEquals(0, sink.entries.size());
  }

  @Test
  void emptyOrForeignFilesAreOneReject() throws IOException {
    assertEquals(1, read("", "gov.uscourts.ksd.1.docket.xml").rejects.size());
    CollectingSink html = read("<html><body>PACER</body></html>", "x.xml");
    assertEquals(1, html.rejects.size());
    assertTrue(html.rejects.get(0).reason().contains("<html>"));
  }

  @Test
  void aFailingStreamIsAnIoExceptionNotAReject() {
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("Unexpected end of ZLIB input stream");
              }
            });
    CollectingSink sink = new CollectingSink();
    IOException e = assertThrows(IOException.class, () -> reader.read(broken, "x.xml", sink));
    assertEquals("Unexpected end of ZLIB input stream", e.getMessage());
    assertEquals(List.of(), sink.rejects);
  }

  @Test
  void sniffKnowsItsRootsAndNothingElse() {
    assertTrue(
        reader.sniff(
            "a.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE gov_uscourts_docket SYSTEM"
                + " \"docket.dtd\">\n<gov_uscourts_docket>\n  <nonce>"));
    assertTrue(reader.sniff("a.xml", "<docket>"));
    assertTrue(reader.sniff("gov.uscourts.txsd.12345.docket.xml", ""));
    assertTrue(reader.sniff("gov.uscourts.txsd.12345.docket.xml", "<?xml version=\"1.0\"?>"));
    assertFalse(reader.sniff("other.xml", "<?xml version=\"1.0\"?>"));
    assertFalse(reader.sniff("gov.uscourts.txsd.12345.docket.xml", "<html><head>"));
    assertFalse(reader.sniff("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"));
    assertFalse(reader.sniff("a.xml", "<mods xmlns=\"http://www.loc.gov/mods/v3\">"));
    assertFalse(reader.sniff("a.json", "{\"docket_entries\": []}"));
    assertFalse(reader.sniff("a.xml", "<dockets>"));
  }

  @Test
  void bundledSampleReadsCleanly() throws IOException {
    Path dir = Path.of("data/sample/recap-xml");
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".docket.xml")).toList();
    }
    assertEquals(1, files.size());
    Path f = files.get(0);
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      long n = reader.read(in, f.toString(), sink);
      assertEquals(sink.total(), n);
    }
    assertTrue(reader.sniff(f.getFileName().toString(), Files.readString(f)));
    assertEquals(List.of(), sink.rejects);
    assertTrue(sink.entries.size() >= 10);
    assertTrue(
        sink.entries.stream().anyMatch(e -> e.text().contains("failure to meet and confer")),
        "the sample has an order denying a motion to compel for failure to confer");
  }
}

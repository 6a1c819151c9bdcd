package org.conferral.ingest.juriscraper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.courtlistener.api.CourtListenerApiReader;
import org.conferral.ingest.scales.ScalesDocketReader;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

class JuriscraperDocketReaderTest {

  private static final String PACER = "realdata/juriscraper/tests/examples/pacer";
  private final JuriscraperDocketReader reader = new JuriscraperDocketReader();

  @Test
  void readsEveryRealJuriscraperFileWithNothingLost() throws IOException {
    Path root = SharedData.resolve(PACER);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    CollectingSink all = new CollectingSink();
    for (Path f : files) {
      CollectingSink sink = new CollectingSink();
      long read;
      try (InputStream in = Files.newInputStream(f)) {
        read = reader.read(in, f.toString(), sink);
      }
      assertEquals(read, sink.total(), f.toString());
      String head = head(f);
      assertEquals(!sink.dockets.isEmpty(), reader.sniff(f.toString(), head), f.toString());
      assertFalse(new CourtListenerApiReader().sniff(f.toString(), head), f.toString());
      assertFalse(new ScalesDocketReader().sniff(f.toString(), head), f.toString());
      Set<String> uids = new HashSet<>();
      sink.entries.forEach(
          e -> assertTrue(uids.add(e.entryUid()), "duplicate uid " + e.entryUid()));
      all.dockets.addAll(sink.dockets);
      all.entries.addAll(sink.entries);
      all.rejects.addAll(sink.rejects);
      all.documents.addAll(sink.documents);
    }
    assertEquals(204, files.size());
    assertEquals(896, all.dockets.size());
    assertEquals(9871, all.entries.size());
    assertEquals(0, all.documents.size());
    // the four {} files Juriscraper writes for dockets it could not parse
    assertEquals(4, all.rejects.size());
    all.rejects.forEach(
        r ->
            assertEquals(
                "empty JSON object: not a Juriscraper docket", r.reason(), r.sourceFile()));
  }

  @Test
  void readsAKnownDistrictDocketEntry() throws IOException {
    CollectingSink sink = readReal("dockets/district/casd_4.json");
    DocketRecord d = sink.dockets.get(0);
    assertEquals("pacer:casd;3:11-cr-00045", d.docketUid());
    assertEquals("casd;3:11-cr-00045", d.docketKey());
    EntryRecord e = sink.entries.get(6);
    assertEquals("pacer:casd;3:11-cr-00045#7", e.entryUid());
    assertEquals("7", e.entryNumber());
    assertEquals(6, e.sequence());
    assertEquals(7, e.position());
    assertEquals(LocalDate.of(2011, 1, 18), e.dateFiled());
    assertTrue(
        e.text().startsWith("MOTION to Compel Discovery, MOTION to Preserve Evidence"), e.text());
  }

  @Test
  void keepsRepeatedDocumentNumbersUnderDistinctUids() throws IOException {
    CollectingSink sink = readReal("dockets/district/ncwd_1.json");
    assertEquals(159, sink.entries.size());
    String docket = "pacer:ncwd;1:03-cr-00076";
    assertEquals(docket + "#101", sink.entries.get(42).entryUid());
    assertEquals(docket + "#101_2", sink.entries.get(46).entryUid());
    assertEquals(docket + "#101_3", sink.entries.get(47).entryUid());
    assertEquals("101", sink.entries.get(47).entryNumber());
    // unnumbered entry without pacer_seq_no: keyed by its place in the docket
    assertEquals(docket + "#s3", sink.entries.get(3).entryUid());
    assertNull(sink.entries.get(3).entryNumber());
    assertEquals("Dennis Howell", sink.dockets.get(0).referredJudge());
  }

  @Test
  void marksPartiesListedAsProSe() throws IOException {
    List<DocketRecord.Party> parties =
        readReal("dockets/district/nysd_1.json").dockets.get(0).parties();
    assertEquals(55, parties.size());
    assertEquals(10, parties.stream().filter(DocketRecord.Party::proSe).count());
    assertTrue(parties.stream().anyMatch(p -> p.name().equals("Estelle Weber") && p.proSe()));
  }

  @Test
  void readsRssFeedArraysAndNefDocketsWithTheirCourt() throws IOException {
    CollectingSink rss = readReal("rss_feeds/nyed_1.json");
    assertEquals(357, rss.dockets.size());
    assertEquals(LocalDate.of(2018, 5, 22), rss.entries.get(0).dateFiled());
    assertEquals("Order", rss.entries.get(0).text()); // empty description: the short description
    CollectingSink nef = readReal("nef/s3/nysd_2.json");
    assertEquals("pacer:nysd;1:20-cv-08924", nef.dockets.get(0).docketUid());
    assertEquals("pacer:nysd;1:20-cv-08924#721", nef.entries.get(0).entryUid());
  }

  @Test
  void entryOfWrongShapeIsRejectedAndTheOthersKept() throws IOException {
    String json =
        """
        {"court_id": "KSD", "docket_number": "2:21-cv-2001-JWB", "case_name": "Roe v. Acme",
         "docket_entries": [
          {"document_number": "1", "description": "COMPLAINT", "date_filed": "2021-01-04"},
          {"document_number": {"n": 2}, "description": "ANSWER"},
          {"document_number": null, "pacer_seq_no": null, "description": "Minute entry",
           "date_filed": "not a date"},
          "stray text",
          {"document_number": "3", "description": ["MOTION"]},
          {"document_number": "4"}
         ]}
        """;
    CollectingSink sink = read(json);
    assertEquals(1, sink.dockets.size());
    assertEquals("pacer:ksd;2:21-cv-02001", sink.dockets.get(0).docketUid());
    assertEquals("ksd", sink.dockets.get(0).courtId());
    assertEquals(3, sink.entries.size());
    assertEquals("pacer:ksd;2:21-cv-02001#s2", sink.entries.get(1).entryUid());
    assertNull(sink.entries.get(1).dateFiled());
    assertNull(sink.entries.get(2).text());
    assertEquals(3, sink.rejects.size());
    assertEquals("document_number is an object, expected text", sink.rejects.get(0).reason());
    assertEquals(2, sink.rejects.get(0).position());
    assertEquals("docket entry is text, expected an object", sink.rejects.get(1).reason());
    assertEquals("description is a list, expected text", sink.rejects.get(2).reason());
  }

  @Test
  void syntaxErrorAfterTheDocketKeyKeepsEntriesBeforeIt() throws IOException {
    String json =
        """
        {"court_id": "ksd", "docket_number": "2:21-cv-02001", "docket_entries": [
          {"document_number": "1", "description": "COMPLAINT"},
          {"document_number": "2", "description": "ANSWER"},
          {"document_number": "3", "description": "MOTION to Compel" "oops"},
          {"document_number": "4", "description": "ORDER"}
        ]}
        """;
    CollectingSink sink = new CollectingSink();
    long read = reader.read(stream(json), "broken.json", sink);
    assertEquals(4, read);
    assertEquals(1, sink.dockets.size());
    assertEquals(2, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    RejectRecord r = sink.rejects.get(0);
    assertTrue(r.reason().startsWith("JSON syntax error at line 4"), r.reason());
    assertTrue(r.reason().endsWith("the rest of the file could not be read"), r.reason());
    assertEquals(3, r.position());
    assertTrue(r.raw().contains("ORDER"), r.raw());
  }

  @Test
  void syntaxErrorBeforeTheDocketKeyRejectsTheDocketOnce() throws IOException {
    String json =
        """
        {"case_name": "Roe v. Acme", "docket_entries": [
          {"document_number": "1", "description": "COMPLAINT"},
          {"document_number": "2", "description": "ANSWER"
        """;
    CollectingSink sink = read(json);
    assertEquals(0, sink.dockets.size());
    assertEquals(0, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertTrue(
        sink.rejects.get(0).reason().contains("1 entries read so far"),
        sink.rejects.get(0).reason());
    assertTrue(sink.rejects.get(0).raw().contains("COMPLAINT"));
  }

  @Test
  void nullsAreValuesNotCrashes() throws IOException {
    CollectingSink sink =
        read(
            "[null, {\"court_id\": \"ilnd\", \"docket_number\": \"1:20-cv-1\","
                + " \"parties\": null, \"docket_entries\": null},"
                + " {\"court_id\": \"ilnd\", \"docket_number\": \"1:20-cv-2\","
                + " \"docket_entries\": [null]}]");
    assertEquals(2, sink.dockets.size());
    assertEquals(0, sink.entries.size());
    assertEquals("not a Juriscraper docket: null", sink.rejects.get(0).reason());
    assertEquals("docket entry is null, expected an object", sink.rejects.get(1).reason());
  }

  @Test
  void docketWithoutNumberIsOneReject() throws IOException {
    CollectingSink sink =
        read("{\"court_id\": \"ksd\", \"docket_entries\": [{\"document_number\": \"1\"}]}");
    assertEquals(1, sink.total());
    assertEquals(
        "docket without court_id or docket_number: its 1 entries cannot be keyed",
        sink.rejects.get(0).reason());
  }

  @Test
  void validJsonThatIsNotADocketIsRejected() throws IOException {
    assertEquals(
        "not a Juriscraper docket: no docket_entries (keys [row_number, labels])",
        read("[{\"row_number\": 0, \"labels\": []}]").rejects.get(0).reason());
    assertEquals("empty file: no JSON", read("  ").rejects.get(0).reason());
    assertEquals("not a Juriscraper docket: a number", read("42").rejects.get(0).reason());
  }

  @Test
  void sniffsJuriscraperJsonOnly() throws IOException {
    Path root = SharedData.resolve(PACER);
    assertTrue(reader.sniff("casd_4.json", head(root.resolve("dockets/district/casd_4.json"))));
    assertTrue(reader.sniff("nyed_1.json", head(root.resolve("rss_feeds/nyed_1.json"))));
    assertTrue(reader.sniff("nysd_2.json", head(root.resolve("nef/s3/nysd_2.json"))));
    assertTrue(reader.sniff("x.json", head(root.resolve("docket_history_reports/akd_58813.json"))));
    assertFalse(reader.sniff("casd_4.html", head(root.resolve("dockets/district/casd_4.html"))));
    assertFalse(reader.sniff("nyed_1.xml", head(root.resolve("rss_feeds/nyed_1.xml"))));
    assertFalse(reader.sniff("a.json", "{\"ucid\": \"azd;;3:18-cv-08134\", \"docket\": []}"));
    assertFalse(reader.sniff("a.json", "[{\"model\": \"search.docket\", \"fields\": {}}]"));
    assertFalse(reader.sniff("a.json", "{\"docket_entries\": [], \"resource_uri\": \"x\"}"));
    assertFalse(reader.sniff("docket_entries.json", "docket_entries"));
    // the first 512 characters suffice for every real file
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
        String text = Files.readString(f);
        boolean empty = text.strip().equals("{}");
        assertEquals(
            !empty,
            reader.sniff("x", text.substring(0, Math.min(512, text.length()))),
            f.toString());
      }
    }
  }

  private CollectingSink readReal(String relative) throws IOException {
    Path f = SharedData.resolve(PACER + "/" + relative);
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      assertEquals(reader.read(in, f.toString(), sink), sink.total());
    }
    return sink;
  }

  private CollectingSink read(String json) throws IOException {
    CollectingSink sink = new CollectingSink();
    assertEquals(reader.read(stream(json), "test.json", sink), sink.total());
    return sink;
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static String head(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    return s.substring(0, Math.min(2000, s.length()));
  }
}

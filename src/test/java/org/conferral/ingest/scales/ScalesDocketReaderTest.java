package org.conferral.ingest.scales;

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
import java.util.List;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

class ScalesDocketReaderTest {

  private static final String AZD = "realdata/scales-okn/scales-nlp/test/pacer/azd";
  private final ScalesDocketReader reader = new ScalesDocketReader();

  @Test
  void readsEveryRealScalesDocketWithNothingLost() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(SharedData.resolve(AZD + "/json"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    CollectingSink all = new CollectingSink();
    for (Path f : files) {
      CollectingSink sink = read(f);
      all.dockets.addAll(sink.dockets);
      all.entries.addAll(sink.entries);
      all.rejects.addAll(sink.rejects);
    }
    assertEquals(1, files.size());
    assertEquals(1, all.dockets.size());
    assertEquals(17, all.entries.size());
    assertEquals(0, all.rejects.size());
  }

  @Test
  void readsTheArizonaCase() throws IOException {
    CollectingSink sink = read(SharedData.resolve(AZD + "/json/18/3-18-cv-08134.json"));
    DocketRecord d = sink.dockets.get(0);
    assertEquals("scales:azd;;3:18-cv-08134", d.docketUid());
    assertEquals("azd;3:18-cv-08134", d.docketKey());
    assertEquals("azd", d.courtId());
    assertEquals("Begody v. Shafor Concrete Incorporated", d.caseName());
    assertEquals(LocalDate.of(2018, 6, 22), d.dateFiled());
    assertEquals(LocalDate.of(2018, 10, 19), d.dateTerminated());
    assertEquals("Judge David G Campbell", d.assignedJudge());
    assertNull(d.referredJudge());
    assertEquals("442 Employment", d.natureOfSuit());
    assertEquals(3, d.parties().size());
    assertEquals("Plaintiff", d.parties().get(0).role());
    assertFalse(d.parties().stream().anyMatch(DocketRecord.Party::proSe));

    EntryRecord first = sink.entries.get(0);
    assertEquals("scales:azd;;3:18-cv-08134#1", first.entryUid());
    assertEquals("1", first.entryNumber());
    assertEquals(LocalDate.of(2018, 6, 22), first.dateFiled());
    assertTrue(first.text().startsWith("COMPLAINT. Filing fee received: $ 400.00"), first.text());
    EntryRecord last = sink.entries.get(16);
    assertEquals("17", last.entryNumber());
    assertEquals(LocalDate.of(2018, 10, 19), last.dateFiled());
    assertEquals(16, last.sequence());
    assertEquals(17, last.position());
  }

  @Test
  void labelFilesAreNotCases() throws IOException {
    Path labels = SharedData.resolve(AZD + "/labels/18/3-18-cv-08134.json");
    assertFalse(reader.sniff("3-18-cv-08134.json", head(labels)));
    CollectingSink sink = read(labels);
    assertEquals(0, sink.dockets.size());
    assertTrue(sink.rejects.size() > 0);
    assertTrue(sink.rejects.get(0).reason().startsWith("not a SCALES case: no ucid and no docket"));
  }

  @Test
  void sniffsScalesJsonOnly() throws IOException {
    assertTrue(
        reader.sniff("a.json", head(SharedData.resolve(AZD + "/json/18/3-18-cv-08134.json"))));
    assertFalse(
        reader.sniff("a.html", head(SharedData.resolve(AZD + "/html/18/3-18-cv-08134.html"))));
    assertFalse(reader.sniff("a.json", "{\"court_id\": \"ksd\", \"docket_entries\": []}"));
    assertFalse(reader.sniff("ucid.json", "ucid"));
  }

  @Test
  void handMadeEdgeCases() throws IOException {
    String json =
        """
        {"ucid": "cod;;1:22-cv-00410", "court": "cod", "filing_date": "02/30/2022",
         "referred_judges": ["Magistrate Judge Ann Smith", "Magistrate Judge Bo Lee"],
         "parties": [{"name": "Jane Roe", "role": "Plaintiff",
                      "counsel": [{"name": "Jane Roe", "is_pro_se": true}]}, "junk"],
         "docket": [
          {"date_filed": "03/02/2022", "ind": "1", "docket_text": "COMPLAINT"},
          {"date_filed": "03/02/2022", "ind": "1", "docket_text": "Corrected COMPLAINT"},
          {"date_filed": "13/45/2022", "ind": null, "docket_text": "Minute entry"},
          {"date_filed": "03/09/2022", "ind": {"n": 4}, "docket_text": "ANSWER"},
          7
         ]}
        """;
    CollectingSink sink = read(json);
    DocketRecord d = sink.dockets.get(0);
    assertEquals("cod;1:22-cv-00410", d.docketKey());
    assertNull(d.dateFiled());
    assertEquals("Magistrate Judge Ann Smith; Magistrate Judge Bo Lee", d.referredJudge());
    assertEquals(List.of(new DocketRecord.Party("Jane Roe", "Plaintiff", true)), d.parties());
    assertEquals(3, sink.entries.size());
    assertEquals("scales:cod;;1:22-cv-00410#1_2", sink.entries.get(1).entryUid());
    assertEquals("scales:cod;;1:22-cv-00410#s2", sink.entries.get(2).entryUid());
    assertNull(sink.entries.get(2).dateFiled());
    assertEquals(2, sink.rejects.size());
    assertEquals("ind is an object, expected text", sink.rejects.get(0).reason());
    assertEquals(4, sink.rejects.get(0).position());
    assertEquals("docket entry is a number, expected an object", sink.rejects.get(1).reason());
  }

  @Test
  void nullsAreValuesNotCrashes() throws IOException {
    CollectingSink sink =
        read("{\"ucid\": \"ksd;;2:20-cv-1\", \"parties\": null, \"docket\": [null]}");
    assertEquals(1, sink.dockets.size());
    assertEquals("docket entry is null, expected an object", sink.rejects.get(0).reason());
    assertEquals(1, read("{\"ucid\": \"ksd;;2:20-cv-1\", \"docket\": null}").dockets.size());
  }

  @Test
  void syntaxErrorKeepsTheEntriesBeforeIt() throws IOException {
    String json =
        """
        {"ucid": "cod;;1:22-cv-00410", "docket": [
          {"ind": "1", "docket_text": "COMPLAINT"},
          {"ind": "2", "docket_text": "ANSWER"},
          {"ind": "3", "docket_text": "MOTION to Compel
        """;
    CollectingSink sink = read(json);
    assertEquals(1, sink.dockets.size());
    assertEquals(2, sink.entries.size());
    assertEquals(1, sink.rejects.size());
    assertTrue(
        sink.rejects.get(0).reason().startsWith("JSON syntax error"), sink.rejects.get(0).reason());
    assertEquals(3, sink.rejects.get(0).position());
  }

  private CollectingSink read(Path f) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      assertEquals(reader.read(in, f.toString(), sink), sink.total(), f.toString());
    }
    return sink;
  }

  private CollectingSink read(String json) throws IOException {
    CollectingSink sink = new CollectingSink();
    InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(reader.read(in, "test.json", sink), sink.total());
    return sink;
  }

  private static String head(Path file) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    return s.substring(0, Math.min(2000, s.length()));
  }
}

package org.conferral.ingest.recap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The RECAP XML reader over every real Internet Archive docket in the shared data. */
class RecapDocketXmlReaderRealDataTest {

  private static final String IA_DIR =
      "realdata/juriscraper/tests/examples/pacer/dockets_internet_archive";
  private static final String AKD =
      "realdata/courtlistener/cl/assets/media/test/xml/gov.uscourts.akd.41664.docket.xml";

  private final RecapDocketXmlReader reader = new RecapDocketXmlReader();

  private CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(file)) {
      long n = reader.read(in, file.getFileName().toString(), sink);
      assertEquals(sink.total(), n, "records read = emitted + rejected for " + file);
    }
    return sink;
  }

  private static List<Path> iaFiles() throws IOException {
    try (Stream<Path> s = Files.list(SharedData.resolve(IA_DIR))) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  @Test
  void everyRealFileIsReadWithoutRejectsAndOneDocket() throws IOException {
    List<Path> files = iaFiles();
    assertEquals(22, files.size());
    long entries = 0;
    for (Path f : files) {
      CollectingSink sink = read(f);
      assertEquals(List.of(), sink.rejects, f.toString());
      assertEquals(1, sink.dockets.size(), f.toString());
      entries += sink.entries.size();
      String head = Files.readString(f).substring(0, 300);
      assertTrue(reader.sniff(f.getFileName().toString(), head), "sniff " + f);
    }
    assertEquals(1088, entries);
  }

  @Test
  void entriesMatchJuriscrapersParseOfTheSameFile() throws IOException {
    ObjectMapper json = new ObjectMapper();
    int compared = 0;
    List<String> mismatches = new ArrayList<>();
    for (Path xml : iaFiles()) {
      CollectingSink sink = read(xml);
      Path jsonFile = Path.of(xml.toString().replace(".xml", ".json"));
      JsonNode parsed = json.readTree(jsonFile.toFile());
      DocketRecord docket = sink.dockets.get(0);
      assertEquals(parsed.get("docket_number").asText(), docket.docketNumber(), xml.toString());
      assertEquals(parsed.get("court_id").asText(), docket.courtId(), xml.toString());
      Map<String, EntryRecord> byNumber = new HashMap<>();
      sink.entries.forEach(e -> byNumber.putIfAbsent(e.entryNumber(), e));
      for (JsonNode de : parsed.get("docket_entries")) {
        EntryRecord e = byNumber.get(de.get("document_number").asText());
        if (e == null) {
          continue;
        }
        String where = xml.getFileName() + " #" + e.entryNumber();
        String description = de.get("description").asText();
        if (!description.isEmpty() && !spacing(description).equals(spacing(e.text()))) {
          mismatches.add(where + " text: " + description + " | " + e.text());
        }
        JsonNode date = de.get("date_filed");
        if (!date.isNull() && !LocalDate.parse(date.asText()).equals(e.dateFiled())) {
          mismatches.add(where + " date: " + date + " | " + e.dateFiled());
        }
        compared++;
      }
    }
    assertEquals(List.of(), mismatches);
    assertTrue(compared > 1000, "compared " + compared);
  }

  /** Juriscraper also drops the space before a comma; the reader keeps the clerk's text. */
  private static String spacing(String s) {
    return s == null ? null : s.replaceAll("\\s+", " ").replace(" ,", ",").trim();
  }

  @Test
  void almdCaseAndItsFirstEntry() throws IOException {
    CollectingSink sink = read(SharedData.resolve(IA_DIR + "/almd_49523.xml"));
    DocketRecord d = sink.dockets.get(0);
    assertEquals("pacer:almd;2:12-cr-00221", d.docketUid());
    assertEquals("almd;2:12-cr-00221", d.docketKey());
    assertEquals("USA v. Elliott et al", d.caseName());
    assertEquals(LocalDate.of(2012, 11, 16), d.dateFiled());
    EntryRecord first = sink.entries.get(0);
    assertEquals("pacer:almd;2:12-cr-00221#1", first.entryUid());
    assertTrue(first.text().startsWith("SEALED INDICTMENT as to Mark Edward Elliott (1) count 1"));
    assertEquals(188, sink.entries.size());
    assertEquals(5, sink.documents.size());
  }

  @Test
  void attachmentsAreDocumentsOfTheirEntry() throws IOException {
    CollectingSink sink = read(SharedData.resolve(IA_DIR + "/dcd_119997.xml"));
    assertEquals(29, sink.entries.size());
    assertEquals(110, sink.documents.size());
    var exhibit = sink.documents.get(0);
    assertEquals("pacer:dcd;1:06-cv-00577#1/1", exhibit.documentUid());
    assertEquals("pacer:dcd;1:06-cv-00577#1", exhibit.entryUid());
    assertEquals("Exhibit 1", exhibit.description());
    assertNull(exhibit.text());
  }

  @Test
  void caseMetadataAndPartiesOfTheAlaskaDocket() throws IOException {
    Path akd = SharedData.resolve(AKD);
    CollectingSink sink = read(akd);
    assertEquals(List.of(), sink.rejects);
    DocketRecord d = sink.dockets.get(0);
    assertEquals("pacer:akd;3:11-cv-00064", d.docketUid());
    assertEquals("Petro Star Inc. v. BP Oil Supply Co.", d.caseName());
    assertEquals("Ralph R. Beistline", d.assignedJudge());
    assertEquals("190 Contract: Other", d.natureOfSuit());
    assertEquals("28:1332 Diversity-Breach of Contract", d.cause());
    assertEquals(new DocketRecord.Party("Petro Star Inc.", "Plaintiff", false), d.parties().get(0));
    assertTrue(reader.sniff(akd.getFileName().toString(), Files.readString(akd).substring(0, 200)));
  }

  @Test
  void proSePartyIsFlagged() throws IOException {
    CollectingSink sink = read(SharedData.resolve(IA_DIR + "/mab_108660.xml"));
    assertTrue(
        sink.dockets.get(0).parties().stream().anyMatch(DocketRecord.Party::proSe),
        "mab_108660 lists a PRO SE party");
  }

  @Test
  void rssFeedsAndHtmlDocketsAreNotRecapXml() throws IOException {
    Path pacer = SharedData.resolve("realdata/juriscraper/tests/examples/pacer");
    List<Path> others;
    try (Stream<Path> s = Files.walk(pacer)) {
      others =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.toString().contains("dockets_internet_archive"))
              .filter(p -> p.toString().matches(".*\\.(xml|html|htm|json|rss)$"))
              .toList();
    }
    assertTrue(others.size() > 50);
    for (Path p : others) {
      String text = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
      String head = text.substring(0, Math.min(4096, text.length()));
      assertTrue(!reader.sniff(p.getFileName().toString(), head), "sniffed " + p);
    }
  }
}

package org.conferral.ingest.govinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Both GovInfo readers over the real USCOURTS packages and their docket texts. */
class GovInfoRealDataTest {

  private static final String MODS = "realdata/govinfo-uscourts/mods";
  private static final String JSONL = "realdata/govinfo-uscourts/docket_texts.even.jsonl.gz";

  private final GovInfoModsReader mods = new GovInfoModsReader();
  private final GovInfoJsonlReader jsonl = new GovInfoJsonlReader();

  private static List<Path> modsFiles() throws IOException {
    try (Stream<Path> s = Files.walk(SharedData.resolve(MODS))) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  /** Each real file is read once per run; several tests look at the result. */
  private static final Map<Path, CollectingSink> READ = new HashMap<>();

  private CollectingSink readMods(Path f) throws IOException {
    CollectingSink done = READ.get(f);
    if (done != null) {
      return done;
    }
    CollectingSink sink = new CollectingSink();
    try (InputStream in = Files.newInputStream(f)) {
      long n = mods.read(in, f.getFileName().toString(), sink);
      assertEquals(sink.total(), n, "records read = emitted + rejected for " + f);
    }
    READ.put(f, sink);
    return sink;
  }

  private CollectingSink readJsonl() throws IOException {
    Path f = SharedData.resolve(JSONL);
    CollectingSink done = READ.get(f);
    if (done != null) {
      return done;
    }
    CollectingSink sink = new CollectingSink();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      long n = jsonl.read(in, "docket_texts.even.jsonl.gz", sink);
      assertEquals(sink.total(), n, "records read = emitted + rejected");
    }
    READ.put(f, sink);
    return sink;
  }

  @Test
  void everyModsPackageIsOneDocketWithItsGranules() throws IOException {
    List<Path> files = modsFiles();
    assertEquals(294, files.size());
    long entries = 0;
    for (Path f : files) {
      CollectingSink sink = readMods(f);
      assertEquals(List.of(), sink.rejects, f.toString());
      assertEquals(1, sink.dockets.size(), f.toString());
      assertTrue(sink.entries.stream().allMatch(e -> e.text() != null && e.dateFiled() != null));
      entries += sink.entries.size();
      String head = Files.readString(f).substring(0, 2000);
      assertTrue(mods.sniff(f.getFileName().toString(), head), "sniff " + f);
      assertFalse(jsonl.sniff(f.getFileName().toString(), head), "jsonl sniff " + f);
    }
    assertEquals(2183, entries);
  }

  @Test
  void knownPackage() throws IOException {
    CollectingSink sink = readMods(SharedData.resolve(MODS + "/2006/ksd-2_06-cr-20018.xml"));
    DocketRecord d = sink.dockets.get(0);
    assertEquals("govinfo:ksd;2:06-cr-20018", d.docketUid());
    assertEquals("ksd;2:06-cr-20018", d.docketKey());
    assertEquals("2:06-cr-20018", d.docketNumber());
    assertEquals("USA v. Garland", d.caseName());
    assertEquals(
        List.of(
            new DocketRecord.Party("Vickie A. Garland", "Defendant", false),
            new DocketRecord.Party("USA", "Plaintiff", false)),
        d.parties());
    EntryRecord e = sink.entries.get(0);
    assertEquals("govinfo:USCOURTS-ksd-2_06-cr-20018-0", e.entryUid());
    assertEquals(LocalDate.of(2006, 1, 27), e.dateFiled());
    assertEquals(
        "ORDER OF DETENTION PENDING TRIAL as to Vickie A. Garland. Signed by Magistrate Judge"
            + " David J. Waxse on 01/27/06. (mg)",
        e.text());
  }

  @Test
  void natureOfSuitIsWrittenTheWayPacerWritesIt() throws IOException {
    CollectingSink sink = readMods(SharedData.resolve(MODS + "/2006/ksd-2_04-cv-02416.xml"));
    String nos = sink.dockets.get(0).natureOfSuit();
    assertTrue(nos.matches("\\d{3} .+"), nos);
  }

  @Test
  void everyJsonLineIsAnEntryAndEachCaseOneDocket() throws IOException {
    CollectingSink sink = readJsonl();
    assertEquals(List.of(), sink.rejects);
    assertEquals(8524, sink.entries.size());
    assertEquals(2507, sink.dockets.size());
    assertEquals(8524 + 2507, sink.total());
    EntryRecord first = sink.entries.get(0);
    assertEquals("govinfo:caed;1:12-cv-00902", first.docketUid());
    assertEquals("govinfo:USCOURTS-caed-1_12-cv-00902-0", first.entryUid());
    assertEquals(LocalDate.of(2012, 6, 8), first.dateFiled());
    assertEquals(1, first.position());
    assertTrue(
        first.text().startsWith("ORDER re: Ex Parte 7 Motion for Temporary Restraining Order"));
    DocketRecord d = sink.dockets.get(0);
    assertEquals("220 Foreclosure", d.natureOfSuit());
    assertEquals("28:1345 Foreclosure", d.cause());
  }

  @Test
  void jsonLinesAgreeWithTheModsPackagesTheyCameFrom() throws IOException {
    Map<String, EntryRecord> fromJsonl = new HashMap<>();
    readJsonl().entries.forEach(e -> fromJsonl.put(e.entryUid(), e));
    int compared = 0;
    for (Path f : modsFiles()) {
      for (EntryRecord m : readMods(f).entries) {
        EntryRecord j = fromJsonl.get(m.entryUid());
        assertTrue(j != null, "no JSON line for " + m.entryUid());
        assertEquals(m.docketUid(), j.docketUid(), m.entryUid());
        assertEquals(m.dateFiled(), j.dateFiled(), m.entryUid());
        assertEquals(m.text(), j.text(), m.entryUid());
        compared++;
      }
    }
    assertEquals(2183, compared);
  }

  @Test
  void jsonlSniffsOnItsFirstLineAndNotOnOtherRealFiles() throws IOException {
    String head;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(SharedData.resolve(JSONL)))) {
      head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    }
    assertTrue(jsonl.sniff("docket_texts.even.jsonl", head));
    assertTrue(jsonl.sniff("docket_texts.even.jsonl", head.substring(0, 300)));
    assertFalse(mods.sniff("docket_texts.even.jsonl", head));
    Path juriscraper = SharedData.resolve("realdata/juriscraper/tests/examples/pacer");
    try (Stream<Path> s = Files.walk(juriscraper)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        String h = new String(bytes, 0, Math.min(4096, bytes.length), StandardCharsets.UTF_8);
        String name = p.getFileName().toString();
        assertFalse(jsonl.sniff(name, h), "jsonl sniffed " + p);
        assertFalse(mods.sniff(name, h), "mods sniffed " + p);
      }
    }
  }
}

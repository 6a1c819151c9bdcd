package org.conferral.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus: each kind of broken file, made here byte by byte, is read through {@link
 * FileIngest} with every reader. Each bad record goes to rejects with its reason (or is read
 * correctly), nothing throws, and records read = ingested + rejected for every file.
 */
class FileIngestBadInputTest {

  private record Read(FileSummary summary, CollectingSink sink) {}

  private static Read ingest(String path, byte[] bytes) {
    CollectingSink sink = new CollectingSink();
    FileSummary s =
        new FileIngest(Readers.all(), Optional.empty())
            .read(path, bytes.length, new ByteArrayInputStream(bytes), sink);
    assertEquals(
        s.recordsRead(), s.ingested() + s.rejects(), path + ": read != ingested + rejected");
    assertEquals(s.recordsRead(), sink.total(), path + ": every record read reaches the sink once");
    assertEquals(0, s.lost(), path + " lost records");
    assertEquals(sink.rejects.size(), s.rejects());
    for (RejectRecord r : sink.rejects) {
      assertNotNull(r.reason(), "a reject has its reason");
      assertEquals(path, r.sourceFile());
    }
    return new Read(s, sink);
  }

  private static String line(String court, String number, String id, String date, String text) {
    return String.format(
        "{\"courtCode\": \"%s\", \"caseNumber\": \"%s\", \"caseType\": \"civil\", \"accessId\":"
            + " \"%s\", \"dateIssued\": \"%s\", \"docketText\": \"%s\"}%n",
        court, number, id, date, text);
  }

  /** Govinfo docket-text lines, 2 records each for the first line of a case (docket + entry). */
  private static String lines(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(
          line(
              "ksd",
              "2:23-cv-0" + (1000 + i % 50),
              "USCOURTS-ksd-" + i,
              "2024-01-09",
              "MOTION to Compel Discovery number "
                  + i
                  + " by Plaintiff Orla Bramwell, after a"
                  + " telephone conference on the deficiencies, with a certificate of conferral."));
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] bzip2(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(out, 1)) { // 100k blocks
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheBreakAndRejectsTheRest() throws IOException {
    byte[] whole = gzip(utf8(lines(4000)));
    Read r = ingest("/in/texts.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    assertTrue(r.sink.entries.size() > 100, "records before the break are kept");
    assertTrue(r.sink.entries.size() < 4000);
    assertEquals(1, r.summary.rejects());
    assertTrue(
        r.sink.rejects.get(0).reason().contains("unreadable"), r.sink.rejects.get(0).reason());
    assertNotNull(r.summary.error());
  }

  @Test
  void truncatedBzip2KeepsTheRecordsBeforeTheBreakAndRejectsTheRest() throws IOException {
    byte[] whole = bzip2(utf8(lines(1200)));
    Read r = ingest("/in/texts.jsonl.bz2", Arrays.copyOf(whole, whole.length * 2 / 3));
    assertTrue(r.sink.entries.size() > 100, "records before the break are kept");
    assertTrue(r.sink.entries.size() < 1200);
    assertEquals(1, r.summary.rejects());
    assertNotNull(r.summary.error());
  }

  @Test
  void wholeGzipAndBzip2AreReadLikePlainText() throws IOException {
    byte[] plain = utf8(lines(300));
    long entries = ingest("/in/a.jsonl", plain).sink.entries.size();
    assertEquals(300, entries);
    assertEquals(entries, ingest("/in/a.jsonl.gz", gzip(plain)).sink.entries.size());
    assertEquals(entries, ingest("/in/a.jsonl.bz2", bzip2(plain)).sink.entries.size());
  }

  @Test
  void invalidUtf8IsReadWithReplacementCharactersOrRejected() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(utf8(lines(3)));
    b.writeBytes(
        utf8(
            "{\"courtCode\": \"ksd\", \"caseNumber\": \"2:23-cv-09999\", \"accessId\": \"bad-1\","
                + " \"dateIssued\": \"2024-01-09\", \"docketText\": \"ORDER \u00e9 "));
    b.writeBytes(
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0});
    b.writeBytes(utf8(" denying motion.\"}\n"));
    b.writeBytes(utf8(lines(2)));
    Read r = ingest("/in/utf8.jsonl", b.toByteArray());
    assertEquals(6, r.sink.entries.size() + r.sink.rejects.size(), "six lines, each accounted for");
    r.sink.entries.stream()
        .filter(e -> e.entryUid().endsWith("bad-1"))
        .forEach(e -> assertTrue(e.text().contains("ORDER \u00e9"), e.text()));
  }

  @Test
  void brokenCsvQuotingRejectsTheBrokenRecordAndReadsTheOthers() throws IOException {
    String sample = sampleDockets();
    Read good = ingest("/in/dockets-2026-11-01.csv", utf8(sample));
    int at = sample.indexOf("\"Harlan Feed Supply");
    assertTrue(at > 0);
    String broken =
        sample.substring(0, at) + "\"Harlan \"Feed\" Supply" + sample.substring(at + 13);
    Read r = ingest("/in/dockets-2026-11-01.csv", utf8(broken));
    assertEquals(good.summary.rejects() + 1, r.summary.rejects(), "the broken record is rejected");
    assertEquals(good.sink.dockets.size() - 1, r.sink.dockets.size(), "the others are read");
  }

  @Test
  void olderBacktickDialectSnapshotIsReadLikeTheCurrentOne() throws IOException {
    String sample = sampleDockets();
    // the older COPY dialect quotes with a backtick; a double quote inside a value is then plain
    // text
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (c == '\\' && i + 1 < sample.length() && sample.charAt(i + 1) == '"') {
        b.append('"');
        i++;
      } else {
        b.append(c == '"' ? '`' : c);
      }
    }
    Read current = ingest("/in/dockets-2026-11-01.csv", utf8(sample));
    Read older = ingest("/in/dockets-2024-10-31.csv", utf8(b.toString()));
    assertEquals(current.summary.rejects(), older.summary.rejects(), older.sink.rejects.toString());
    assertTrue(older.sink.dockets.size() >= 3);
    assertEquals(current.sink.dockets.size(), older.sink.dockets.size());
    assertEquals(
        current.sink.dockets.stream().map(DocketRecord::caseName).toList(),
        older.sink.dockets.stream().map(DocketRecord::caseName).toList());
  }

  @Test
  void jsonSyntaxErrorMidFileKeepsTheRecordsBeforeItAndRejectsTheRest() {
    String page =
        "{\"count\": 3, \"next\": null, \"results\": [\n"
            + entry(1, "MOTION to Compel by Plaintiff.")
            + ",\n"
            + entry(2, "ORDER denying 1 Motion to Compel for failure to confer.")
            + ",\n"
            + "{\"id\": 3, \"docket\": 77, \"entry_number\": 3, \"description\": \"NOTICE\""
            + " \"date_filed\": \"2024-02-02\"},\n"
            + entry(4, "ORDER granting motion.")
            + "]}";
    Read r = ingest("/in/entries-page.json", utf8(page));
    assertEquals("cl-api", r.summary.format());
    assertEquals(2, r.sink.entries.size(), "the records before the error are kept");
    assertEquals(1, r.summary.rejects(), "the rest of the file is one reject");
  }

  private static String entry(int id, String text) {
    return "{\"id\": "
        + id
        + ", \"docket\": 77, \"entry_number\": "
        + id
        + ", \"date_filed\": \"2024-01-0"
        + id
        + "\", \"description\": \""
        + text
        + "\", \"recap_documents\": []}";
  }

  @Test
  void jsonLinesSyntaxErrorRejectsOnlyTheBrokenLine() {
    String text =
        lines(2)
            + "{\"courtCode\": \"ksd\", \"caseNumber\": \"2:23-cv-01000\", \"accessId\n"
            + lines(2);
    Read r = ingest("/in/texts.jsonl", utf8(text));
    assertEquals(1, r.summary.rejects());
    assertEquals(3, r.sink.rejects.get(0).position(), "the reject names its line");
    assertEquals(4, r.sink.entries.size());
  }

  @Test
  void fieldOfTheWrongTypeIsReadOrRejectedNeverThrown() {
    String text =
        lines(1)
            + "{\"courtCode\": \"ksd\", \"caseNumber\": 2231, \"accessId\": \"num-1\","
            + " \"dateIssued\": 20240109, \"docketText\": \"ORDER\"}\n"
            + "{\"courtCode\": [\"ksd\"], \"caseNumber\": {\"n\": 1}, \"accessId\": \"obj-1\","
            + " \"docketText\": {\"text\": \"ORDER\"}}\n"
            + "[1, 2, 3]\n";
    Read r = ingest("/in/texts.jsonl", utf8(text));
    assertTrue(r.summary.rejects() >= 2, r.sink.rejects.toString());
    r.sink.entries.stream()
        .filter(e -> e.entryUid().endsWith("num-1"))
        .forEach(e -> assertNull(e.dateFiled(), "a number is no date"));
  }

  @Test
  void tenMegabyteTextFieldIsReadWholeAndItsRejectRawIsTruncated() {
    String huge = "ORDER denying motion to compel. " + "x".repeat(10 * 1024 * 1024);
    Read r =
        ingest(
            "/in/texts.jsonl",
            utf8(lines(1) + line("ksd", "2:23-cv-01001", "big-1", "2024-01-09", huge) + lines(1)));
    assertEquals(0, r.summary.rejects());
    assertEquals(huge, r.sink.entries.get(1).text());
    Read broken =
        ingest(
            "/in/texts.jsonl",
            utf8(
                lines(1) + "{\"courtCode\": \"ksd\", \"docketText\": \"" + huge + "\n" + lines(1)));
    assertEquals(1, broken.summary.rejects());
    assertTrue(broken.sink.rejects.get(0).raw().length() <= RejectRecord.MAX_RAW);
  }

  @Test
  void emptyFilesAreOneRejectEach() throws IOException {
    for (var c :
        new Object[][] {
          {"/in/empty.jsonl", new byte[0]},
          {"/in/empty.csv.gz", gzip(new byte[0])},
          {"/in/blank.json", utf8("\n\n  \n")}
        }) {
      Read r = ingest((String) c[0], (byte[]) c[1]);
      assertEquals(1, r.summary.recordsRead(), (String) c[0]);
      assertEquals(1, r.summary.rejects(), (String) c[0]);
      assertTrue(r.sink.entries.isEmpty());
    }
  }

  @Test
  void unknownFormatIsOneRejectNamingTheProblem() {
    Read r = ingest("/in/notes.txt", utf8("Minutes of the clerk's office meeting\nnothing here\n"));
    assertNull(r.summary.format());
    assertEquals(1, r.summary.rejects());
    assertTrue(r.sink.rejects.get(0).reason().startsWith("unknown format"));
    assertEquals(FileIngest.UNKNOWN_SOURCE, r.sink.rejects.get(0).source());
  }

  @Test
  void duplicateEntriesAreAllReadTheJobKeepsOnePerUid() {
    String one = line("ksd", "2:23-cv-01000", "dup-1", "2024-01-09", "MOTION to Compel.");
    String corrected =
        line("ksd", "2:23-cv-01000", "dup-1", "2024-01-09", "MOTION to Compel, corrected.");
    Read r = ingest("/in/texts.jsonl", utf8(one + one + corrected));
    assertEquals(0, r.summary.rejects());
    assertEquals(
        3, r.sink.entries.size(), "ingest keeps every record; the upsert keeps one per uid");
    assertEquals(3, r.sink.entries.get(2).position(), "the later one is known by its position");
  }

  @Test
  void datesOutOfRangeOrImpossibleBecomeUnknown() {
    String text =
        line("ksd", "2:23-cv-01000", "d-1", "0001-01-01", "ORDER one.")
            + line("ksd", "2:23-cv-01000", "d-2", "9999-12-31", "ORDER two.")
            + line("ksd", "2:23-cv-01000", "d-3", "2023-02-30", "ORDER three.")
            + line("ksd", "2:23-cv-01000", "d-4", "1788-12-31", "ORDER four.")
            + line("ksd", "2:23-cv-01000", "d-5", "2024-02-29", "ORDER five.");
    Read r = ingest("/in/texts.jsonl", utf8(text));
    assertEquals(0, r.summary.rejects());
    assertEquals(5, r.sink.entries.size());
    for (int i = 0; i < 4; i++) {
      assertNull(r.sink.entries.get(i).dateFiled(), r.sink.entries.get(i).entryUid());
    }
    assertEquals(LocalDate.of(2024, 2, 29), r.sink.entries.get(4).dateFiled());
  }

  @Test
  void missingRequiredKeysAreRejectedWithTheKeyNamed() {
    String text =
        lines(1)
            + "{\"courtCode\": \"ksd\", \"caseNumber\": \"2:23-cv-01000\", \"docketText\":"
            + " \"ORDER\"}\n"
            + "{\"caseNumber\": \"2:23-cv-01000\", \"accessId\": \"x-2\", \"docketText\":"
            + " \"ORDER\"}\n";
    Read r = ingest("/in/texts.jsonl", utf8(text));
    assertEquals(2, r.summary.rejects());
    assertTrue(r.sink.rejects.get(0).reason().contains("accessId"), r.sink.rejects.get(0).reason());
    assertTrue(
        r.sink.rejects.get(1).reason().contains("courtCode"), r.sink.rejects.get(1).reason());
  }

  @Test
  void docketNumbersThatLookLikePathsAreJustData() {
    Read r =
        ingest(
            "/in/texts.jsonl",
            utf8(
                line("ksd", "../../etc", "p-1", "2024-01-09", "ORDER.")
                    + line("../../etc", "/etc/passwd", "p-2", "2024-01-09", "ORDER.")));
    assertEquals(0, r.summary.rejects());
    assertEquals("../../etc", r.sink.dockets.get(0).docketNumber());
    r.sink.dockets.forEach(d -> assertEquals("govinfo-jsonl", d.source()));
    r.sink.entries.forEach(e -> assertEquals("/in/texts.jsonl", e.sourceFile()));
  }

  private static String sampleDockets() throws IOException {
    return Files.readString(
        Paths.get("data/sample/courtlistener-bulk/dockets-2026-11-01.csv"), StandardCharsets.UTF_8);
  }
}

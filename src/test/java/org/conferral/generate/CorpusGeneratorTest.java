package org.conferral.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.conferral.ingest.CollectingSink;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.FileIngest;
import org.conferral.ingest.FileSummary;
import org.conferral.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  @TempDir Path tmp;

  @Test
  void sameSeedWritesSameBytesWhateverTheThreads() throws IOException {
    Corpus a = CorpusGenerator.generate(tmp.resolve("a"), 5_000, 42, 2_000, 1);
    Corpus b = CorpusGenerator.generate(tmp.resolve("b"), 5_000, 42, 2_000, 3);
    assertEquals(6, a.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)));
    }
    Corpus c = CorpusGenerator.generate(tmp.resolve("c"), 5_000, 43, 2_000, 1);
    assertFalse(
        java.util.Arrays.equals(
            Files.readAllBytes(a.files().get(1)), Files.readAllBytes(c.files().get(1))));
  }

  @Test
  void theCourtListenerReaderTakesEveryLineAndRejectsOnlyTheBadOnes() throws IOException {
    Corpus corpus = CorpusGenerator.generate(tmp, 60_000, 7, 30_000, 2);
    CollectingSink sink = new CollectingSink();
    FileIngest ingest = new FileIngest(Readers.all(), Optional.empty());
    long read = 0;
    for (Path f : corpus.files()) {
      try (InputStream in = Files.newInputStream(f)) {
        FileSummary s = ingest.read(f.toString(), Files.size(f), in, sink);
        assertEquals("cl-api", s.format(), f.toString());
        read += s.recordsRead();
      }
    }
    assertEquals(read, sink.total());
    assertEquals(corpus.dockets(), sink.dockets.size());
    assertEquals(corpus.badRecords(), sink.rejects.size());
    assertTrue(corpus.badRecords() > 0, "the corpus holds some bad lines");
    assertEquals(corpus.entries(), sink.entries.size() + sink.rejects.size());
    Set<String> dockets = new HashSet<>();
    sink.dockets.forEach(d -> dockets.add(d.docketUid()));
    for (EntryRecord e : sink.entries) {
      assertTrue(dockets.contains(e.docketUid()), e.entryUid() + " has its docket");
    }
  }

  @Test
  void docketTextMixesRoutineEntriesWithSomeDiscoveryFights() throws IOException {
    Corpus corpus = CorpusGenerator.generate(tmp, 50_000, 3, 50_000, 1);
    CollectingSink sink = new CollectingSink();
    for (Path f : corpus.files()) {
      try (InputStream in = Files.newInputStream(f)) {
        new FileIngest(Readers.all(), Optional.empty()).read(f.toString(), 0, in, sink);
      }
    }
    long compel = count(sink, "motion to compel");
    long sanctions = count(sink, "motion for sanctions");
    long conferral = count(sink, "meet and confer") + count(sink, "meet-and-confer") + count(sink, "to confer");
    long rulings = count(sink, "order granting") + count(sink, "order denying");
    long n = sink.entries.size();
    assertTrue(compel > n / 1000 && compel < n / 30, "compel share " + compel + " of " + n);
    assertTrue(sanctions > 0 && sanctions < compel, "sanctions " + sanctions);
    assertTrue(conferral > 0 && conferral < n / 100, "conferral mentions " + conferral);
    assertTrue(rulings > compel / 2, "rulings " + rulings);
    assertTrue(
        sink.documents.stream().anyMatch(d -> d.text() != null && d.text().contains("meet and confer")),
        "some orders carry their full text with a conferral denial");
    Set<String> courts = new HashSet<>();
    sink.dockets.forEach(d -> courts.add(d.courtId()));
    assertTrue(courts.size() > 50, "many courts: " + courts.size());
  }

  private static long count(CollectingSink sink, String phrase) {
    return sink.entries.stream()
        .filter(e -> e.text() != null && e.text().toLowerCase().contains(phrase))
        .count();
  }
}

package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which input files a run must read, against the ledger of the published run. */
class LedgerTest {
  @TempDir Path dir;

  private static Ledger.Entry entry(String path, long size, long modified, String sha) {
    return new Ledger.Entry(path, size, modified, sha, "govinfo-jsonl", 10, 0, "run-1");
  }

  @Test
  void newChangedUnchangedAndGoneFiles() {
    Ledger ledger =
        new Ledger(
            List.of(
                entry("/in/a", 10, 100, "aa"),
                entry("/in/b", 10, 100, "bb"),
                entry("/in/c", 10, 100, "cc"),
                entry("/in/d", 10, 100, "dd"),
                entry("/in/gone", 10, 100, "gg")));
    List<String> checksummed = new ArrayList<>();
    Ledger.Plan plan =
        ledger.plan(
            List.of(
                new InputFile("/in/a", 10, 100), // same size and time: unchanged, not re-hashed
                new InputFile("/in/b", 11, 100), // other size: changed
                new InputFile("/in/c", 10, 200), // touched, same bytes: unchanged
                new InputFile("/in/d", 10, 200), // same size, other bytes: changed
                new InputFile("/in/new", 5, 100)),
            f -> {
              checksummed.add(f.path());
              return f.path().equals("/in/c") ? "cc" : "xx";
            });
    assertEquals(List.of("/in/new"), plan.fresh().stream().map(InputFile::path).toList());
    assertEquals(List.of("/in/b", "/in/d"), plan.changed().stream().map(InputFile::path).toList());
    assertEquals(
        List.of("/in/a", "/in/c"), plan.unchanged().stream().map(InputFile::path).toList());
    assertEquals(List.of("/in/gone"), plan.gone());
    assertEquals(List.of("/in/c", "/in/d"), checksummed, "only same-size files with a new time");
    assertEquals(
        List.of("/in/b", "/in/d", "/in/new"), plan.toRead().stream().map(InputFile::path).toList());
  }

  @Test
  void writtenAndReadBackWithReplacedEntries() {
    Configuration conf = new Configuration();
    Ledger l = new Ledger(List.of(entry("/in/a", 1, 1, "a1"), entry("/in/b", 2, 2, "b1")));
    Ledger next = l.with(List.of(entry("/in/b", 3, 3, "b2"), entry("/in/c", 4, 4, "c1")));
    String path = next.write(dir.resolve("ledger.json").toString(), conf);
    Ledger back = Ledger.read(path, conf);
    assertEquals(next.entries(), back.entries());
    assertEquals("b2", back.get("/in/b").sha256());
    assertEquals(3, back.entries().size());
    assertTrue(l.get("/in/b").sha256().equals("b1"), "the old ledger is unchanged");
  }

  @Test
  void emptyLedgerReadsEverything() {
    Ledger.Plan plan = Ledger.empty().plan(List.of(new InputFile("/in/a", 1, 1)), f -> "x");
    assertEquals(1, plan.toRead().size());
    assertTrue(plan.gone().isEmpty());
  }
}

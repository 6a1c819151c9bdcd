package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing by renaming the manifest, and retention of old runs. */
class RunOutputTest {
  @TempDir Path out;
  private final Configuration conf = new Configuration();

  @Test
  void aRunIsVisibleOnlyOnceItsManifestIsRenamedIn() {
    RunOutput first = new RunOutput(out.toString(), conf);
    first.writeText("report/summary.md", "first");
    first.publish(Map.of("run_id", first.runId(), "tables", Map.of()));
    RunOutput second = new RunOutput(out.toString(), conf);
    second.writeText("report/summary.md", "second");
    assertThrows(
        IllegalStateException.class,
        () ->
            second.publish(
                Map.of("run_id", second.runId()),
                () -> {
                  throw new IllegalStateException("killed before the rename");
                }));
    assertEquals(first.runId(), PublishedRun.of(out.toString(), conf).orElseThrow().runId());
    second.publish(Map.of("run_id", second.runId(), "history", List.of(first.runId())));
    PublishedRun now = PublishedRun.of(out.toString(), conf).orElseThrow();
    assertEquals(List.of(second.runId(), first.runId()), now.runIds());
  }

  @Test
  void retentionDeletesOldRunsDebrisAndStrayManifests() throws Exception {
    for (String id : List.of("r1", "r2", "r3", "killed")) {
      Files.createDirectories(out.resolve("runs").resolve(id).resolve("entries"));
    }
    Files.writeString(out.resolve(".manifest.json.killed.tmp"), "{}");
    RunOutput o = new RunOutput(out.toString(), conf);
    List<String> deleted = o.retainOnly(Set.of("r3", "r2"));
    assertEquals(List.of("killed", "r1"), deleted);
    Set<String> left = new TreeSet<>();
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      s.forEach(p -> left.add(p.getFileName().toString()));
    }
    assertEquals(Set.of("r2", "r3"), left);
    assertFalse(Files.exists(out.resolve(".manifest.json.killed.tmp")));
  }

  @Test
  void nothingPublishedYetIsEmpty() {
    assertTrue(PublishedRun.of(out.resolve("none").toString(), conf).isEmpty());
  }
}

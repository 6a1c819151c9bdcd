package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UidRunsTest {
  @TempDir Path dir;
  private final Configuration conf = new Configuration(false);

  private List<String> runs(List<List<String>> tasks) {
    List<String> files = new ArrayList<>();
    for (int t = 0; t < tasks.size(); t++) {
      UidRuns.Writer w = new UidRuns.Writer(dir.toString(), t, 0, conf);
      tasks.get(t).forEach(w::add);
      w.close();
      files.addAll(w.files());
    }
    return files;
  }

  @Test
  void distinctUidsAcrossTasksAndRunsAreNoRepeat() {
    List<String> a = new ArrayList<>();
    for (int i = 0; i < UidRuns.RUN + 10; i++) {
      a.add("cl-entry:" + i); // more than one run in this task
    }
    List<String> files = runs(List.of(a, List.of("cl-entry:x", "govinfo:y")));
    assertEquals(3, files.size(), files.toString());
    assertFalse(UidRuns.repeats(files, conf));
  }

  @Test
  void aUidTwiceInOneTaskOrInTwoTasksIsARepeat() {
    assertTrue(UidRuns.repeats(runs(List.of(List.of("a", "b", "a"))), conf));
    assertTrue(UidRuns.repeats(runs(List.of(List.of("a", "b"), List.of("c", "b"))), conf));
  }

  @Test
  void twoMissingUidsAreARepeatOneIsNot() {
    List<String> one = new ArrayList<>();
    one.add(null);
    one.add("a");
    assertFalse(UidRuns.repeats(runs(List.of(one)), conf));
    List<String> two = new ArrayList<>(one);
    two.add(null);
    assertTrue(UidRuns.repeats(runs(List.of(two)), conf));
  }

  @Test
  void noRunsNoRepeat() {
    assertFalse(UidRuns.repeats(List.of(), conf));
  }
}

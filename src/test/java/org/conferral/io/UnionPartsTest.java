package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnionPartsTest {
  @TempDir Path dir;

  private List<String> names() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void keepsTheReportedPartFilesWhetherPathsAreRelativeOrAbsolute() throws Exception {
    Files.createDirectories(dir.resolve("t"));
    for (String n : List.of("part-00000-a0.parquet", "part-00000-a1.parquet", "part-00001-a0.parquet")) {
      Files.writeString(dir.resolve("t").resolve(n), "x");
    }
    Files.writeString(dir.resolve("t").resolve("uids-00000-a0-0.run"), "x");
    // a relative output folder (jobs/conferral run --output out/x) reports relative paths
    Path relative = Paths.get("").toAbsolutePath().relativize(dir);
    UnionParts.keepOnly(
        new Configuration(false),
        relative.toString(),
        List.of(
            relative.resolve("t/part-00000-a1.parquet").toString(),
            dir.resolve("t/part-00001-a0.parquet").toString()));

    assertEquals(
        List.of("part-00000-a1.parquet", "part-00001-a0.parquet", "uids-00000-a0-0.run"), names(),
        "only the failed attempt's part file goes");
  }
}

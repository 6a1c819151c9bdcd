package org.conferral.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conferral.io.RunLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad settings fail before Spark starts, with exit code 2; each failure kind has its exit code. */
class RunCommandTest {
  @TempDir Path dir;

  private static int run(ByteArrayOutputStream err, String... args) {
    PrintStream old = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Conferral.execute(args);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void missingConfigFileIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, run(err, "run", "--config", dir.resolve("nope.conf").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"), err.toString());
  }

  @Test
  void configWithoutInputOrWithATypoIsAUsageError() throws Exception {
    Path conf = dir.resolve("c.conf");
    Files.writeString(conf, "output=" + dir.resolve("out") + "\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, run(err, "run", "--config", conf.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("No --input"), err.toString());
    Files.writeString(conf, "input=/x\noutput=/y\nkeep_run=2\n");
    err.reset();
    assertEquals(2, run(err, "run", "--config", conf.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("keep_run"), err.toString());
  }

  @Test
  void commandLineOverridesAreValidatedToo() throws Exception {
    Path conf = dir.resolve("c.conf");
    Files.writeString(conf, "input=/x\noutput=/y\nkeep_runs=2\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, run(err, "run", "--config", conf.toString(), "--keep-runs", "0"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--keep-runs"), err.toString());
  }

  @Test
  void exitCodesByFailure() {
    assertEquals(4, ExitCodes.of(new RunLock.HeldElsewhere("locked")));
    assertEquals(2, ExitCodes.of(new IllegalArgumentException("bad")));
    assertEquals(2, ExitCodes.of(new UncheckedIOException(new java.io.IOException("x"))));
    assertEquals(1, ExitCodes.of(new IllegalStateException("boom")));
  }
}

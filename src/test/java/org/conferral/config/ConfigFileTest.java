package org.conferral.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from a properties file, each overridden by the command line. */
class ConfigFileTest {
  @TempDir Path dir;

  private ConfigFile file(String text) throws Exception {
    Path p = dir.resolve("conferral.conf");
    Files.writeString(p, text);
    return ConfigFile.load(p);
  }

  @Test
  void fileValuesAndCommandLineOverrides() throws Exception {
    ConfigFile c =
        file(
            "# nightly\n"
                + "input = /data/a, /data/b\n"
                + "output=/out\n"
                + "min_cell=5\n"
                + "keep_runs=7\n"
                + "full=false\n");
    assertEquals(List.of("/data/a", "/data/b"), c.inputs(null));
    assertEquals(List.of("/x"), c.inputs(List.of("/x")));
    assertEquals("/out", c.string("output", null));
    assertEquals("/o2", c.string("output", "/o2"));
    assertEquals(5, c.integer("min_cell", null, 10));
    assertEquals(3, c.integer("min_cell", 3, 10));
    assertEquals(0.5, c.decimal("max_reject_share", null, 0.5));
    assertEquals(7, c.integer("keep_runs", null, 3));
    assertEquals(false, c.flag("full", false));
    assertEquals(true, c.flag("full", true));
  }

  @Test
  void typosAndBadValuesFailAtOnceWithTheKeyNamed() throws Exception {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> file("ouput=/out\n"));
    assertTrue(e.getMessage().contains("ouput"), e.getMessage());
    ConfigFile c = file("min_cell=ten\nfull=yes\n");
    assertThrows(IllegalArgumentException.class, () -> c.integer("min_cell", null, 10));
    assertThrows(IllegalArgumentException.class, () -> c.flag("full", false));
    assertThrows(
        IllegalArgumentException.class, () -> ConfigFile.load(dir.resolve("missing.conf")));
  }

  @Test
  void runConfigRejectsAKeepOfZero() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RunConfig(List.of("/in"), "/out", java.util.Optional.empty(), 10, 0.5, false, 0));
  }
}

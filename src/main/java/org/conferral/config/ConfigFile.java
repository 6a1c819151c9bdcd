package org.conferral.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run's settings from a Java properties file ({@code --config FILE}); the command line overrides
 * each key. Keys (documented in {@code jobs/conferral.conf.example}): {@code input}, {@code
 * output}, {@code format}, {@code master}, {@code min_cell}, {@code max_reject_share}, {@code
 * keep_runs}, {@code full}. An unknown key fails at once, so a typo never silently falls back to a
 * default.
 */
public final class ConfigFile {
  public static final Set<String> KEYS =
      Set.of(
          "input",
          "output",
          "format",
          "master",
          "min_cell",
          "max_reject_share",
          "keep_runs",
          "full");

  private final Properties props;
  private final String origin;

  private ConfigFile(Properties props, String origin) {
    this.props = props;
    this.origin = origin;
  }

  /** No file: every key unset. */
  public static ConfigFile empty() {
    return new ConfigFile(new Properties(), "(none)");
  }

  public static ConfigFile load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Cannot read --config " + file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read --config " + file + ": " + e.getMessage(), e);
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown key(s) in --config "
              + file
              + ": "
              + unknown
              + "; known keys: "
              + new TreeSet<>(KEYS));
    }
    return new ConfigFile(p, file.toString());
  }

  /** The command-line value when given, else the file's (trimmed, blank = unset), else null. */
  public String string(String key, String commandLine) {
    if (commandLine != null) {
      return commandLine;
    }
    String v = props.getProperty(key);
    return v == null || v.isBlank() ? null : v.trim();
  }

  /** {@code input}: paths separated by commas or whitespace. */
  public List<String> inputs(List<String> commandLine) {
    if (commandLine != null && !commandLine.isEmpty()) {
      return commandLine;
    }
    String v = string("input", null);
    return v == null ? List.of() : List.of(v.split("[,\\s]+"));
  }

  public int integer(String key, Integer commandLine, int fallback) {
    if (commandLine != null) {
      return commandLine;
    }
    String v = string(key, null);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " in " + origin + " is not a whole number: " + v, e);
    }
  }

  public double decimal(String key, Double commandLine, double fallback) {
    if (commandLine != null) {
      return commandLine;
    }
    String v = string(key, null);
    try {
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " in " + origin + " is not a number: " + v, e);
    }
  }

  public boolean flag(String key, boolean commandLine) {
    if (commandLine) {
      return true;
    }
    String v = string(key, null);
    if (v == null) {
      return false;
    }
    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(key + " in " + origin + " must be true or false: " + v);
    }
    return Boolean.parseBoolean(v);
  }
}

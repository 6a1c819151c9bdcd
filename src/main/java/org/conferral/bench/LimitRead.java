package org.conferral.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The machine's limit for reading the corpus: one thread, Jackson's streaming parser over every file,
 * every string materialised, no classification and no output. Splits each file into lines and parses
 * each line on its own (so a broken line costs only itself); counts the lines of the {@code entries-*}
 * files.
 */
public final class LimitRead {
  private LimitRead() {}

  /** Entries and bytes read. */
  public record Counts(long entries, long bytes, long strings) {}

  public static Counts read(Path dir) throws IOException {
    JsonFactory json = new JsonFactory();
    long entries = 0;
    long bytes = 0;
    long strings = 0;
    byte[] buf = new byte[1 << 20];
    for (Path f : files(dir)) {
      bytes += Files.size(f);
      boolean entryFile = f.getFileName().toString().startsWith("entries-");
      try (InputStream in = Files.newInputStream(f)) {
        int filled = 0;
        while (true) {
          int n = in.read(buf, filled, buf.length - filled);
          int end = n < 0 ? filled : filled + n;
          int start = 0;
          for (int i = filled; i < end; i++) {
            if (buf[i] == '\n') {
              strings += parseLine(json, buf, start, i - start);
              entries += entryFile && i > start ? 1 : 0;
              start = i + 1;
            }
          }
          if (n < 0) {
            if (start < end) {
              strings += parseLine(json, buf, start, end - start);
              entries += entryFile ? 1 : 0;
            }
            break;
          }
          System.arraycopy(buf, start, buf, 0, end - start);
          filled = end - start;
          if (filled == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
          }
        }
      }
    }
    return new Counts(entries, bytes, strings);
  }

  /** Parses one JSON line, materialising every string; a broken line counts as read. */
  private static long parseLine(JsonFactory json, byte[] buf, int off, int len) throws IOException {
    long strings = 0;
    try (JsonParser p = json.createParser(buf, off, len)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING && !p.getText().isEmpty()) {
          strings++;
        }
      }
    } catch (com.fasterxml.jackson.core.JsonParseException e) {
      // a deliberately truncated line
    }
    return strings;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** {@code LimitRead DIR}: prints one JSON object with entries, bytes and seconds. */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    Counts c = read(Path.of(args[0]));
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"entries\":%d,\"bytes\":%d,\"seconds\":%.3f,\"vm_hwm_kb\":%d}%n",
        c.entries(), c.bytes(), s, PeakMemory.selfKb());
  }
}

package org.conferral.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads gold JSONL files and groups their entries into dockets (same docket_key, file order). */
public final class GoldFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {}

  /** All entries of one file; a line that is not valid JSON fails with its line number. */
  public static List<GoldEntry> read(Path file) throws IOException {
    List<GoldEntry> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(JSON.readValue(line, GoldEntry.class));
        } catch (IOException e) {
          throw new IOException(file + " line " + n + ": not a gold entry (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
      }
    }
    return out;
  }

  /** Entries grouped by docket_key in first-seen order; entries without a key stand alone. */
  public static List<List<GoldEntry>> dockets(List<GoldEntry> entries) {
    Map<String, List<GoldEntry>> groups = new LinkedHashMap<>();
    int alone = 0;
    for (GoldEntry e : entries) {
      String key = e.docketKey() == null ? "\u0000" + (alone++) : e.docketKey();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    return new ArrayList<>(groups.values());
  }
}

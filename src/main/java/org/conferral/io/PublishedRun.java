package org.conferral.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The run an output folder currently publishes, as its {@code manifest.json} says: the one way
 * readers (the next run, the report, notebooks) find the tables, so they never see a half-written
 * run.
 */
public final class PublishedRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> manifest;
  private final String manifestPath;

  private PublishedRun(Map<String, Object> manifest, String manifestPath) {
    this.manifest = manifest;
    this.manifestPath = manifestPath;
  }

  /** The published run of {@code output}, or empty when nothing was ever published there. */
  public static Optional<PublishedRun> of(String output, Configuration conf) {
    Path p = new Path(output, RunOutput.MANIFEST);
    try {
      FileSystem fs = p.getFileSystem(conf);
      try (InputStream in = fs.open(p)) {
        Map<String, Object> m = JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
        return Optional.of(new PublishedRun(m, p.toString()));
      }
    } catch (FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the published manifest " + p + ": " + e.getMessage(), e);
    }
  }

  public Map<String, Object> manifest() {
    return manifest;
  }

  public String manifestPath() {
    return manifestPath;
  }

  public String runId() {
    return (String) manifest.get("run_id");
  }

  /** Where the published run keeps {@code table}, or null when it has no such table. */
  @SuppressWarnings("unchecked")
  public String tablePath(String table) {
    Object tables = manifest.get("tables");
    if (!(tables instanceof Map<?, ?> m) || !(m.get(table) instanceof Map<?, ?> t)) {
      return null;
    }
    return (String) ((Map<String, Object>) t).get("path");
  }

  /** The ledger of files the published tables hold (empty for runs published before ledgers). */
  public Ledger ledger(Configuration conf) {
    Object p = manifest.get("ledger");
    return p == null ? Ledger.empty() : Ledger.read((String) p, conf);
  }

  /** The published run ids, newest first: this one, then the history it names. */
  public List<String> runIds() {
    List<String> ids = new ArrayList<>();
    ids.add(runId());
    if (manifest.get("history") instanceof List<?> h) {
      h.forEach(x -> ids.add(String.valueOf(x)));
    }
    return ids;
  }

  public Object get(String key) {
    return manifest.get(key);
  }
}

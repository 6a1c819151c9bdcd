package org.conferral.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a run. Each run writes its tables and report under {@code runs/<run id>/}; the
 * run is published by replacing {@code manifest.json} with one rename, so readers that go through the
 * manifest see the previous run or this one, never half of one.
 */
public final class RunOutput {
  public static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path root;
  private final String runId;
  private final Configuration conf;

  public RunOutput(String output, Configuration conf) {
    this.root = new Path(output);
    this.conf = conf;
    this.runId =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now())
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (fs.exists(root) && fs.getFileStatus(root).isFile()) {
        throw new IllegalArgumentException(
            "Cannot write to --output " + output + ": it is a file, not a folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reach --output " + output + ": " + e.getMessage(), e);
    }
  }

  public String runId() {
    return runId;
  }

  /** Where this run writes {@code name} (a table folder or a report file). */
  public String runPath(String name) {
    return new Path(new Path(new Path(root, "runs"), runId), name).toString();
  }

  /** Writes a small text file (report, CSV extract) under the run folder. */
  public String writeText(String name, String content) {
    Path p = new Path(runPath(name));
    try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + p + ": " + e.getMessage(), e);
    }
    return p.toString();
  }

  /** Publishes the run: writes the manifest beside the runs and renames it over the old one. */
  public String publish(Map<String, Object> manifest) {
    Path tmp = new Path(root, "." + MANIFEST + "." + runId + ".tmp");
    Path dst = new Path(root, MANIFEST);
    try {
      FileSystem fs = root.getFileSystem(conf);
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, manifest);
      }
      // also keep the manifest inside the run, for the record
      org.apache.hadoop.fs.FileUtil.copy(fs, tmp, fs, new Path(runPath(MANIFEST)), false, true, conf);
      FileContext.getFileContext(root.toUri(), conf).rename(tmp, dst, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish the run to " + dst + ": " + e.getMessage(), e);
    }
    return dst.toString();
  }
}

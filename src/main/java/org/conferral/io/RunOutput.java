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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a run. Each run writes its tables and report under {@code runs/<run id>/};
 * the run is published by replacing {@code manifest.json} with one rename, so readers that go
 * through the manifest see the previous run or this one, never half of one.
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
    FileSystem fs;
    try {
      fs = p.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + p + ": " + e.getMessage(), e);
    }
    fs.setWriteChecksum(false); // no .crc files beside the report on a local disk
    try (OutputStream out = fs.create(p, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + p + ": " + e.getMessage(), e);
    }
    return p.toString();
  }

  /** Publishes the run: writes the manifest beside the runs and renames it over the old one. */
  public String publish(Map<String, Object> manifest) {
    return publish(manifest, () -> {});
  }

  /**
   * Publishes the run, calling {@code beforeRename} between writing the new manifest and renaming
   * it over the old one (the instant that decides which run is published).
   */
  public String publish(Map<String, Object> manifest, Runnable beforeRename) {
    Path tmp = new Path(root, "." + MANIFEST + "." + runId + ".tmp");
    Path dst = new Path(root, MANIFEST);
    try {
      FileSystem fs = root.getFileSystem(conf);
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, manifest);
      }
      // also keep the manifest inside the run, for the record
      org.apache.hadoop.fs.FileUtil.copy(
          fs, tmp, fs, new Path(runPath(MANIFEST)), false, true, conf);
      beforeRename.run();
      FileContext.getFileContext(root.toUri(), conf).rename(tmp, dst, Options.Rename.OVERWRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot publish the run to " + dst + ": " + e.getMessage(), e);
    }
    return dst.toString();
  }

  /**
   * Deletes every run folder under {@code runs/} not named in {@code keep} (older published runs
   * past the retention, and what killed runs left behind), and stray manifest temporaries. Call
   * only while holding the output's {@link RunLock} and after publishing; returns the run folders
   * deleted.
   */
  public List<String> retainOnly(Collection<String> keep) {
    List<String> deleted = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      Path runs = new Path(root, "runs");
      if (fs.exists(runs)) {
        for (FileStatus st : fs.listStatus(runs)) {
          if (!keep.contains(st.getPath().getName())) {
            fs.delete(st.getPath(), true);
            deleted.add(st.getPath().getName());
          }
        }
      }
      for (FileStatus st : fs.listStatus(root)) {
        String n = st.getPath().getName();
        if (n.startsWith("." + MANIFEST + ".") && n.endsWith(".tmp")) {
          fs.delete(st.getPath(), false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot clean up old runs under " + root + ": " + e.getMessage(), e);
    }
    Collections.sort(deleted);
    return deleted;
  }
}

package org.conferral.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder's lock ({@code OUTPUT/.lock}): one run at a time writes an output. The file
 * names its holder (pid, host, start time, run id). A lock left by a dead process on this host
 * (kill -9, power loss) is stale and taken over; a lock held by a live process, or by another host,
 * stops the run with {@link HeldElsewhere}. Created with create-new semantics, so two runs racing
 * cannot both win.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = ".lock";

  /** Another run holds the lock; the message names it and says what to do. */
  public static final class HeldElsewhere extends RuntimeException {
    public HeldElsewhere(String message) {
      super(message);
    }
  }

  /** Who holds a lock, as written in the lock file. */
  public record Holder(long pid, String host, Instant since, String runId) {
    static Holder of(Properties p) {
      return new Holder(
          Long.parseLong(p.getProperty("pid", "-1").trim()),
          p.getProperty("host", "?"),
          Instant.parse(p.getProperty("since", Instant.EPOCH.toString()).trim()),
          p.getProperty("run_id", "?"));
    }

    @Override
    public String toString() {
      return "run " + runId + " (pid " + pid + " on " + host + ", since " + since + ")";
    }
  }

  private final FileSystem fs;
  private final Path file;
  private final Holder me;
  private final Optional<Holder> tookOverFrom;

  private RunLock(FileSystem fs, Path file, Holder me, Optional<Holder> tookOverFrom) {
    this.fs = fs;
    this.file = file;
    this.me = me;
    this.tookOverFrom = tookOverFrom;
  }

  /** Takes the lock of {@code output} for {@code runId}, or throws {@link HeldElsewhere}. */
  public static RunLock acquire(String output, String runId, Configuration conf) {
    Path root = new Path(output);
    Path file = new Path(root, FILE);
    Holder me = new Holder(ProcessHandle.current().pid(), hostName(), Instant.now(), runId);
    try {
      FileSystem fs = root.getFileSystem(conf);
      fs.mkdirs(root);
      if (tryCreate(fs, file, me)) {
        return new RunLock(fs, file, me, Optional.empty());
      }
      Holder other = read(fs, file);
      if (other == null || !isStale(other)) {
        throw new HeldElsewhere(
            "Output "
                + output
                + " is locked by "
                + (other == null ? "a run whose lock file is unreadable" : other.toString())
                + ". Wait for it to finish; if it is dead on another host, delete "
                + file
                + " by hand.");
      }
      fs.delete(file, false);
      if (tryCreate(fs, file, me)) {
        return new RunLock(fs, file, me, Optional.of(other));
      }
      throw new HeldElsewhere(
          "Output " + output + " was locked by another run while this one took over a stale lock");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock --output " + output + ": " + e.getMessage(), e);
    }
  }

  /** The dead holder whose stale lock this run took over, if any. */
  public Optional<Holder> tookOverFrom() {
    return tookOverFrom;
  }

  public Holder holder() {
    return me;
  }

  /**
   * Whether a holder is dead: same host and its pid is gone, or the pid now belongs to a process
   * started after the lock was taken (the pid was reused). Another host's lock is never stale here.
   */
  static boolean isStale(Holder h) {
    if (!h.host().equals(hostName())) {
      return false;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    Optional<Instant> started = p.get().info().startInstant();
    return started.isPresent() && started.get().isAfter(h.since().plusSeconds(1));
  }

  private static boolean tryCreate(FileSystem fs, Path file, Holder me) throws IOException {
    byte[] content = text(me).getBytes(StandardCharsets.UTF_8);
    if ("file".equals(fs.getUri().getScheme())) {
      // Hadoop's local create(overwrite=false) checks then creates; NIO's CREATE_NEW is atomic.
      java.nio.file.Path local = Paths.get(fs.makeQualified(file).toUri());
      try {
        Files.write(local, content, java.nio.file.StandardOpenOption.CREATE_NEW);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (OutputStream out = fs.create(file, false)) {
      out.write(content);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static Holder read(FileSystem fs, Path file) {
    Properties p = new Properties();
    try (InputStream in = fs.open(file)) {
      p.load(in);
      return Holder.of(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String text(Holder me) {
    return "# conferral run lock: the run below is writing this output folder\n"
        + "pid="
        + me.pid()
        + "\nhost="
        + me.host()
        + "\nsince="
        + me.since()
        + "\nrun_id="
        + me.runId()
        + "\n";
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
    }
  }

  /** Releases the lock if this run still holds it. */
  @Override
  public void close() {
    try {
      Holder now = read(fs, file);
      if (now != null && now.pid() == me.pid() && now.runId().equals(me.runId())) {
        fs.delete(file, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the lock " + file + ": " + e.getMessage(), e);
    }
  }
}

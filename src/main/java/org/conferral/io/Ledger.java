package org.conferral.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The input files whose records a published run's tables hold: path, size, modification time and
 * the SHA-256 of the raw bytes. Kept as {@code ledger.json} inside each run and named by its
 * manifest, so it is published together with the tables it describes (a killed run never updates
 * it).
 */
public final class Ledger {
  public static final String FILE = "ledger.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One ingested file. */
  public record Entry(
      String path,
      long size,
      long modified,
      String sha256,
      String format,
      long recordsRead,
      long rejected,
      String runId) {}

  /** What an incremental run must read: files never seen, and files whose content changed. */
  public record Plan(
      List<InputFile> fresh,
      List<InputFile> changed,
      List<InputFile> unchanged,
      List<String> gone) {
    public List<InputFile> toRead() {
      List<InputFile> all = new ArrayList<>(fresh);
      all.addAll(changed);
      all.sort(java.util.Comparator.comparing(InputFile::path));
      return all;
    }

    public boolean nothingToRead() {
      return fresh.isEmpty() && changed.isEmpty();
    }
  }

  private final Map<String, Entry> byPath;

  public Ledger(List<Entry> entries) {
    byPath = new TreeMap<>();
    entries.forEach(e -> byPath.put(e.path(), e));
  }

  public static Ledger empty() {
    return new Ledger(List.of());
  }

  public List<Entry> entries() {
    return List.copyOf(byPath.values());
  }

  public Entry get(String path) {
    return byPath.get(path);
  }

  /**
   * Sorts the listed files against the ledger. Same path, size and modification time: unchanged.
   * Same path and size but another time: the file's checksum decides ({@code checksum} is only
   * called then). Another size: changed.
   */
  public Plan plan(List<InputFile> files, Function<InputFile, String> checksum) {
    List<InputFile> fresh = new ArrayList<>();
    List<InputFile> changed = new ArrayList<>();
    List<InputFile> unchanged = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (InputFile f : files) {
      listed.add(f.path());
      Entry e = byPath.get(f.path());
      if (e == null) {
        fresh.add(f);
      } else if (e.size() != f.size()) {
        changed.add(f);
      } else if (e.modified() == f.modified()
          || (e.sha256() != null && e.sha256().equals(checksum.apply(f)))) {
        unchanged.add(f);
      } else {
        changed.add(f);
      }
    }
    List<String> gone = new ArrayList<>();
    for (String p : byPath.keySet()) {
      if (!listed.contains(p)) {
        gone.add(p);
      }
    }
    return new Plan(fresh, changed, unchanged, gone);
  }

  /** This ledger with {@code read} added or replacing the entries of the same paths. */
  public Ledger with(List<Entry> read) {
    List<Entry> all = new ArrayList<>(byPath.values());
    Ledger next = new Ledger(all);
    read.forEach(e -> next.byPath.put(e.path(), e));
    return next;
  }

  public static Ledger read(String path, Configuration conf) {
    Path p = new Path(path);
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      Entry[] entries = JSON.readValue(in, Entry[].class);
      return new Ledger(List.of(entries));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ledger " + p + ": " + e.getMessage(), e);
    }
  }

  /** Writes the ledger to {@code path} (under a run folder); returns the path. */
  public String write(String path, Configuration conf) {
    Path p = new Path(path);
    try (OutputStream out = p.getFileSystem(conf).create(p, true)) {
      JSON.writeValue(out, entries());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ledger " + p + ": " + e.getMessage(), e);
    }
    return p.toString();
  }

  /** SHA-256 of a file's raw bytes, as {@code FileIngest} computes it. */
  public static String sha256(InputFile f, Configuration conf) {
    Path p = new Path(f.path());
    try (InputStream raw = p.getFileSystem(conf).open(p);
        DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException e) {
      return null; // unreadable now: treat as changed, ingest will record why
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

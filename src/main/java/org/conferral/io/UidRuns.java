package org.conferral.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds whether a uid occurs twice among the rows many tasks wrote, without a shuffle: each task
 * writes the 64-bit hashes of its uids as sorted runs ({@link Writer}), and the driver merges all runs
 * of a table in one streaming pass ({@link #repeats}), holding one buffered reader per run. A hash
 * collision only reports a repeat that is not there, sending the job to its exact check; it never
 * hides one.
 */
public final class UidRuns {
  /** Hashes a run holds before it is sorted and written. */
  static final int RUN = 1 << 20;

  private UidRuns() {}

  /** A 64-bit hash of a uid (null has one hash of its own, so two null uids are a repeat). */
  public static long hash(String uid) {
    if (uid == null) {
      return 0x6a09e667f3bcc908L;
    }
    long h = 0xcbf29ce484222325L ^ uid.length();
    for (int i = 0; i < uid.length(); i++) {
      h = (h ^ uid.charAt(i)) * 0x100000001b3L;
    }
    // splitmix64's finalizer, so that similar uids spread over all bits
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  /** One task's runs for one table, under {@code dir}; {@link #close} returns the files written. */
  public static final class Writer implements AutoCloseable {
    private final String dir;
    private final String name;
    private final Configuration conf;
    private long[] buffer = new long[1024];
    private int size;
    private final List<String> files = new ArrayList<>();

    public Writer(String dir, int partition, int attempt, Configuration conf) {
      this.dir = dir;
      this.name = String.format(Locale.ROOT, "uids-%05d-a%d-", partition, attempt);
      this.conf = conf;
    }

    public void add(String uid) {
      if (size == buffer.length) {
        if (size == RUN) {
          flush();
        } else {
          buffer = Arrays.copyOf(buffer, Math.min(RUN, buffer.length * 2));
        }
      }
      buffer[size++] = hash(uid);
    }

    private void flush() {
      if (size == 0) {
        return;
      }
      Arrays.sort(buffer, 0, size);
      Path p = new Path(dir, name + files.size() + ".run");
      try (DataOutputStream out =
          new DataOutputStream(
              new BufferedOutputStream(LocalFiles.create(p, conf), 1 << 16))) {
        for (int i = 0; i < size; i++) {
          out.writeLong(buffer[i]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + p, e);
      }
      files.add(p.toString());
      size = 0;
    }

    /** Writes what is left; returns every run file written. */
    @Override
    public void close() {
      flush();
    }

    public List<String> files() {
      return files;
    }
  }

  /** Whether any hash occurs twice across {@code runs} (each sorted). */
  public static boolean repeats(List<String> runs, Configuration conf) {
    PriorityQueue<Head> heads = new PriorityQueue<>();
    try {
      for (String r : runs) {
        Path p = new Path(r);
        FileSystem fs = p.getFileSystem(conf);
        Head h =
            new Head(new DataInputStream(new BufferedInputStream(fs.open(p), 1 << 16)));
        if (h.advance()) {
          heads.add(h);
        } else {
          h.in.close();
        }
      }
      boolean any = false;
      long last = 0;
      while (!heads.isEmpty()) {
        Head h = heads.poll();
        if (any && h.value == last) {
          return true;
        }
        any = true;
        last = h.value;
        if (h.advance()) {
          heads.add(h);
        } else {
          h.in.close();
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uid runs", e);
    } finally {
      for (Head h : heads) {
        try {
          h.in.close();
        } catch (IOException ignored) {
          // closing a reader we are done with
        }
      }
    }
  }

  private static final class Head implements Comparable<Head> {
    final DataInputStream in;
    long value;

    Head(DataInputStream in) {
      this.in = in;
    }

    boolean advance() throws IOException {
      try {
        value = in.readLong();
        return true;
      } catch (EOFException end) {
        return false;
      }
    }

    @Override
    public int compareTo(Head o) {
      return Long.compare(value, o.value);
    }
  }
}

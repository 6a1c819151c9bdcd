package org.conferral.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The readers conferral knows, in detection order: the first whose {@link SourceReader#sniff} accepts a
 * file reads it. Readers are created on each executor, so this holds only their classes' factory.
 */
public final class Readers implements Serializable {

  private transient List<SourceReader> readers;

  /** All supported formats. */
  public static Readers all() {
    return new Readers();
  }

  private List<SourceReader> readers() {
    if (readers == null) {
      readers = create();
    }
    return readers;
  }

  private static List<SourceReader> create() {
    List<SourceReader> list = new ArrayList<>();
    // registered as the format readers land
    return list;
  }

  /** The reader that recognises the file, or null when none does. */
  public SourceReader detect(String fileName, String head) {
    for (SourceReader r : readers()) {
      if (r.sniff(fileName, head)) {
        return r;
      }
    }
    return null;
  }

  /** The reader of a format named with {@code --format}. */
  public SourceReader forFormat(SourceFormat format) {
    for (SourceReader r : readers()) {
      if (r.format() == format) {
        return r;
      }
    }
    throw new IllegalArgumentException("No reader for format " + format.id());
  }
}

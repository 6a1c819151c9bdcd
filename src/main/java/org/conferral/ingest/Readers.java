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
    list.add(new org.conferral.ingest.courtlistener.bulk.BulkDocketsReader());
    list.add(new org.conferral.ingest.courtlistener.bulk.BulkClustersReader());
    list.add(new org.conferral.ingest.courtlistener.bulk.BulkOpinionsReader());
    list.add(new org.conferral.ingest.courtlistener.bulk.BulkIdbReader());
    list.add(new org.conferral.ingest.fjc.FjcIdbReader());
    list.add(new org.conferral.ingest.courtlistener.api.CourtListenerApiReader());
    list.add(new org.conferral.ingest.juriscraper.JuriscraperDocketReader());
    list.add(new org.conferral.ingest.scales.ScalesDocketReader());
    list.add(new org.conferral.ingest.recap.RecapDocketXmlReader());
    list.add(new org.conferral.ingest.govinfo.GovInfoModsReader());
    list.add(new org.conferral.ingest.govinfo.GovInfoJsonlReader());
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

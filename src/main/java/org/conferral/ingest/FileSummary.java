package org.conferral.ingest;

import java.io.Serializable;

/**
 * What ingest did with one input file: the format detected, its checksum, and the records read, emitted
 * and rejected. {@code lost()} is records read that reached no table; it must be zero.
 */
public record FileSummary(
    String path,
    String format,
    long size,
    String sha256,
    long recordsRead,
    long dockets,
    long entries,
    long documents,
    long rejects,
    String error)
    implements Serializable {

  public long ingested() {
    return dockets + entries + documents;
  }

  public long lost() {
    return recordsRead - ingested() - rejects;
  }
}

package org.conferral.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one file of one export format into canonical records. Implementations are plain Java, stateless
 * between files, and never throw for bad content: a record they cannot read goes to {@link
 * RecordSink#reject} with its reason and position.
 */
public interface SourceReader {

  /** The format this reader reads. */
  SourceFormat format();

  /**
   * Whether a file looks like this format, from its name (without a .gz/.bz2 suffix) and the first
   * characters of its decompressed content. Must be cheap and must not guess: an unknown file is rejected.
   */
  boolean sniff(String fileName, String head);

  /**
   * Reads a whole decompressed file. Every source record (docket, entry, document) it meets results in
   * exactly one call to the sink, so that records read = records emitted + rejected.
   *
   * @return the number of source records met
   * @throws IOException only when the stream itself fails (truncated compression, I/O error); records
   *     already sent stay sent
   */
  long read(InputStream in, String sourceFile, RecordSink sink) throws IOException;
}

package org.conferral.ingest.common;

import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;

/**
 * Passes records on to another sink and counts every call, so that a reader can return the number
 * of source records it met.
 */
public final class RecordsMet implements RecordSink {
  private final RecordSink sink;
  private long count;

  public RecordsMet(RecordSink sink) {
    this.sink = sink;
  }

  /** Records passed on so far, of every kind, rejects included. */
  public long count() {
    return count;
  }

  @Override
  public void docket(DocketRecord docket) {
    count++;
    sink.docket(docket);
  }

  @Override
  public void entry(EntryRecord entry) {
    count++;
    sink.entry(entry);
  }

  @Override
  public void document(DocumentRecord document) {
    count++;
    sink.document(document);
  }

  @Override
  public void reject(RejectRecord reject) {
    count++;
    sink.reject(reject);
  }
}

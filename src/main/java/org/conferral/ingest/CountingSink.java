package org.conferral.ingest;

/** Passes records on and counts them by kind. */
final class CountingSink implements RecordSink {
  private final RecordSink next;
  long dockets;
  long entries;
  long documents;
  long rejects;

  CountingSink(RecordSink next) {
    this.next = next;
  }

  @Override
  public void docket(DocketRecord docket) {
    dockets++;
    next.docket(docket);
  }

  @Override
  public void entry(EntryRecord entry) {
    entries++;
    next.entry(entry);
  }

  @Override
  public void document(DocumentRecord document) {
    documents++;
    next.document(document);
  }

  @Override
  public void reject(RejectRecord reject) {
    rejects++;
    next.reject(reject);
  }

  long total() {
    return dockets + entries + documents + rejects;
  }
}

package org.conferral.ingest;

/** Where a reader sends what it reads. Every source record ends in exactly one call. */
public interface RecordSink {
  void docket(DocketRecord docket);

  void entry(EntryRecord entry);

  void document(DocumentRecord document);

  void reject(RejectRecord reject);
}

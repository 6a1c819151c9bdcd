package org.conferral.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests: keeps everything a reader sends. */
public final class CollectingSink implements RecordSink {
  public final List<DocketRecord> dockets = new ArrayList<>();
  public final List<EntryRecord> entries = new ArrayList<>();
  public final List<DocumentRecord> documents = new ArrayList<>();
  public final List<RejectRecord> rejects = new ArrayList<>();

  @Override
  public void docket(DocketRecord docket) {
    dockets.add(docket);
  }

  @Override
  public void entry(EntryRecord entry) {
    entries.add(entry);
  }

  @Override
  public void document(DocumentRecord document) {
    documents.add(document);
  }

  @Override
  public void reject(RejectRecord reject) {
    rejects.add(reject);
  }

  /** Records emitted of every kind; a reader's return value must equal this. */
  public long total() {
    return dockets.size() + entries.size() + documents.size() + rejects.size();
  }
}

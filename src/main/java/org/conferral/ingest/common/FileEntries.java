package org.conferral.ingest.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;

/**
 * The JSON docket entries of one file on their way to a sink: each takes as position its 1-based
 * index among all entries of the file, uids stay unique per docket across the file (a feed may
 * repeat a docket), and an entry that cannot be read is rejected alone.
 */
public final class FileEntries {

  /** Makes the entry record of one JSON entry, or says why there is none. */
  public interface EntryReader {
    EntryRecord entry(JsonNode entry, int sequence, long position, EntryUids uids)
        throws BadRecord;
  }

  private final String source;
  private final String sourceFile;
  private final RecordSink sink;
  private final Map<String, EntryUids> uidsByDocket = new HashMap<>();
  private long index;

  public FileEntries(String source, String sourceFile, RecordSink sink) {
    this.source = source;
    this.sourceFile = sourceFile;
    this.sink = sink;
  }

  /** Sends the entries of docket {@code docketUid}, in order, as entries or rejects. */
  public void emit(String docketUid, List<JsonNode> entries, EntryReader reader) {
    EntryUids uids = uidsByDocket.computeIfAbsent(docketUid, k -> new EntryUids());
    for (int i = 0; i < entries.size(); i++) {
      JsonNode e = entries.get(i);
      long position = ++index;
      try {
        sink.entry(reader.entry(e, i, position, uids));
      } catch (BadRecord ex) {
        sink.reject(RejectRecord.of(source, sourceFile, position, e.toString(), ex.getMessage()));
      }
    }
  }

  /** The position the next entry of the file will take. */
  public long nextPosition() {
    return index + 1;
  }
}

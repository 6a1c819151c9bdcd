package org.conferral.ingest.juriscraper;

import static org.conferral.ingest.common.JsonFields.firstKeys;
import static org.conferral.ingest.common.JsonFields.isoDate;
import static org.conferral.ingest.common.JsonFields.kind;
import static org.conferral.ingest.common.JsonFields.optional;
import static org.conferral.ingest.common.JsonFields.scalar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.common.BadRecord;
import org.conferral.ingest.common.DocketJsonStream;
import org.conferral.ingest.common.EntryUids;
import org.conferral.ingest.common.FileEntries;
import org.conferral.ingest.common.JsonSyntax;

/**
 * Turns Juriscraper docket objects of one file into a docket record and its entry records.
 *
 * <p>Required: {@code court_id} (or the enclosing NEF's) and {@code docket_number}; without them
 * the docket and its entries are one reject. Entries need only be objects with scalar {@code
 * document_number}, {@code pacer_seq_no} and {@code description}. Positions: a docket's is its
 * 1-based index among the dockets of the file, an entry's its 1-based index among all entries of
 * the file.
 */
final class JuriscraperDockets implements DocketJsonStream.Dockets<DocketInProgress> {

  private static final String SOURCE = SourceFormat.JURISCRAPER.id();

  private final String sourceFile;
  private final RecordSink sink;
  private long docketIndex;
  private final FileEntries entries;

  JuriscraperDockets(String sourceFile, RecordSink sink) {
    this.sourceFile = sourceFile;
    this.sink = sink;
    this.entries = new FileEntries(SOURCE, sourceFile, sink);
  }

  @Override
  public DocketInProgress start() {
    return new DocketInProgress();
  }

  @Override
  public void finish(DocketInProgress d) {
    finish(d, null);
  }

  @Override
  public void broken(DocketInProgress d, String rest, String reason) {
    finishBroken(d, null, rest, reason);
  }

  @Override
  public void rejectNonObject(JsonNode value) {
    rejectValue(value, "not a Juriscraper docket: " + kind(value));
  }

  /**
   * A docket object read completely; {@code parentCourt} is the court of an enclosing NEF or null.
   */
  void finish(DocketInProgress d, String parentCourt) {
    if (d.nestedDockets != null && !d.hasEntries) {
      nef(d);
      return;
    }
    JsonNode entriesField = d.fields.get("docket_entries");
    if (entriesField != null) {
      rejectDocket(d, "docket_entries is " + kind(entriesField) + ", expected a list");
      return;
    }
    if (!d.hasEntries) {
      rejectDocket(
          d,
          d.fields.isEmpty()
              ? "empty JSON object: not a Juriscraper docket"
              : "not a Juriscraper docket: no docket_entries (keys " + firstKeys(d.fields) + ")");
      return;
    }
    emit(d, parentCourt);
  }

  /**
   * A docket cut short by a syntax error: kept with the entries read so far when its court and
   * number were read before the error; otherwise it and those entries join the reject of the rest.
   */
  void finishBroken(DocketInProgress d, String parentCourt, String rest, String reason) {
    String court = optional(d.fields, "court_id");
    String key =
        DocketKeys.of(court != null ? court : parentCourt, optional(d.fields, "docket_number"));
    if (key != null && d.nestedDockets == null) {
      emit(d, parentCourt);
      rejectRest(rest, reason + JsonSyntax.REST_UNREAD);
    } else {
      sink.reject(
          RejectRecord.of(
              SOURCE,
              sourceFile,
              ++docketIndex,
              d.raw() + "\n" + rest,
              reason
                  + "; the docket's court_id and docket_number were not read before it, so the"
                  + " docket and its "
                  + d.entries.size()
                  + " entries read so far are rejected with the rest of the file"));
    }
  }

  /** Rejects what follows a syntax error outside any docket. */
  @Override
  public void rejectRest(String rest, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, entries.nextPosition(), rest, reason));
  }

  /** A top-level value that is not an object. */
  void rejectValue(JsonNode value, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, ++docketIndex, value.toString(), reason));
  }

  private void nef(DocketInProgress container) {
    String court = optional(container.fields, "court_id");
    if (container.nestedDockets.isEmpty()) {
      rejectDocket(container, "NEF without dockets");
      return;
    }
    for (JsonNode docket : container.nestedDockets) {
      if (docket.isObject()) {
        finish(DocketInProgress.of((ObjectNode) docket), court);
      } else {
        rejectValue(
            docket, "docket in dockets is " + kind(docket) + ", expected an object");
      }
    }
  }

  private void emit(DocketInProgress d, String parentCourt) {
    ObjectNode f = d.fields;
    String court;
    String number;
    try {
      court = scalar(f, "court_id");
      number = scalar(f, "docket_number");
    } catch (BadRecord e) {
      rejectDocket(d, e.getMessage());
      return;
    }
    if (court == null) {
      court = parentCourt;
    }
    String key = DocketKeys.of(court, number);
    if (key == null) {
      rejectDocket(
          d,
          "docket without court_id or docket_number: its "
              + d.entries.size()
              + " entries cannot be keyed");
      return;
    }
    String docketUid = "pacer:" + key;
    docketIndex++;
    sink.docket(
        new DocketRecord(
            docketUid,
            key,
            SOURCE,
            sourceFile,
            court.toLowerCase(java.util.Locale.ROOT),
            number,
            optional(f, "case_name"),
            optional(f, "nature_of_suit"),
            optional(f, "cause"),
            optional(f, "jurisdiction"),
            isoDate(f, "date_filed"),
            isoDate(f, "date_terminated"),
            optional(f, "assigned_to_str"),
            optional(f, "referred_to_str"),
            PacerParties.of(f.get("parties"))));
    entries.emit(
        docketUid,
        d.entries,
        (e, sequence, position, uids) -> entry(e, docketUid, sequence, position, uids));
  }

  private EntryRecord entry(
      JsonNode e, String docketUid, int sequence, long position, EntryUids uids) throws BadRecord {
    if (!e.isObject()) {
      throw new BadRecord("docket entry is " + kind(e) + ", expected an object");
    }
    String number = scalar(e, "document_number");
    String seqNo = scalar(e, "pacer_seq_no");
    String text = scalar(e, "description");
    if (text == null) {
      text = scalar(e, "short_description");
    }
    LocalDate filed = isoDate(e, "date_filed");
    if (filed == null) {
      filed = isoDate(e, "date_entered");
    }
    String suffix = number != null ? number : "s" + (seqNo != null ? seqNo : sequence);
    return new EntryRecord(
        docketUid,
        uids.unique(docketUid + "#" + suffix),
        SOURCE,
        sourceFile,
        position,
        number,
        sequence,
        filed,
        text);
  }

  private void rejectDocket(DocketInProgress d, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, ++docketIndex, d.raw(), reason));
  }
}

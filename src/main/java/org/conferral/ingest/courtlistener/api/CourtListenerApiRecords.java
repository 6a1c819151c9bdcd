package org.conferral.ingest.courtlistener.api;

import static org.conferral.ingest.common.JsonFields.isoDate;
import static org.conferral.ingest.common.JsonFields.kind;
import static org.conferral.ingest.courtlistener.api.ApiJson.reference;
import static org.conferral.ingest.courtlistener.api.ApiJson.text;
import static org.conferral.ingest.courtlistener.api.ApiJson.trimmed;
import static org.conferral.ingest.courtlistener.api.ApiJson.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.common.BadRecord;

/**
 * Turns the JSON objects of one CourtListener file (API v4 dockets, docket entries with nested
 * RECAP documents, RECAP documents, or Django fixture rows of the same models) into canonical
 * records.
 *
 * <p>Required: a docket's {@code id}; an entry's {@code id} and {@code docket}; a RECAP document's
 * {@code id}. A nested RECAP document is a record of its own; a rejected entry takes its nested
 * documents with it (one reject). State (entry sequence per docket, entry-to-docket links for
 * fixture documents) lives for one file.
 */
final class CourtListenerApiRecords {

  private static final String SOURCE = SourceFormat.CL_API.id();
  private static final Pattern COURT_URL = Pattern.compile("/courts/([a-z0-9]+)/?$");

  private final String sourceFile;
  private final RecordSink sink;
  /** Entries met so far per docket id. */
  private final LongTable sequenceByDocket = new LongTable();

  /** Docket id per entry id. */
  private final LongTable docketByEntry = new LongTable();

  /** The uid of the docket of the last entry, reused while entries stay in one docket. */
  private long lastDocketId = -1;

  private String lastDocketUid;

  CourtListenerApiRecords(String sourceFile, RecordSink sink) {
    this.sourceFile = sourceFile;
    this.sink = sink;
  }

  /**
   * Reads one top-level JSON value met at {@code position}; every record in it ends in one sink
   * call.
   */
  void accept(JsonNode node, long position) {
    try {
      if (!node.isObject()) {
        throw new BadRecord("record is " + kind(node) + ", expected a JSON object");
      }
      if (node.has("model") && node.has("fields")) {
        fixtureRow(node, position);
      } else if (isEntry(node)) {
        entry(node, null, position);
      } else if (isDocket(node)) {
        docket(node, position);
      } else if (node.has("plain_text") || node.has("document_type")) {
        document(node, null, null, position);
      } else {
        throw new BadRecord(
            "neither a docket nor a docket entry nor a RECAP document: keys " + keys(node));
      }
    } catch (BadRecord e) {
      reject(node, position, e.getMessage());
    }
  }

  /** Reads a plain entry or docket streamed by {@link ApiLine}, as {@link #accept} would. */
  void acceptStreamed(ApiLine line, long position) {
    if (line.kind == ApiLine.Kind.ENTRY) {
      streamedEntry(line, position);
    } else {
      streamedDocket(line, position);
    }
  }

  /** Rejects whatever follows a syntax error: {@code rest} is the unread text. */
  void rejectRest(String rest, long position, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, position, rest, reason));
  }

  private static boolean isEntry(JsonNode n) {
    return n.has("docket")
        && (n.has("description") || n.has("entry_number") || n.has("recap_documents"));
  }

  private static boolean isDocket(JsonNode n) {
    return n.has("court_id") || n.has("docket_number") || n.has("case_name");
  }

  private void fixtureRow(JsonNode row, long position) throws BadRecord {
    String model = text(row, "model");
    JsonNode fields = row.get("fields");
    if (!fields.isObject()) {
      throw new BadRecord("fixture fields is " + kind(fields) + ", expected an object");
    }
    Long pk = wholeNumber(row, "pk");
    if (pk == null) {
      throw new BadRecord("fixture row of " + model + " without a numeric pk");
    }
    switch (String.valueOf(model)) {
      case "search.docket" -> docketFields(fields, pk, position);
      case "search.docketentry" -> entryFields(fields, pk, null, position);
      case "search.recapdocument" -> document(fields, pk, null, position);
      default -> throw new BadRecord("unsupported fixture model " + model);
    }
  }

  private void docket(JsonNode d, long position) throws BadRecord {
    Long id = wholeNumber(d, "id");
    if (id == null) {
      throw new BadRecord("docket without an id");
    }
    JsonNode nested = d.get("docket_entries");
    if (nested != null && !nested.isNull() && !nested.isArray()) {
      throw new BadRecord("docket_entries is " + kind(nested) + ", expected a list");
    }
    docketFields(d, id, position);
    if (nested != null && nested.isArray()) {
      for (JsonNode e : nested) {
        try {
          if (!e.isObject()) {
            throw new BadRecord("docket entry is " + kind(e) + ", expected a JSON object");
          }
          entry(e, id, position);
        } catch (BadRecord ex) {
          reject(e, position, ex.getMessage());
        }
      }
    }
  }

  private void docketFields(JsonNode d, long id, long position) throws BadRecord {
    String court = trimmed(d, "court_id");
    if (court == null) {
      court = courtFrom(trimmed(d, "court"));
    }
    String number = trimmed(d, "docket_number");
    String caseName = trimmed(d, "case_name");
    if (caseName == null) {
      caseName = trimmed(d, "case_name_full");
    }
    if (caseName == null) {
      caseName = trimmed(d, "case_name_short");
    }
    String natureOfSuit = trimmed(d, "nature_of_suit");
    String cause = trimmed(d, "cause");
    String jurisdiction = trimmed(d, "jurisdiction_type");
    LocalDate filed = isoDate(d, "date_filed");
    LocalDate terminated = isoDate(d, "date_terminated");
    String assigned = trimmed(d, "assigned_to_str");
    String referred = trimmed(d, "referred_to_str");
    docket(
        id, court, number, caseName, natureOfSuit, cause, jurisdiction, filed, terminated, assigned,
        referred);
  }

  /** Emits one docket of this file, by either path. */
  private void docket(
      long id,
      String court,
      String number,
      String caseName,
      String natureOfSuit,
      String cause,
      String jurisdiction,
      LocalDate filed,
      LocalDate terminated,
      String assigned,
      String referred) {
    sink.docket(
        new DocketRecord(
            docketUid(id),
            DocketKeys.of(court, number),
            SOURCE,
            sourceFile,
            court,
            number,
            caseName,
            natureOfSuit,
            cause,
            jurisdiction,
            filed,
            terminated,
            assigned,
            referred,
            List.of()));
  }

  private void streamedDocket(ApiLine d, long position) {
    String court = trimmed(d.courtId);
    if (court == null) {
      court = courtFrom(trimmed(d.court));
    }
    String number = trimmed(d.docketNumber);
    String caseName = trimmed(d.caseName);
    if (caseName == null) {
      caseName = trimmed(d.caseNameFull);
    }
    if (caseName == null) {
      caseName = trimmed(d.caseNameShort);
    }
    docket(
        d.id,
        court,
        number,
        caseName,
        trimmed(d.natureOfSuit),
        trimmed(d.cause),
        trimmed(d.jurisdictionType),
        d.dateFiled,
        d.dateTerminated,
        trimmed(d.assignedTo),
        trimmed(d.referredTo));
  }

  private void entry(JsonNode e, Long docketFallback, long position) throws BadRecord {
    Long id = wholeNumber(e, "id");
    if (id == null) {
      throw new BadRecord("docket entry without an id");
    }
    entryFields(e, id, docketFallback, position);
  }

  private void entryFields(JsonNode e, long id, Long docketFallback, long position)
      throws BadRecord {
    Long docketId = reference(e, "docket");
    if (docketId == null) {
      docketId = docketFallback;
    }
    if (docketId == null) {
      throw new BadRecord("docket entry " + id + " without a docket reference");
    }
    Long number = wholeNumber(e, "entry_number");
    JsonNode docs = e.get("recap_documents");
    if (docs != null && !docs.isNull() && !docs.isArray()) {
      throw new BadRecord("recap_documents is " + kind(docs) + ", expected a list");
    }
    String text = trimmed(e, "description");
    if (text == null && docs != null) {
      text = mainDocumentDescription(docs);
    }
    emitEntry(id, docketId, position, number, isoDate(e, "date_filed"), text);
    if (docs != null && docs.isArray()) {
      for (JsonNode doc : docs) {
        try {
          if (!doc.isObject()) {
            throw new BadRecord(
                "RECAP document is " + kind(doc) + ", expected a JSON object");
          }
          document(doc, null, id, position);
        } catch (BadRecord ex) {
          reject(doc, position, "RECAP document of entry " + id + ": " + ex.getMessage());
        }
      }
    }
  }

  private void streamedEntry(ApiLine e, long position) {
    String text = trimmed(e.description);
    if (text == null && e.hasDocuments) {
      for (int i = 0; i < e.documentCount; i++) {
        ApiDocument doc = e.document(i);
        boolean main = doc.type != null ? doc.type == 1 : !doc.hasAttachment;
        if (main) {
          text = trimmed(doc.description);
          break;
        }
      }
    }
    String entryUid = emitEntry(e.id, e.docketId, position, e.entryNumber, e.dateFiled, text);
    String docketUid = docketUid(e.docketId);
    for (int i = 0; i < e.documentCount; i++) {
      ApiDocument doc = e.document(i);
      sink.document(
          new DocumentRecord(
              "cl-recap:" + doc.id,
              entryUid,
              docketUid,
              SOURCE,
              sourceFile,
              position,
              trimmed(doc.documentNumber),
              trimmed(doc.attachmentNumber),
              trimmed(doc.description),
              blankToNull(doc.plainText)));
    }
  }

  /** Sends one entry and notes its docket and sequence; returns the entry's uid. */
  private String emitEntry(
      long id, long docketId, long position, Long number, LocalDate filed, String text) {
    String docketUid = docketUid(docketId);
    String entryUid = "cl-entry:" + id;
    int sequence = (int) sequenceByDocket.increment(docketId);
    docketByEntry.put(id, docketId);
    sink.entry(
        new EntryRecord(
            docketUid,
            entryUid,
            SOURCE,
            sourceFile,
            position,
            number == null ? null : number.toString(),
            sequence,
            filed,
            text));
    return entryUid;
  }

  /**
   * The description of the entry's main document (type 1, or the one without attachment number).
   */
  private static String mainDocumentDescription(JsonNode docs) throws BadRecord {
    for (JsonNode doc : docs) {
      if (doc.isObject()) {
        JsonNode type = doc.get("document_type");
        JsonNode attachment = doc.get("attachment_number");
        boolean main =
            type != null && type.isNumber()
                ? type.asInt() == 1
                : attachment == null || attachment.isNull();
        if (main) {
          return trimmed(doc, "description");
        }
      }
    }
    return null;
  }

  /**
   * One RECAP document. {@code pk} is the fixture key (else the object's {@code id}); {@code
   * entryId} the enclosing entry (else the document's own {@code docket_entry} reference).
   */
  private void document(JsonNode doc, Long pk, Long entryId, long position) throws BadRecord {
    Long id = pk != null ? pk : wholeNumber(doc, "id");
    if (id == null) {
      throw new BadRecord("RECAP document without an id");
    }
    Long entry = entryId != null ? entryId : reference(doc, "docket_entry");
    if (entry == null) {
      throw new BadRecord("RECAP document " + id + " without a docket_entry reference");
    }
    long docketId = docketByEntry.get(entry, -1);
    String attachment = trimmed(doc, "attachment_number");
    sink.document(
        new DocumentRecord(
            "cl-recap:" + id,
            "cl-entry:" + entry,
            docketId < 0 ? null : docketUid(docketId),
            SOURCE,
            sourceFile,
            position,
            trimmed(doc, "document_number"),
            attachment,
            trimmed(doc, "description"),
            blankToNull(text(doc, "plain_text"))));
  }

  private void reject(JsonNode node, long position, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, position, node.toString(), reason));
  }

  private String docketUid(long id) {
    if (id != lastDocketId) {
      lastDocketUid = "cl:" + id;
      lastDocketId = id;
    }
    return lastDocketUid;
  }

  /** A court id given plainly ({@code "ksd"}) or as an API URL ({@code .../courts/ksd/}). */
  private static String courtFrom(String court) {
    if (court == null) {
      return null;
    }
    Matcher m = COURT_URL.matcher(court);
    if (m.find()) {
      return m.group(1);
    }
    return court.contains("/") ? null : court;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext() && keys.size() < 12; ) {
      keys.add(it.next());
    }
    return keys;
  }
}

package org.conferral.ingest.courtlistener.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields {@link CourtListenerApiRecords} needs of one JSON line, streamed from its UTF-8 bytes
 * without building a tree. {@link #read} accepts only a plain docket entry (with its RECAP
 * documents) or docket that becomes records without a reject; anything else (pages, fixture rows,
 * lone documents, nested docket entries, repeated or oddly typed fields, syntax errors, unusual
 * bytes) is declined and left to the tree path, which gives the same records for it.
 */
final class ApiLine {

  /** What a line read holds. */
  enum Kind {
    ENTRY,
    DOCKET
  }

  private final JsonFactory factory;
  private final int maxString;
  private final FieldsSeen seen = new FieldsSeen();
  private final List<ApiDocument> documents = new ArrayList<>();

  Kind kind;
  long id;
  long docketId;
  Long entryNumber;
  String description;
  LocalDate dateFiled;
  /** Whether {@code recap_documents} is there (null or a list). */
  boolean hasDocuments;
  /** How many of {@link #document}s the entry has. */
  int documentCount;

  String courtId;
  String court;
  String docketNumber;
  String caseName;
  String caseNameFull;
  String caseNameShort;
  String natureOfSuit;
  String cause;
  String jurisdictionType;
  LocalDate dateTerminated;
  String assignedTo;
  String referredTo;

  ApiLine(JsonFactory factory) {
    this.factory = factory;
    this.maxString = factory.streamReadConstraints().getMaxStringLength();
  }

  /** The {@code i}-th RECAP document of the entry read. */
  ApiDocument document(int i) {
    return documents.get(i);
  }

  /**
   * Reads the line {@code b[from, from + length)}; false when it is not a plain entry or docket.
   * {@code ascii} says that the line is known to be ASCII without NUL bytes.
   */
  boolean read(byte[] b, int from, int length, boolean ascii) {
    int i = from;
    int end = from + length;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    // longer lines could hold a string the tree parser refuses while skipping accepts it
    if (i == end || b[i] != '{' || length > maxString || !(ascii || PlainUtf8.check(b, from, end))) {
      return false;
    }
    try (JsonParser p = factory.createParser(b, from, length)) {
      return object(p);
    } catch (IOException | Declined e) {
      return false;
    }
  }

  private boolean object(JsonParser p) throws IOException, Declined {
    clear();
    p.nextToken();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "id" -> id = Values.wholeNumber(p, v, seen.first(FieldsSeen.ID));
        case "docket" -> docketId = Values.reference(p, v, seen.first(FieldsSeen.DOCKET));
        case "entry_number" -> entryNumber = entryNumber(p, v);
        case "description" -> description = Values.text(p, v, seen.first(FieldsSeen.DESCRIPTION));
        case "date_filed" -> dateFiled = Values.date(p, v, seen.first(FieldsSeen.DATE_FILED));
        case "recap_documents" -> documents(p, v);
        case "court_id" -> courtId = Values.text(p, v, seen.first(FieldsSeen.COURT_ID));
        case "court" -> court = Values.text(p, v, seen.first(FieldsSeen.COURT));
        case "docket_number" ->
            docketNumber = Values.text(p, v, seen.first(FieldsSeen.DOCKET_NUMBER));
        case "case_name" -> caseName = Values.text(p, v, seen.first(FieldsSeen.CASE_NAME));
        case "case_name_full" ->
            caseNameFull = Values.text(p, v, seen.first(FieldsSeen.CASE_NAME_FULL));
        case "case_name_short" ->
            caseNameShort = Values.text(p, v, seen.first(FieldsSeen.CASE_NAME_SHORT));
        case "nature_of_suit" ->
            natureOfSuit = Values.text(p, v, seen.first(FieldsSeen.NATURE_OF_SUIT));
        case "cause" -> cause = Values.text(p, v, seen.first(FieldsSeen.CAUSE));
        case "jurisdiction_type" ->
            jurisdictionType = Values.text(p, v, seen.first(FieldsSeen.JURISDICTION_TYPE));
        case "date_terminated" ->
            dateTerminated = Values.date(p, v, seen.first(FieldsSeen.DATE_TERMINATED));
        case "assigned_to_str" ->
            assignedTo = Values.text(p, v, seen.first(FieldsSeen.ASSIGNED_TO));
        case "referred_to_str" ->
            referredTo = Values.text(p, v, seen.first(FieldsSeen.REFERRED_TO));
        case "model", "results", "docket_entries" -> throw Declined.INSTANCE;
        default -> p.skipChildren();
      }
    }
    kind = kind();
    return true;
  }

  /** The kind as {@link CourtListenerApiRecords#accept} tells it, for records without a reject. */
  private Kind kind() throws Declined {
    boolean entry =
        seen.has(FieldsSeen.DOCKET)
            && (seen.has(FieldsSeen.DESCRIPTION)
                || seen.has(FieldsSeen.ENTRY_NUMBER)
                || seen.has(FieldsSeen.RECAP_DOCUMENTS));
    boolean docket =
        seen.has(FieldsSeen.COURT_ID)
            || seen.has(FieldsSeen.DOCKET_NUMBER)
            || seen.has(FieldsSeen.CASE_NAME);
    if (!seen.has(FieldsSeen.ID) || !(entry || docket)) {
      throw Declined.INSTANCE;
    }
    return entry ? Kind.ENTRY : Kind.DOCKET;
  }

  private Long entryNumber(JsonParser p, JsonToken v) throws IOException, Declined {
    boolean first = seen.first(FieldsSeen.ENTRY_NUMBER);
    return v == JsonToken.VALUE_NULL && first ? null : Values.wholeNumber(p, v, first);
  }

  private void documents(JsonParser p, JsonToken v) throws IOException, Declined {
    if (!seen.first(FieldsSeen.RECAP_DOCUMENTS)) {
      throw Declined.INSTANCE;
    }
    hasDocuments = true;
    if (v == JsonToken.VALUE_NULL) {
      return;
    }
    if (v != JsonToken.START_ARRAY) {
      throw Declined.INSTANCE;
    }
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (documentCount == documents.size()) {
        documents.add(new ApiDocument());
      }
      documents.get(documentCount++).read(p, t);
    }
  }

  private void clear() {
    seen.clear();
    kind = null;
    id = 0;
    docketId = 0;
    entryNumber = null;
    description = null;
    dateFiled = null;
    hasDocuments = false;
    documentCount = 0;
    courtId = null;
    court = null;
    docketNumber = null;
    caseName = null;
    caseNameFull = null;
    caseNameShort = null;
    natureOfSuit = null;
    cause = null;
    jurisdictionType = null;
    dateTerminated = null;
    assignedTo = null;
    referredTo = null;
  }
}

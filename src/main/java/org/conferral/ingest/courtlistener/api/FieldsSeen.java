package org.conferral.ingest.courtlistener.api;

/** Which of the fields {@link ApiLine} reads one object has, to tell kinds and repeated fields. */
final class FieldsSeen {

  static final int ID = 0;
  static final int DOCKET = 1;
  static final int ENTRY_NUMBER = 2;
  static final int DESCRIPTION = 3;
  static final int DATE_FILED = 4;
  static final int RECAP_DOCUMENTS = 5;
  static final int COURT_ID = 6;
  static final int COURT = 7;
  static final int DOCKET_NUMBER = 8;
  static final int CASE_NAME = 9;
  static final int CASE_NAME_FULL = 10;
  static final int CASE_NAME_SHORT = 11;
  static final int NATURE_OF_SUIT = 12;
  static final int CAUSE = 13;
  static final int JURISDICTION_TYPE = 14;
  static final int DATE_TERMINATED = 15;
  static final int ASSIGNED_TO = 16;
  static final int REFERRED_TO = 17;
  static final int DOCUMENT_TYPE = 18;
  static final int ATTACHMENT_NUMBER = 19;
  static final int DOCUMENT_NUMBER = 20;
  static final int PLAIN_TEXT = 21;

  private int bits;

  void clear() {
    bits = 0;
  }

  /** Marks {@code field} seen; false when it was seen before (a repeated key). */
  boolean first(int field) {
    int bit = 1 << field;
    boolean first = (bits & bit) == 0;
    bits |= bit;
    return first;
  }

  boolean has(int field) {
    return (bits & (1 << field)) != 0;
  }
}

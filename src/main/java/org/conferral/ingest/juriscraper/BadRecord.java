package org.conferral.ingest.juriscraper;

/** A JSON record that cannot become a canonical record; the message is the reject reason. */
final class BadRecord extends Exception {
  private static final long serialVersionUID = 1L;

  BadRecord(String reason) {
    super(reason, null, false, false);
  }
}

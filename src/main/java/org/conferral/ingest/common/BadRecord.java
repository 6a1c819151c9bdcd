package org.conferral.ingest.common;

/** A source record that cannot become a canonical record; the message is the reject reason. */
public final class BadRecord extends Exception {
  private static final long serialVersionUID = 1L;

  public BadRecord(String reason) {
    super(reason, null, false, false);
  }
}

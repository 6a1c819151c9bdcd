package org.conferral.ingest.courtlistener.api;

/** Raised while streaming a line that the tree path must read instead; carries no stack trace. */
final class Declined extends Exception {
  private static final long serialVersionUID = 1L;

  static final Declined INSTANCE = new Declined();

  private Declined() {
    super("left to the tree path", null, false, false);
  }
}

package org.conferral.cli;

import java.io.UncheckedIOException;
import org.conferral.jobs.ConferralJob;

/** Exit codes a scheduler can act on (documented in the README and in {@code --help}). */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int REJECTS = 3;

  private ExitCodes() {}

  static int of(Exception e) {
    if (e instanceof ConferralJob.RejectShareExceeded) {
      return REJECTS;
    }
    if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
      return USAGE;
    }
    return FAILED;
  }
}

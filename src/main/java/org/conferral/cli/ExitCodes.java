package org.conferral.cli;

import java.io.UncheckedIOException;
import org.conferral.io.RunLock;
import org.conferral.jobs.ConferralJob;

/**
 * Exit codes a scheduler can act on (documented in the README, in {@code --help} and in {@code
 * jobs/nightly.sh}).
 *
 * <ul>
 *   <li>0 success: a run was published, or nothing changed since the last one
 *   <li>1 the job failed (see the message); the last published run is intact, rerun to complete
 *   <li>2 bad options, bad configuration or unreadable input/output
 *   <li>3 a source rejected more than {@code --max-reject-share} of its records; not published
 *   <li>4 another run holds the output's lock; nothing was done
 * </ul>
 */
final class ExitCodes {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int REJECTS = 3;
  static final int LOCKED = 4;

  private ExitCodes() {}

  static int of(Exception e) {
    if (e instanceof ConferralJob.RejectShareExceeded) {
      return REJECTS;
    }
    if (e instanceof RunLock.HeldElsewhere) {
      return LOCKED;
    }
    if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
      return USAGE;
    }
    return FAILED;
  }
}

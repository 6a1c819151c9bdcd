package org.conferral.jobs;

import java.io.PrintStream;

/**
 * A test hook: with {@code -Dconferral.test.pauseAt=STAGE} (or the environment variable {@code
 * CONFERRAL_TEST_PAUSE_AT}) the job prints {@code conferral: paused at STAGE} and waits forever at
 * that point, so a test can kill the process there deterministically. Stages: {@code ingest} (after
 * the first ingested table is written), {@code classify} (labels computed, before they are
 * written), {@code publish} (new manifest written, before it replaces the old one). Unset in
 * production.
 */
final class TestHook {
  static final String PROPERTY = "conferral.test.pauseAt";
  static final String ENV = "CONFERRAL_TEST_PAUSE_AT";

  private TestHook() {}

  static void pauseAt(String stage, PrintStream log) {
    String want = System.getProperty(PROPERTY, System.getenv(ENV));
    if (!stage.equals(want)) {
      return;
    }
    log.println("conferral: paused at " + stage);
    log.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while paused at " + stage, e);
      }
    }
  }
}

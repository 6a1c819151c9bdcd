package org.conferral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time per output; a dead holder's lock is taken over, a live one's is not. */
class RunLockTest {
  @TempDir Path out;
  private final Configuration conf = new Configuration();

  private void writeLock(long pid, String host, Instant since) throws Exception {
    Files.writeString(
        out.resolve(RunLock.FILE),
        "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\nrun_id=other-run\n");
  }

  @Test
  void secondRunIsRefusedWithTheHolderNamedAndTheFirstReleases() {
    try (RunLock first = RunLock.acquire(out.toString(), "run-1", conf)) {
      assertTrue(Files.exists(out.resolve(RunLock.FILE)));
      RunLock.HeldElsewhere e =
          assertThrows(
              RunLock.HeldElsewhere.class, () -> RunLock.acquire(out.toString(), "run-2", conf));
      assertTrue(e.getMessage().contains("run-1"), e.getMessage());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
    }
    assertFalse(Files.exists(out.resolve(RunLock.FILE)), "released on close");
    try (RunLock again = RunLock.acquire(out.toString(), "run-3", conf)) {
      assertTrue(again.tookOverFrom().isEmpty());
    }
  }

  @Test
  void lockOfADeadProcessOnThisHostIsTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    writeLock(p.pid(), RunLock.hostName(), Instant.now().minusSeconds(60));
    try (RunLock lock = RunLock.acquire(out.toString(), "run-4", conf)) {
      assertEquals(p.pid(), lock.tookOverFrom().orElseThrow().pid());
      assertTrue(Files.readString(out.resolve(RunLock.FILE)).contains("run_id=run-4"));
    }
  }

  @Test
  void lockOfAReusedPidIsStale() throws Exception {
    // our own pid, but "taken" before this JVM started: the pid was reused
    writeLock(
        ProcessHandle.current().pid(), RunLock.hostName(), Instant.parse("2001-01-01T00:00:00Z"));
    try (RunLock lock = RunLock.acquire(out.toString(), "run-5", conf)) {
      assertTrue(lock.tookOverFrom().isPresent());
    }
  }

  @Test
  void lockOfALiveProcessOrOfAnotherHostStands() throws Exception {
    writeLock(ProcessHandle.current().pid(), RunLock.hostName(), Instant.now());
    assertThrows(RunLock.HeldElsewhere.class, () -> RunLock.acquire(out.toString(), "x", conf));
    writeLock(1, "some-other-host.example", Instant.parse("2001-01-01T00:00:00Z"));
    RunLock.HeldElsewhere e =
        assertThrows(RunLock.HeldElsewhere.class, () -> RunLock.acquire(out.toString(), "x", conf));
    assertTrue(e.getMessage().contains("some-other-host.example"), e.getMessage());
    assertTrue(e.getMessage().contains("delete"), e.getMessage());
  }
}

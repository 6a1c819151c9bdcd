package org.conferral.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory of a process, from {@code /proc/PID/status} (Linux); -1 when unknown. */
final class PeakMemory {
  private PeakMemory() {}

  static long selfKb() {
    return kb(Path.of("/proc/self/status"));
  }

  static long kb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process has gone
    }
    return -1;
  }
}

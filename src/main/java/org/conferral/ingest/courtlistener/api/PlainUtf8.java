package org.conferral.ingest.courtlistener.api;

/**
 * Whether bytes are well-formed UTF-8 without NUL, so that Jackson's byte parser sees the same
 * characters as a decoded {@code String} would hold (it accepts some malformed sequences the JDK
 * decoder replaces).
 */
final class PlainUtf8 {

  private PlainUtf8() {}

  /** True when {@code b[from, to)} is well-formed UTF-8 (Unicode table 3-7) with no zero byte. */
  static boolean check(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i];
      if (c > 0) {
        i++;
      } else if (c == 0) {
        return false;
      } else {
        int n = sequence(b, i, to);
        if (n == 0) {
          return false;
        }
        i += n;
      }
    }
    return true;
  }

  /** The length of the well-formed multi-byte sequence at {@code i}, or 0. */
  private static int sequence(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    if (c >= 0xC2 && c <= 0xDF) {
      return i + 1 < to && tail(b[i + 1], 0x80, 0xBF) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      int lo = c == 0xE0 ? 0xA0 : 0x80;
      int hi = c == 0xED ? 0x9F : 0xBF;
      return i + 2 < to && tail(b[i + 1], lo, hi) && tail(b[i + 2], 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      int lo = c == 0xF0 ? 0x90 : 0x80;
      int hi = c == 0xF4 ? 0x8F : 0xBF;
      return i + 3 < to
              && tail(b[i + 1], lo, hi)
              && tail(b[i + 2], 0x80, 0xBF)
              && tail(b[i + 3], 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  private static boolean tail(byte b, int lo, int hi) {
    int v = b & 0xFF;
    return v >= lo && v <= hi;
  }
}

package org.conferral.ingest.courtlistener.api;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a byte stream, split where {@link java.io.BufferedReader#readLine} splits them (at
 * {@code \n}, {@code \r} or {@code \r\n}; a last line without terminator counts unless empty), each
 * left as bytes until its text is asked for.
 */
final class ByteLines {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  private final InputStream in;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private int start;
  private int length;
  private boolean ascii;

  /** The lines of {@code head} followed by the rest of {@code in}. */
  ByteLines(byte[] head, InputStream in) {
    this.in = in;
    this.buf = Arrays.copyOf(head, Math.max(head.length, 1 << 16));
    this.limit = head.length;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    int scan = pos;
    int seen = 0; // negative once a byte outside 1..127 is met
    long wide = 0; // non-zero once a word with such a byte is met
    while (true) {
      // eight bytes at a time while none is a line end
      for (; scan + 8 <= limit; scan += 8) {
        long w = (long) LONGS.get(buf, scan);
        if ((zeros(w ^ ('\n' * ONES)) | zeros(w ^ ('\r' * ONES))) != 0) {
          break;
        }
        wide |= (w & HIGHS) | zeros(w);
      }
      for (; scan < limit; scan++) {
        byte b = buf[scan];
        if (b == '\n' || b == '\r') {
          break;
        }
        seen |= b - 1;
      }
      ascii = seen >= 0 && wide == 0;
      if (scan < limit && !(buf[scan] == '\r' && scan + 1 == limit && !eof)) {
        start = pos;
        length = scan - pos;
        int after = scan + 1;
        if (buf[scan] == '\r' && after < limit && buf[after] == '\n') {
          after++;
        }
        pos = after;
        return true;
      }
      if (scan == limit && eof) {
        start = pos;
        length = scan - pos;
        pos = scan;
        return length > 0;
      }
      scan = fill(scan);
    }
  }

  /** The buffer holding the current line; valid until the next call of {@link #next}. */
  byte[] bytes() {
    return buf;
  }

  int start() {
    return start;
  }

  int length() {
    return length;
  }

  /** Whether the current line is ASCII without NUL bytes. */
  boolean ascii() {
    return ascii;
  }

  /** The current line decoded as UTF-8, malformed bytes replaced. */
  String text() {
    return new String(buf, start, length, StandardCharsets.UTF_8);
  }

  /** Non-zero exactly when some byte of {@code w} is zero. */
  private static long zeros(long w) {
    return (w - ONES) & ~w & HIGHS;
  }

  /** Keeps the unread bytes, reads more after them; returns {@code scan} moved with them. */
  private int fill(int scan) throws IOException {
    int keep = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, keep);
      scan -= pos;
      pos = 0;
      limit = keep;
    }
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return scan;
  }
}

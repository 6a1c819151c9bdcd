package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  @Test
  void splitsWhereBufferedReaderSplits() throws IOException {
    for (String text :
        List.of(
            "a\nb\r\nc\rd",
            "a\n\nb\n",
            "\n",
            "",
            "x\r",
            "x\r\n\r\ny",
            "{\"id\": 1}\n  \n{\"id\": 2}\r\n")) {
      assertEquals(readLines(text), lines(text.getBytes(StandardCharsets.UTF_8), 1), text);
      assertEquals(readLines(text), lines(text.getBytes(StandardCharsets.UTF_8), 3), text);
    }
  }

  @Test
  void keepsLinesLongerThanItsBuffer() throws IOException {
    String longLine = "y".repeat(200_000);
    assertEquals(List.of("a", longLine, "b"), lines(("a\n" + longLine + "\nb").getBytes(), 7));
  }

  @Test
  void startsWithTheBytesAlreadyRead() throws IOException {
    ByteLines lines = new ByteLines("tail\nsec".getBytes(), new ByteArrayInputStream("ond\n".getBytes()));
    assertTrue(lines.next());
    assertEquals("tail", lines.text());
    assertTrue(lines.next());
    assertEquals("second", lines.text());
    assertFalse(lines.next());
  }

  @Test
  void tellsAsciiLines() throws IOException {
    ByteLines lines =
        new ByteLines(new byte[0], new ByteArrayInputStream("ab\ncaf\u00e9\na\0b\n".getBytes(StandardCharsets.UTF_8)));
    lines.next();
    assertTrue(lines.ascii());
    lines.next();
    assertFalse(lines.ascii());
    lines.next();
    assertFalse(lines.ascii()); // NUL
  }

  @Test
  void tellsAsciiAnywhereInLongLines() throws IOException {
    String plain = "x".repeat(40);
    for (int i = 0; i < plain.length(); i++) {
      for (String odd : List.of("\u00e9", "\0", "\u007f")) {
        String line = plain.substring(0, i) + odd + plain.substring(i);
        ByteLines lines =
            new ByteLines(
                new byte[0],
                new ByteArrayInputStream((line + "\n" + plain).getBytes(StandardCharsets.UTF_8)));
        lines.next();
        assertEquals(odd.equals("\u007f"), lines.ascii(), i + " " + (int) odd.charAt(0));
        lines.next();
        assertTrue(lines.ascii());
      }
    }
  }

  private static List<String> readLines(String text) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new StringReader(text));
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      out.add(l);
    }
    return out;
  }

  /** The lines of {@code data}, delivered {@code chunk} bytes per read. */
  private static List<String> lines(byte[] data, int chunk) throws IOException {
    InputStream in =
        new ByteArrayInputStream(data) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
          }
        };
    ByteLines lines = new ByteLines(new byte[0], in);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      out.add(lines.text());
    }
    return out;
  }
}

package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainUtf8Test {

  @Test
  void acceptsWellFormedText() {
    assertTrue(plain("Motion to Compel"));
    assertTrue(plain("caf\u00e9 \u4e2d \ud83d\ude00 \uffff"));
    assertTrue(PlainUtf8.check(new byte[0], 0, 0));
  }

  @Test
  void refusesWhatTheDecoderWouldReplaceAndNul() {
    assertFalse(bytes(0xC0, 0xAF)); // overlong '/'
    assertFalse(bytes(0xE0, 0x80, 0xAF)); // overlong
    assertFalse(bytes(0xED, 0xA0, 0x80)); // surrogate
    assertFalse(bytes(0xF4, 0x90, 0x80, 0x80)); // above U+10FFFF
    assertFalse(bytes(0xE2, 0x82)); // truncated
    assertFalse(bytes(0x80)); // lone continuation
    assertFalse(bytes(0x41, 0x00, 0x42)); // NUL
    byte[] b = "ab\u00e9".getBytes(StandardCharsets.UTF_8);
    assertFalse(PlainUtf8.check(b, 0, b.length - 1)); // cut inside the sequence
  }

  private static boolean plain(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return PlainUtf8.check(b, 0, b.length);
  }

  private static boolean bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return PlainUtf8.check(b, 0, b.length);
  }
}

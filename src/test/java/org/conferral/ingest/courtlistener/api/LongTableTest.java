package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LongTableTest {

  @Test
  void keepsValuesWhileGrowing() {
    LongTable t = new LongTable();
    for (long k = 0; k < 5000; k++) {
      t.put(k * 1_000_003L, k + 7);
    }
    for (long k = 0; k < 5000; k++) {
      assertEquals(k + 7, t.get(k * 1_000_003L, -1));
    }
    assertEquals(-1, t.get(42, -1));
    t.put(0, 99);
    assertEquals(99, t.get(0, -1));
  }

  @Test
  void countsPerKey() {
    LongTable t = new LongTable();
    assertEquals(0, t.increment(10));
    assertEquals(1, t.increment(10));
    assertEquals(0, t.increment(Long.MAX_VALUE));
    assertEquals(2, t.get(10, 0));
    assertThrows(IllegalArgumentException.class, () -> t.put(-1, 0));
  }
}

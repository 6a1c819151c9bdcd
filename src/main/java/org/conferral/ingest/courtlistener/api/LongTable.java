package org.conferral.ingest.courtlistener.api;

import java.util.Arrays;

/** A map from non-negative longs to longs, without boxing (open addressing, linear probing). */
final class LongTable {

  private static final long EMPTY = -1;

  private long[] keys = new long[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  LongTable() {
    Arrays.fill(keys, EMPTY);
  }

  /** The value of {@code key}, or {@code missing}. */
  long get(long key, long missing) {
    int i = slot(keys, key);
    return keys[i] == EMPTY ? missing : values[i];
  }

  /** Sets the value of {@code key} ({@code key >= 0}). */
  void put(long key, long value) {
    if (key < 0) {
      throw new IllegalArgumentException("negative key " + key);
    }
    int i = slot(keys, key);
    if (keys[i] == EMPTY) {
      keys[i] = key;
      if (++size * 2 > keys.length) {
        grow();
        i = slot(keys, key);
      }
    }
    values[i] = value;
  }

  /** Adds one to the value of {@code key} (0 when missing) and returns the value before. */
  long increment(long key) {
    long before = get(key, 0);
    put(key, before + 1);
    return before;
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(keys, oldKeys[j]);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}

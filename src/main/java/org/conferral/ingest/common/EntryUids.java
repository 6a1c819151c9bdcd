package org.conferral.ingest.common;

import java.util.HashSet;
import java.util.Set;

/**
 * Entry uids of one docket, kept unique: a repeated uid (a docket that shows the same number twice)
 * gets the suffix {@code _2}, {@code _3}, ... in source order.
 */
public final class EntryUids {
  private final Set<String> used = new HashSet<>();

  /** {@code uid} the first time it is seen, else {@code uid_2}, {@code uid_3}, ... */
  public String unique(String uid) {
    if (used.add(uid)) {
      return uid;
    }
    for (int n = 2; ; n++) {
      String candidate = uid + "_" + n;
      if (used.add(candidate)) {
        return candidate;
      }
    }
  }
}

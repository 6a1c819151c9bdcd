package org.conferral.classify;

/** What a docket entry is (gold/LABELS.md): a party's request, a court's order, or anything else. */
public enum EntryKind {
  MOTION,
  ORDER,
  OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

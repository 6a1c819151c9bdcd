package org.conferral.link;

/** How a ruling was tied to the motion it decides. */
public enum LinkMethod {
  /** The order cites the motion's entry number. */
  CITED_ENTRY,
  /** The order cites none: the nearest earlier motion of the ruling's type still open. */
  NEAREST_OPEN_MOTION,
  /** No motion found. */
  NONE;

  /** The label the tables write. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

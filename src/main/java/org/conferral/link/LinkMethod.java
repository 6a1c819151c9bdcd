package org.conferral.link;

/** How a ruling was tied to the motion it decides. */
public enum LinkMethod {
  /** The order cites the motion's entry number. */
  CITED_ENTRY,
  /** The order cites none: the nearest earlier motion of the ruling's type still open. */
  NEAREST_OPEN_MOTION,
  /**
   * The order rules on a motion of its type that the docket does not show (orders-only sources such
   * as GovInfo and CourtListener opinions, or a motion the classifier missed): the motion is known
   * from the order alone, and a motion row marked {@code implied} stands for it.
   */
  IMPLIED_BY_RULING,
  /** No motion found. */
  NONE;

  /** The label the tables write. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

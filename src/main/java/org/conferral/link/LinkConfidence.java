package org.conferral.link;

/**
 * The fixed confidence a link carries, by how it was made. Ordinal judgements, not calibrated
 * probabilities: they let a reader keep only the strong links.
 */
public final class LinkConfidence {

  /** The order cites the entry number of a motion of the ruling's type. */
  public static final double CITED_SAME_TYPE = 0.95;

  /** The ruling names no target; the order cites the entry of a motion of the ruling's type. */
  public static final double CITED_BY_ORDER = 0.85;

  /** The order cites a motion entry whose types do not include the ruling's type. */
  public static final double CITED_OTHER_TYPE = 0.6;

  /** No citation; the only open motion of the ruling's type in the docket at that point. */
  public static final double NEAREST_OPEN_SOLE = 0.7;

  /** No citation; the nearest of several open motions of the ruling's type. */
  public static final double NEAREST_OPEN_AMONG_SEVERAL = 0.45;

  /** The motion is known only from the order; same for a later order citing the same number. */
  public static final double IMPLIED = 0.5;
  /** Unlinked. */
  public static final double NONE = 0.0;

  private LinkConfidence() {}
}

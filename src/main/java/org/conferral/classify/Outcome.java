package org.conferral.classify;

/** How a ruling disposes of a motion: the nine classes of gold/LABELS.md. */
public enum Outcome {
  GRANTED,
  GRANTED_IN_PART,
  DENIED,
  DENIED_WITHOUT_PREJUDICE,
  MOOT,
  WITHDRAWN,
  STRICKEN,
  DEFERRED,
  OTHER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Outcome fromLabel(String label) {
    return valueOf(label.toUpperCase(java.util.Locale.ROOT));
  }

  /** Whether the motion counts as ruled on in the metric's denominator (DESIGN.md). */
  public boolean isRuledOn() {
    return switch (this) {
      case GRANTED, GRANTED_IN_PART, DENIED, DENIED_WITHOUT_PREJUDICE, STRICKEN -> true;
      default -> false;
    };
  }
}

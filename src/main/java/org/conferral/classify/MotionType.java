package org.conferral.classify;

/** The discovery motions conferral follows. */
public enum MotionType {
  COMPEL("compel"),
  SANCTIONS("sanctions"),
  PROTECTIVE_ORDER("protective_order");

  private final String label;

  MotionType(String label) {
    this.label = label;
  }

  /** The label as gold/LABELS.md and the tables write it. */
  public String label() {
    return label;
  }

  public static MotionType fromLabel(String label) {
    for (MotionType t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("Unknown motion type: " + label);
  }
}

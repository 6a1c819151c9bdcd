package org.conferral.classify;

/** The kind of insufficient conferral an order names, where the text says it. */
public enum ConferralKind {
  NO_CERTIFICATION,
  CONCLUSORY_CERTIFICATION,
  LETTERS_ONLY,
  AFTER_FILING,
  PRO_SE_MOVANT,
  RENEWED_WITHOUT_CONFERRAL,
  UNSPECIFIED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

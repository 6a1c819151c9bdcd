package org.conferral.features;

/**
 * Facts about a docket that motion outcomes carry as dimensions, filled from the {@code dockets}
 * table. Every field may be null (unknown).
 *
 * @param judge the judge to report by (the referred magistrate judge when discovery is referred,
 *     else the assigned judge: the caller decides)
 * @param movantProSe whether the moving party is pro se, when known; a docket-level pro se flag is
 *     an acceptable stand-in when only one side is pro se
 */
public record DocketFacts(String judge, String natureOfSuit, Boolean movantProSe) {

  /** Nothing known. */
  public static final DocketFacts UNKNOWN = new DocketFacts(null, null, null);
}

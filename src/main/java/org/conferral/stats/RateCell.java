package org.conferral.stats;

/**
 * One cell of {@code conferral_rates}: the counts of a group of motions and its conferral-denial
 * rate with a 95% Wilson interval.
 *
 * <p>{@code rate = nDeniedConferral / nRuled}; {@code rate}, {@code lower} and {@code upper} are
 * {@code NaN} when {@code nRuled = 0}. They are computed even for a suppressed cell ({@code nRuled
 * < minRuled}); whoever publishes the cell must hide them when {@code suppressed}.
 */
public record RateCell(
    long nMotions,
    long nRuled,
    long nDenied,
    long nDeniedConferral,
    double rate,
    double lower,
    double upper,
    boolean suppressed) {

  /**
   * The cell for these counts.
   *
   * @throws IllegalArgumentException unless 0 <= nDeniedConferral <= nDenied <= nRuled <= nMotions
   */
  public static RateCell of(
      long nMotions, long nRuled, long nDenied, long nDeniedConferral, long minRuled) {
    if (nDeniedConferral < 0
        || nDeniedConferral > nDenied
        || nDenied > nRuled
        || nRuled > nMotions) {
      throw new IllegalArgumentException(
          String.format(
              "Need 0 <= denied_conferral (%d) <= denied (%d) <= ruled (%d) <= motions (%d)",
              nDeniedConferral, nDenied, nRuled, nMotions));
    }
    WilsonInterval ci = WilsonInterval.of95(nDeniedConferral, nRuled);
    double rate = nRuled == 0 ? Double.NaN : (double) nDeniedConferral / nRuled;
    return new RateCell(
        nMotions,
        nRuled,
        nDenied,
        nDeniedConferral,
        rate,
        ci.lower(),
        ci.upper(),
        nRuled < minRuled);
  }

  /** The share of denials that rest on conferral, {@code NaN} without denials. */
  public double conferralShareOfDenials() {
    return nDenied == 0 ? Double.NaN : (double) nDeniedConferral / nDenied;
  }
}

package org.conferral.stats;

/**
 * The Wilson score interval for a binomial proportion, without continuity correction (Wilson 1927;
 * Newcombe 1998, method 3).
 *
 * <p>For {@code n = 0} the proportion is undefined and both bounds are {@code NaN}. Bounds are
 * clamped to [0, 1] so that {@code x = 0} gives a lower bound of exactly 0 and {@code x = n} an
 * upper bound of exactly 1.
 */
public record WilsonInterval(double lower, double upper) {

  /** The normal quantile for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  /** The interval for {@code successes} out of {@code n} at normal quantile {@code z}. */
  public static WilsonInterval of(long successes, long n, double z) {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException(
          "Need 0 <= successes <= n, got successes=" + successes + ", n=" + n);
    }
    if (!(z > 0) || Double.isInfinite(z)) {
      throw new IllegalArgumentException("z must be positive and finite, got " + z);
    }
    if (n == 0) {
      return new WilsonInterval(Double.NaN, Double.NaN);
    }
    double nn = n;
    double p = successes / nn;
    double z2 = z * z;
    double denom = 1 + z2 / nn;
    double centre = p + z2 / (2 * nn);
    double half = z * Math.sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
    double lo = successes == 0 ? 0.0 : Math.max(0.0, (centre - half) / denom);
    double hi = successes == n ? 1.0 : Math.min(1.0, (centre + half) / denom);
    return new WilsonInterval(lo, hi);
  }

  /** The 95% interval. */
  public static WilsonInterval of95(long successes, long n) {
    return of(successes, n, Z95);
  }
}

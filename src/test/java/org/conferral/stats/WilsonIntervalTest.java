package org.conferral.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

  /**
   * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison
   * of seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (score, no continuity
   * correction), 95%: 81/263, 15/148, 0/20, 1/29, given to 4 decimals. The same examples are named
   * in the R package propint's ci.one.prop (rdrr.io/github/m-Py/propint/src/R/ci_one_prop.R).
   */
  @Test
  void matchesNewcombe1998TableI() {
    assertInterval(0.2553, 0.3662, WilsonInterval.of95(81, 263), 5e-5);
    assertInterval(0.0624, 0.1605, WilsonInterval.of95(15, 148), 5e-5);
    assertInterval(0.0000, 0.1611, WilsonInterval.of95(0, 20), 5e-5);
    assertInterval(0.0061, 0.1718, WilsonInterval.of95(1, 29), 5e-5);
  }

  /**
   * Published test cases of "Compute the Wilson score interval", z = 1.96
   * (codegolf.stackexchange.com/questions/105389), given there as successes, failures.
   */
  @Test
  void matchesPublishedHighPrecisionValuesAtZ196() {
    assertInterval(0.016231752262825982, 0.3773646254862038, WilsonInterval.of(1, 11, 1.96), 1e-12);
    assertInterval(0.09452865480086611, 0.905471345199134, WilsonInterval.of(1, 2, 1.96), 1e-12);
    assertInterval(
        0.05522854161313612, 0.1743673043676654, WilsonInterval.of(10, 100, 1.96), 1e-12);
    assertInterval(
        0.40382982859014716, 0.5961701714098528, WilsonInterval.of(50, 100, 1.96), 1e-12);
    assertInterval(0.0, 0.03699480747600191, WilsonInterval.of(0, 100, 1.96), 1e-12);
    assertInterval(0.9630051925239981, 1.0, WilsonInterval.of(100, 100, 1.96), 1e-12);
  }

  @Test
  void noSuccessesGivesExactlyZeroLowerBoundAndAllSuccessesExactlyOneUpper() {
    WilsonInterval none = WilsonInterval.of95(0, 7);
    assertEquals(0.0, none.lower());
    assertTrue(none.upper() > 0 && none.upper() < 1);
    WilsonInterval all = WilsonInterval.of95(7, 7);
    assertEquals(1.0, all.upper());
    assertTrue(all.lower() > 0 && all.lower() < 1);
  }

  @Test
  void emptySampleIsUndefined() {
    WilsonInterval empty = WilsonInterval.of95(0, 0);
    assertTrue(Double.isNaN(empty.lower()));
    assertTrue(Double.isNaN(empty.upper()));
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(3, 2));
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(1, 2, 0));
  }

  private static void assertInterval(
      double lower, double upper, WilsonInterval actual, double tolerance) {
    assertEquals(lower, actual.lower(), tolerance, "lower");
    assertEquals(upper, actual.upper(), tolerance, "upper");
  }
}

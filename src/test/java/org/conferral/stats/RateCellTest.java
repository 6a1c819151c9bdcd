package org.conferral.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateCellTest {

  @Test
  void rateIsConferralDenialsOverRuledWithWilsonBounds() {
    RateCell c = RateCell.of(300, 263, 120, 81, 10);

    assertEquals(81.0 / 263, c.rate(), 1e-15);
    assertEquals(0.2553, c.lower(), 5e-5);
    assertEquals(0.3662, c.upper(), 5e-5);
    assertEquals(300, c.nMotions());
    assertFalse(c.suppressed());
    assertEquals(81.0 / 120, c.conferralShareOfDenials(), 1e-15);
  }

  @Test
  void cellBelowTheMinimumIsSuppressedButKeepsItsCounts() {
    RateCell c = RateCell.of(12, 9, 4, 2, 10);

    assertTrue(c.suppressed());
    assertEquals(9, c.nRuled());
    assertEquals(2, c.nDeniedConferral());
    assertFalse(RateCell.of(12, 10, 4, 2, 10).suppressed(), "the minimum itself is shown");
  }

  @Test
  void nothingRuledGivesUndefinedRate() {
    RateCell c = RateCell.of(5, 0, 0, 0, 1);

    assertTrue(Double.isNaN(c.rate()));
    assertTrue(Double.isNaN(c.lower()));
    assertTrue(c.suppressed());
    assertTrue(Double.isNaN(c.conferralShareOfDenials()));
  }

  @Test
  void inconsistentCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> RateCell.of(5, 6, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> RateCell.of(5, 5, 2, 3, 1));
    assertThrows(IllegalArgumentException.class, () -> RateCell.of(5, 5, 6, 0, 1));
  }
}

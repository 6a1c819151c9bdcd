package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The needle prefilter finds words ignoring case as the rules' patterns do, within the span given. */
class NeedlesTest {

  @Test
  void findsTheFirstWordOfAListIgnoringCase() {
    String t = "ORDER granting 12 REQUEST for a Protective Order and 13 Motion";
    assertEquals(18, Needles.indexOfAny(t, 0, t.length(), Needles.words("motion", "request")));
    assertEquals(56, Needles.indexOfAny(t, 19, t.length(), Needles.words("motion", "request")));
  }

  @Test
  void foldsUnicodeCaseLikeTheRegexFlags() {
    // long s (U+017F) folds to s under UNICODE_CASE
    assertTrue(Needles.contains("motion for \u017Fanctions", 0, 20, "sanction"));
  }

  @Test
  void staysWithinTheSpan() {
    String t = "failure to confer";
    assertFalse(Needles.contains(t, 0, 14, "confer"));
    assertTrue(Needles.contains(t, 0, t.length(), "confer"));
    assertFalse(Needles.any(t, 0, t.length(), Needles.words("consult", "letter")));
  }
}

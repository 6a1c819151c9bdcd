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

  @Test
  void tellsWhetherASpanBeginsWithOneOfTheWords() {
    Needles.Words words = Needles.words("stipulat", "order", "sealed");
    assertTrue(Needles.beginsWithAny("STIPULATED PROTECTIVE ORDER", 0, 27, words));
    assertTrue(Needles.beginsWithAny("  Order granting", 2, 16, words));
    assertFalse(Needles.beginsWithAny("MOTION for Protective Order", 0, 27, words));
    // the word must fit before the span's end
    assertFalse(Needles.beginsWithAny("Order", 0, 4, words));
    // long s folds to s, as the rules' patterns fold it
    assertTrue(Needles.beginsWithAny("\u017Fealed order", 0, 12, words));
  }
}

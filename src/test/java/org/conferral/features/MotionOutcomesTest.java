package org.conferral.features;

import static org.conferral.classify.MotionType.COMPEL;
import static org.conferral.classify.MotionType.PROTECTIVE_ORDER;
import static org.conferral.classify.MotionType.SANCTIONS;
import static org.conferral.classify.Outcome.DEFERRED;
import static org.conferral.classify.Outcome.DENIED;
import static org.conferral.classify.Outcome.DENIED_WITHOUT_PREJUDICE;
import static org.conferral.classify.Outcome.GRANTED;
import static org.conferral.classify.Outcome.GRANTED_IN_PART;
import static org.conferral.classify.Outcome.MOOT;
import static org.conferral.classify.Outcome.STRICKEN;
import static org.conferral.link.Entries.conferralRuling;
import static org.conferral.link.Entries.ruling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conferral.classify.ConferralKind;
import org.conferral.link.Entries;
import org.conferral.link.LinkMethod;
import org.junit.jupiter.api.Test;

class MotionOutcomesTest {

  private static List<MotionOutcome> outcomes(Entries d) {
    return MotionOutcomes.of(d.link(), DocketFacts.UNKNOWN);
  }

  @Test
  void deferredThenDeniedEndsDeniedWithDaysToTheDenial() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-03-01", SANCTIONS)
            .order("11", "2021-03-05", ruling("10", SANCTIONS, DEFERRED))
            .order("12", "2021-04-30", conferralRuling(null, SANCTIONS, DENIED));
    MotionOutcome o = outcomes(d).get(0);

    assertEquals(2, o.nRulings());
    assertEquals(d.uid(2) + ":0", o.finalRulingUid());
    assertEquals(DENIED, o.finalOutcome());
    assertEquals(LinkMethod.NEAREST_OPEN_MOTION, o.finalLinkMethod());
    assertTrue(o.ruledOn());
    assertTrue(o.denied());
    assertTrue(o.deniedConferral());
    assertEquals(ConferralKind.LETTERS_ONLY, o.conferralKind());
    assertEquals(60, o.daysToRuling());
    assertEquals(2021, o.year());
  }

  @Test
  void laterFinalRulingReplacesEarlierOne() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-03-01", COMPEL)
            .order("11", "2021-03-05", conferralRuling("10", COMPEL, DENIED))
            .order("12", "2021-03-20", ruling("10", COMPEL, GRANTED));
    MotionOutcome o = outcomes(d).get(0);

    assertEquals(GRANTED, o.finalOutcome(), "e.g. granted on reconsideration");
    assertFalse(o.deniedConferral());
    assertEquals(19, o.daysToRuling());
  }

  @Test
  void onlyDeferredIsNotRuledOnAndHasNoDaysToRuling() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-03-01", COMPEL)
            .order("11", "2021-03-05", ruling("10", COMPEL, DEFERRED));
    MotionOutcome o = outcomes(d).get(0);

    assertEquals(DEFERRED, o.finalOutcome());
    assertFalse(o.ruledOn());
    assertNull(o.daysToRuling());
  }

  @Test
  void neverRuledHasNullOutcome() {
    MotionOutcome o = outcomes(new Entries("d1").motion("10", "2021-03-01", COMPEL)).get(0);

    assertNull(o.finalOutcome());
    assertNull(o.finalRulingUid());
    assertFalse(o.ruledOn());
    assertFalse(o.denied());
    assertEquals(0, o.nRulings());
  }

  @Test
  void renewedMotionAfterConferralDenialIsRecordedWithItsOutcome() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", SANCTIONS)
            .order("11", "2021-01-20", conferralRuling("10", SANCTIONS, DENIED_WITHOUT_PREJUDICE))
            .motion("12", "2021-02-01", true, SANCTIONS)
            .order("13", "2021-03-01", ruling("12", SANCTIONS, GRANTED_IN_PART));
    List<MotionOutcome> o = outcomes(d);

    MotionOutcome first = o.get(0);
    assertTrue(first.deniedConferral());
    assertTrue(first.refiledAfterConferralDenial());
    assertEquals(d.uid(2) + ":sanctions", first.refilingMotionUid());
    assertEquals(GRANTED_IN_PART, first.refilingOutcome());
    MotionOutcome renewal = o.get(1);
    assertEquals(first.motionUid(), renewal.previousMotionUid());
    assertTrue(renewal.renewed());
    assertFalse(renewal.refiledAfterConferralDenial());
  }

  @Test
  void refilingAfterADenialOnOtherGroundsIsNotAConferralRefiling() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", COMPEL)
            .order("11", "2021-01-20", ruling("10", COMPEL, DENIED))
            .motion("12", "2021-02-01", COMPEL);
    MotionOutcome first = outcomes(d).get(0);

    assertTrue(first.denied());
    assertFalse(first.refiledAfterConferralDenial());
    assertNull(first.refilingMotionUid());
  }

  @Test
  void refiledButNeverRuledHasNullRefilingOutcome() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", PROTECTIVE_ORDER)
            .order("11", "2021-01-20", conferralRuling("10", PROTECTIVE_ORDER, STRICKEN))
            .motion("12", "2021-02-01", PROTECTIVE_ORDER);
    MotionOutcome first = outcomes(d).get(0);

    assertTrue(first.deniedConferral(), "stricken counts as a denial in whole");
    assertTrue(first.refiledAfterConferralDenial());
    assertNull(first.refilingOutcome());
  }

  @Test
  void partialDenialOnConferralCountsOnlyInThePartialMeasure() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", COMPEL)
            .order("11", "2021-01-20", conferralRuling("10", COMPEL, GRANTED_IN_PART));
    MotionOutcome o = outcomes(d).get(0);

    assertTrue(o.ruledOn());
    assertFalse(o.denied());
    assertFalse(o.deniedConferral());
    assertTrue(o.deniedConferralPartial());
  }

  @Test
  void mootIsNeitherRuledOnNorAConferralDenialEvenWithAGround() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", COMPEL)
            .order("11", "2021-01-20", conferralRuling("10", COMPEL, MOOT));
    MotionOutcome o = outcomes(d).get(0);

    assertFalse(o.ruledOn());
    assertFalse(o.denied());
    assertFalse(o.deniedConferralPartial());
    assertEquals(16, o.daysToRuling(), "moot is final, so the days still count");
  }

  @Test
  void motionWithTwoTypesHasTwoOutcomes() {
    Entries d =
        new Entries("d1")
            .motion("10", "2021-01-04", COMPEL, SANCTIONS)
            .order(
                "11",
                "2021-01-20",
                ruling("10", COMPEL, GRANTED),
                conferralRuling("10", SANCTIONS, DENIED));
    List<MotionOutcome> o = outcomes(d);

    assertEquals(2, o.size());
    assertEquals(GRANTED, o.get(0).finalOutcome());
    assertFalse(o.get(0).deniedConferral());
    assertEquals(SANCTIONS, o.get(1).motionType());
    assertTrue(o.get(1).deniedConferral());
  }

  @Test
  void daysToRulingIsNullWithoutDatesOrWhenTheOrderPredatesTheMotion() {
    Entries d =
        new Entries("d1")
            .motion("10", null, COMPEL)
            .motion("11", "2021-05-01", SANCTIONS)
            .order(
                "12", "2021-04-01", ruling("10", COMPEL, DENIED), ruling("11", SANCTIONS, DENIED));
    List<MotionOutcome> o = outcomes(d);

    assertNull(o.get(0).daysToRuling());
    assertNull(o.get(0).year());
    assertNull(o.get(1).daysToRuling());
  }

  @Test
  void docketFactsPassThrough() {
    Entries d = new Entries("d1").motion("10", "2021-01-04", COMPEL);
    MotionOutcome o =
        MotionOutcomes.of(d.link(), new DocketFacts("Hon. A. Example", "190", true)).get(0);

    assertEquals("Hon. A. Example", o.judge());
    assertEquals("190", o.natureOfSuit());
    assertTrue(o.movantProSe());
    assertEquals("ksd", o.courtId());
  }
}

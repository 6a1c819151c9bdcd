package org.conferral.link;

import static org.conferral.classify.MotionType.COMPEL;
import static org.conferral.classify.MotionType.PROTECTIVE_ORDER;
import static org.conferral.classify.MotionType.SANCTIONS;
import static org.conferral.classify.Outcome.DEFERRED;
import static org.conferral.classify.Outcome.DENIED;
import static org.conferral.classify.Outcome.GRANTED;
import static org.conferral.link.Entries.conferralRuling;
import static org.conferral.link.Entries.ruling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conferral.classify.ConferralKind;
import org.conferral.classify.Outcome;
import org.junit.jupiter.api.Test;

class DocketLinkerTest {

  @Test
  void rulingCitingMotionEntryLinksToItWithItsFields() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .order("15", "2020-02-03", conferralRuling("10", COMPEL, DENIED));
    DocketLinks links = d.link();

    assertEquals(1, links.motions().size());
    MotionRow m = links.motions().get(0);
    assertEquals(d.uid(0) + ":compel", m.motionUid());
    assertEquals(List.of("motion_to_compel"), m.rules());
    RulingRow r = links.rulings().get(0);
    assertEquals(d.uid(1) + ":0", r.rulingUid());
    assertEquals(m.motionUid(), r.targetMotionUid());
    assertEquals(LinkMethod.CITED_ENTRY, r.linkMethod());
    assertEquals(LinkConfidence.CITED_SAME_TYPE, r.linkConfidence());
    assertEquals(LocalDate.of(2020, 2, 3), r.date());
    assertEquals("10", r.citedTarget());
    assertTrue(r.conferralGround());
    assertEquals(ConferralKind.LETTERS_ONLY, r.conferralKind());
    assertTrue(r.fromDocument());
    assertEquals(120, r.evidence().get(0).start());
    assertEquals(List.of("outcome_rule", "letters_not_conferral"), r.rules());
  }

  @Test
  void orderRulingOnSeveralMotionsLinksEachToItsOwn() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("12", "2020-01-05", PROTECTIVE_ORDER)
            .motion("13", "2020-01-06", COMPEL)
            .order(
                "20",
                "2020-02-01",
                ruling("13", COMPEL, GRANTED),
                ruling("12", PROTECTIVE_ORDER, DENIED),
                ruling("10", COMPEL, DENIED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(3, r.size());
    assertEquals(d.uid(2) + ":compel", r.get(0).targetMotionUid());
    assertEquals(d.uid(1) + ":protective_order", r.get(1).targetMotionUid());
    assertEquals(d.uid(0) + ":compel", r.get(2).targetMotionUid());
    assertEquals(d.uid(3) + ":2", r.get(2).rulingUid());
  }

  @Test
  void untargetedRulingGoesToNearestEarlierOpenMotionOfItsType() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("11", "2020-01-03", COMPEL)
            .motion("12", "2020-01-04", SANCTIONS)
            .order("13", "2020-01-20", ruling(null, COMPEL, DENIED))
            .motion("14", "2020-01-21", COMPEL);
    RulingRow r = d.link().rulings().get(0);

    assertEquals(d.uid(1) + ":compel", r.targetMotionUid(), "latest earlier compel, not 12 or 14");
    assertEquals(LinkMethod.NEAREST_OPEN_MOTION, r.linkMethod());
    assertEquals(LinkConfidence.NEAREST_OPEN_AMONG_SEVERAL, r.linkConfidence());
  }

  @Test
  void nearestOpenSkipsClosedMotionsAndIsSureWhenOnlyOneIsOpen() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("11", "2020-01-03", COMPEL)
            .order("12", "2020-01-10", ruling("11", COMPEL, GRANTED))
            .order("13", "2020-01-20", ruling(null, COMPEL, DENIED))
            .order("14", "2020-01-25", ruling(null, COMPEL, DENIED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(d.uid(0) + ":compel", r.get(1).targetMotionUid());
    assertEquals(LinkConfidence.NEAREST_OPEN_SOLE, r.get(1).linkConfidence());
    assertEquals(
        LinkMethod.IMPLIED_BY_RULING, r.get(2).linkMethod(), "both motions are closed by then");
    assertEquals(d.uid(4) + "#0:compel", r.get(2).targetMotionUid());
  }

  @Test
  void twoUntargetedRulingsOfOneOrderTakeTwoDifferentMotions() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("11", "2020-01-03", COMPEL)
            .order(
                "12", "2020-01-10", ruling(null, COMPEL, DEFERRED), ruling(null, COMPEL, DENIED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(d.uid(1) + ":compel", r.get(0).targetMotionUid());
    assertEquals(d.uid(0) + ":compel", r.get(1).targetMotionUid());
  }

  @Test
  void targetThatIsNoMotionInTheDocketImpliesOneAndClosesNothingElse() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .other("11", "2020-01-03")
            .order("12", "2020-01-10", ruling("99", COMPEL, DENIED), ruling("11", COMPEL, DENIED))
            .order("13", "2020-01-20", ruling(null, COMPEL, GRANTED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(LinkMethod.IMPLIED_BY_RULING, r.get(0).linkMethod());
    assertEquals("d1#99:compel", r.get(0).targetMotionUid());
    assertEquals(LinkConfidence.IMPLIED, r.get(0).linkConfidence());
    assertEquals("99", r.get(0).citedTarget());
    assertEquals(LinkMethod.IMPLIED_BY_RULING, r.get(1).linkMethod(), "entry 11 exists but is no motion");
    assertEquals(d.uid(0) + ":compel", r.get(2).targetMotionUid(), "motion 10 is still open");
  }

  @Test
  void citedMotionOfAnotherTypeLinksWithLowerConfidence() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", PROTECTIVE_ORDER)
            .order("12", "2020-01-10", ruling("10", COMPEL, DENIED));
    RulingRow r = d.link().rulings().get(0);

    assertEquals(d.uid(0) + ":protective_order", r.targetMotionUid());
    assertEquals(LinkMethod.CITED_ENTRY, r.linkMethod());
    assertEquals(LinkConfidence.CITED_OTHER_TYPE, r.linkConfidence());
    assertEquals(COMPEL, r.motionType(), "the ruling keeps the type the order gives");
  }

  @Test
  void citationsWithLeadingZerosOrAttachmentNumbersFindTheMotion() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("11", "2020-01-03", SANCTIONS)
            .order(
                "12",
                "2020-01-10",
                ruling("010", COMPEL, DENIED),
                ruling("11-1", SANCTIONS, DENIED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(d.uid(0) + ":compel", r.get(0).targetMotionUid());
    assertEquals(d.uid(1) + ":sanctions", r.get(1).targetMotionUid());
  }

  @Test
  void untargetedRulingUsesTheEntryTheOrderCites() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .motion("11", "2020-01-03", COMPEL)
            .order("12", "2020-01-10", List.of("5", "10"), ruling(null, COMPEL, DENIED));
    RulingRow r = d.link().rulings().get(0);

    assertEquals(d.uid(0) + ":compel", r.targetMotionUid(), "cited 10, not the nearer 11");
    assertEquals(LinkMethod.CITED_ENTRY, r.linkMethod());
    assertEquals(LinkConfidence.CITED_BY_ORDER, r.linkConfidence());
  }

  @Test
  void deferredRulingLeavesMotionOpenForTheNextRuling() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", SANCTIONS)
            .order("11", "2020-01-10", ruling("10", SANCTIONS, DEFERRED))
            .order("12", "2020-02-10", ruling(null, SANCTIONS, DENIED));
    List<RulingRow> r = d.link().rulings();

    assertEquals(d.uid(0) + ":sanctions", r.get(0).targetMotionUid());
    assertEquals(d.uid(0) + ":sanctions", r.get(1).targetMotionUid());
    assertEquals(LinkMethod.NEAREST_OPEN_MOTION, r.get(1).linkMethod());
  }

  @Test
  void motionWithTwoTypesGivesTwoRowsEachRuledOnSeparately() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL, SANCTIONS)
            .order(
                "11", "2020-01-10", ruling("10", COMPEL, GRANTED), ruling("10", SANCTIONS, DENIED));
    DocketLinks links = d.link();

    assertEquals(
        List.of(d.uid(0) + ":compel", d.uid(0) + ":sanctions"),
        links.motions().stream().map(MotionRow::motionUid).toList());
    assertEquals(d.uid(0) + ":compel", links.rulings().get(0).targetMotionUid());
    assertEquals(d.uid(0) + ":sanctions", links.rulings().get(1).targetMotionUid());
    assertEquals(LinkConfidence.CITED_SAME_TYPE, links.rulings().get(1).linkConfidence());
  }

  @Test
  void renewedMotionChainsToTheLatestEarlierMotionOfItsType() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", SANCTIONS)
            .motion("11", "2020-01-03", COMPEL)
            .motion("12", "2020-01-04", true, SANCTIONS);
    List<MotionRow> m = d.link().motions();

    assertEquals(d.uid(0) + ":sanctions", m.get(2).previousMotionUid());
    assertTrue(m.get(2).renewed());
    assertNull(m.get(1).previousMotionUid());
  }

  @Test
  void sameTypeMotionAfterADenialChainsButNotAfterAGrant() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .order("11", "2020-01-10", conferralRuling("10", COMPEL, DENIED))
            .motion("12", "2020-01-20", COMPEL)
            .order("13", "2020-02-10", ruling("12", COMPEL, GRANTED))
            .motion("14", "2020-03-01", COMPEL);
    List<MotionRow> m = d.link().motions();

    assertEquals(d.uid(0) + ":compel", m.get(1).previousMotionUid());
    assertNull(m.get(2).previousMotionUid(), "12 was granted; 10 already has its refiling");
  }

  @Test
  void sameTypeMotionWithoutAnyEarlierRulingIsNoRefiling() {
    Entries d =
        new Entries("d1").motion("10", "2020-01-02", COMPEL).motion("12", "2020-01-20", COMPEL);
    assertNull(d.link().motions().get(1).previousMotionUid());
  }

  @Test
  void entriesArriveInAnyOrderAndAreLinkedInSequenceOrder() {
    Entries d =
        new Entries("d1")
            .motion("10", "2020-01-02", COMPEL)
            .order("11", "2020-01-10", ruling(null, COMPEL, DENIED));
    List<ClassifiedEntry> shuffled = new ArrayList<>(d.list());
    Collections.reverse(shuffled);
    RulingRow r = new DocketLinker().link(shuffled).rulings().get(0);

    assertEquals(d.uid(0) + ":compel", r.targetMotionUid());
  }

  @Test
  void orderBeforeAnyMotionImpliesItsOwnMotion() {
    Entries d =
        new Entries("d1")
            .order("1", "2020-01-01", ruling(null, PROTECTIVE_ORDER, Outcome.GRANTED))
            .motion("2", "2020-01-02", PROTECTIVE_ORDER);
    DocketLinks links = d.link();
    assertEquals(LinkMethod.IMPLIED_BY_RULING, links.rulings().get(0).linkMethod());
    assertEquals(2, links.motions().size(), "the implied motion and the later real one");
    assertTrue(links.motions().stream().anyMatch(MotionRow::implied));
  }

  @Test
  void ordersOnlySourceCountsEachCitedMotionOnce() {
    // GovInfo and CourtListener opinions carry orders, not the motions they decide
    Entries d =
        new Entries("d1")
            .order(null, "2021-03-01", ruling("22", COMPEL, DEFERRED))
            .order(null, "2021-04-01", ruling("22", COMPEL, DENIED), ruling("23", SANCTIONS, DENIED));
    DocketLinks links = d.link();
    assertEquals(List.of("d1#22:compel", "d1#23:sanctions"),
        links.motions().stream().map(MotionRow::motionUid).toList());
    assertEquals("d1#22:compel", links.rulings().get(1).targetMotionUid());
    assertTrue(links.motions().stream().allMatch(MotionRow::implied));
  }
}

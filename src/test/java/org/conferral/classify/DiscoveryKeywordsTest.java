package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.conferral.classify.DiscoveryKeywords.Cue;
import org.conferral.classify.DiscoveryKeywords.Scan;
import org.junit.jupiter.api.Test;

class DiscoveryKeywordsTest {

  private final DiscoveryKeywords keywords = new DiscoveryKeywords();

  @Test
  void findsDiscoveryWordsWhateverTheCase() {
    assertTrue(keywords.mentionsDiscovery("ORDER granting 12 MOTION TO COMPEL."));
    assertTrue(keywords.mentionsDiscovery("Motion for Protective Order"));
    assertTrue(keywords.mentionsDiscovery("notice of deposition of J. Roe"));
    assertFalse(keywords.mentionsDiscovery("ORDER granting 5 Motion for Extension of Time to Answer."));
    assertFalse(keywords.mentionsDiscovery(""));
    assertFalse(keywords.mentionsDiscovery(null));
  }

  @Test
  void aRunOfWhitespaceMatchesTheSpaceInAKeyword() {
    assertTrue(keywords.mentionsDiscovery("sanctions under Rule\n  11 are denied"));
    assertTrue(keywords.mentionsDiscovery("an ADVERSE\tINFERENCE instruction"));
    assertFalse(keywords.mentionsDiscovery("Rule 1 1 of the Local Rules"));
  }

  @Test
  void reportsWhereTheFirstCueOfAGroupStartsAndEnds() {
    String text = "Motion to Continue. Signed by Judge Ann Lee.";
    Scan scan = keywords.scan(text);
    assertEquals(text.indexOf("Signed"), scan.start(Cue.KIND_SIGNED));
    assertTrue(scan.endsBy(Cue.KIND_MOTION, 6));
    assertFalse(scan.endsBy(Cue.KIND_SIGNED, 20));
    assertFalse(scan.has(Cue.DISCOVERY));
    assertEquals(-1, scan.start(Cue.KIND_HEARING));
  }

  @Test
  void foldedWhitespaceMovesTheReportedStartNoLaterThanTheWord() {
    String text = "x   y  z so    ordered";
    int start = keywords.scan(text).start(Cue.KIND_SIGNED);
    assertTrue(start <= text.indexOf("so"), "start " + start);
  }

  @Test
  void aTypedTitleNeedsATypeWordAfterAMotionHeadWithinReach() {
    assertTrue(keywords.scan("ORDER granting 45 Motion to Compel Discovery.").typedTitle());
    assertTrue(keywords.scan("granting 7 Request for Production of documents").typedTitle());
    assertFalse(keywords.scan("the discovery deadline is extended; 9 Motion to Continue granted").typedTitle());
    String far = "ORDER granting 5 Motion to Continue " + "x".repeat(DiscoveryKeywords.TITLE_REACH)
        + " and the sanction is lifted";
    assertFalse(keywords.scan(far).typedTitle());
  }

  @Test
  void everywhereOpensEveryGate() {
    Scan all = Scan.everywhere();
    for (Cue c : Cue.values()) {
      assertTrue(all.endsBy(c, 0), c.name());
    }
    assertTrue(all.typedTitle());
  }
}

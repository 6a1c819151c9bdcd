package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderRulingsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // outcomes
    "ORDER granting 45 Motion to Compel. Signed by Judge A. Bee on 1/2/2020.|45/compel/granted",
    "ORDER denying 47 Motion for Sanctions. Signed by Judge A. Bee.|47/sanctions/denied",
    "ORDER denying without prejudice 61 Motion to Compel. Signed by Judge A. Bee.|61/compel/denied_without_prejudice",
    "ORDER denying as moot 174 Motion to Quash as to John Doe (1).|174/protective_order/moot",
    "ORDER granting in part and denying in part 43 Motion for Protective Order. Signed by Judge A. Bee.|43/protective_order/granted_in_part",
    "ORDER withdrawing 49 Motion for Protective Order. Signed by Judge A. Bee.|49/protective_order/withdrawn",
    "ORDER STRIKING 88 Motion to Compel Production. Signed by Judge A. Bee.|88/compel/stricken",
    "Minute Entry: The Motion to Compel [26] is taken under submission. (dlm)|26/compel/deferred",
    "ORDER that the plaintiff's Motion to Compel Discovery 112 is held in abeyance.|112/compel/deferred",
    "ORDER terminating Plaintiff's Motion to Compel as withdrawn. Signed by Judge A. Bee.|null/compel/withdrawn",
    "ORDER denying 13 Motion to Compel without prejudice. Signed by Judge A. Bee.|13/compel/denied_without_prejudice",
    "ORDER DENYING Plaintiff's Motion to Compel as Moot 27, signed by Judge A. Bee.|27/compel/moot",
    "STIPULATED PROTECTIVE ORDER signed by Magistrate Judge A. Bee on 1/3/14.|null/protective_order/granted",
    // targets
    "ORDER: Motion to Compel (ECF No. 133) is DENIED. Signed by Judge A. Bee.|133/compel/denied",
    "ORDER: Plaintiff's Motion for Sanctions (Doc. 70) is GRANTED. Signed by Judge A. Bee.|70/sanctions/granted",
    "ORDER: Plaintiff's motion to compel [58] is granted in part and denied in part.|58/compel/granted_in_part",
    "ORDER THAT DEFENDANT'S MOTION TO COMPEL (ECF NO. 29) IS DENIED WITHOUT PREJUDICE. SIGNED BY JUDGE A. BEE.|29/compel/denied_without_prejudice",
    "MEMORANDUM AND ORDER that the defendants' motion for protective order, filing 30, is denied.|30/protective_order/denied",
    // negation and hedging: a motion named without a decision is "other"
    "ORDER to show cause why Plaintiff's motion to compel should not be granted. Signed by Judge A. Bee.|null/compel/other",
    "ORDER denying 25 Motion to Compel Arbitration. Signed by Judge A. Bee.|"
  })
  void docketTextRulings(String text, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected);
    assertEquals(want, Labels.rulings(Labels.of(text)), text);
  }

  @Test
  void multiMotionOrderRulesClauseByClause() {
    EntryLabels l = Labels.of("ORDER granting 45 Motion to Compel; denying 47 Motion for Sanctions. Signed by Judge A. Bee.");
    assertEquals(List.of("45/compel/granted", "47/sanctions/denied"), Labels.rulings(l));
  }

  @Test
  void gerundGovernsAListOfMotions() {
    EntryLabels l = Labels.of("ORDER by Judge A. Bee Granting [34] Acme's Motion to Intervene and [26] Plaintiff's Motion to Compel");
    assertEquals(List.of("26/compel/granted"), Labels.rulings(l));
  }

  @Test
  void combinedMotionGetsOneRulingPerType() {
    EntryLabels l = Labels.of("ORDER granting in part and denying in part the plaintiffs' 43 Motion for Protective Order, to Compel Discovery and for Attorney Fees.");
    assertEquals(List.of("43/compel/granted_in_part", "43/protective_order/granted_in_part"),
        Labels.rulings(l).stream().sorted().toList());
  }

  @Test
  void earlierDocketEntryTypesABareCitation() {
    List<EntryLabels> l = Labels.CLASSIFIER.classifyDocket(List.of(
        new DocketEntryText("61", "MOTION by Plaintiff to compel Defendant's discovery answers", null),
        new DocketEntryText("68", "MINUTE entry before the Honorable A. Bee: Motions [30], [33] and [61] are denied without prejudice.", null)));
    assertEquals(List.of("61/compel/denied_without_prejudice"), Labels.rulings(l.get(1)));
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConferralGroundTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ORDER denying 35 Motion to Compel for failure to comply with Local Civil Rule 37(E). Signed by Judge A. Bee.|35/compel/denied/ground",
    "ORDER denying without prejudice 39 Motion for Protective Order, for failure to confer as required by D.C.COLO.LCivR 7.1(a).|39/protective_order/denied_without_prejudice/ground",
    "ORDER denying 47 Motion to Compel. Plaintiff failed to satisfy the meet-and-confer requirement of LCR 37(a)(1).|47/compel/denied/ground",
    "ORDER denying without prejudice 40 Motion to Compel. The motion does not include the meet-and-confer declaration required by LR 26-6(c).|40/compel/denied_without_prejudice/ground",
    "ORDER: Defendant's Motion to Compel (Doc. 33) is DENIED without prejudice to refiling after the parties confer as required by Local Rule 3.01(g).|33/compel/denied_without_prejudice/ground",
    "ORDER - Plaintiff's Motion to Compel, (Filing No. 66), is held in abeyance pending a showing of compliance with NECivR 7.1.|66/compel/deferred/ground",
    "MEMORANDUM AND ORDER denying 133 Renewed Motion for Sanctions. A single letter to defendant does not constitute a reasonable effort to confer under D. Kan. Rule 37.2.|133/sanctions/denied/ground",
    // not grounds
    "ORDER denying 51 Motion for Protective Order. The Local Rule 3.01(g) certification, though terse, is supported by a record showing a telephone conference; the motion is denied on the merits.|51/protective_order/denied",
    "ORDER granting 52 Motion to Compel. Although the parties did not complete the conference required by DUCivR 37-1, the court excuses the failure and reaches the merits.|52/compel/granted",
    "ORDER DENYING AS MOOT Plaintiff's 27 Motion to Compel; the motion would also fail for lack of the certification required by Local Rule 37.1.|27/compel/moot",
    "ORDER denying 58 Motion to Compel. The parties shall meet and confer regarding any remaining disputes by 3/3/2023.|58/compel/denied"
  })
  void groundFromDocketText(String text, String expected) {
    assertEquals(List.of(expected), Labels.rulings(Labels.of(text)), text);
  }

  @Test
  void groundFromDocumentGoesToTheDeniedMotionOnly() {
    String text = "OPINION AND ORDER GRANTING IN PART Defendant's 33 Motion to Compel Discovery and DENYING Plaintiff's 36 Motion for Sanctions.";
    String doc = "Plaintiff's motion for sanctions contains no certification of conferral, and Plaintiff did not confer with Defendant before filing it. "
        + "The motion to compel is granted in part as set out below.";
    assertEquals(List.of("33/compel/granted_in_part", "36/sanctions/denied/ground"), Labels.rulings(Labels.of(text, doc)));
  }

  @Test
  void letterOnlyConferralIsNamed() {
    EntryLabels l = Labels.of("ORDER denying 9 Motion to Compel. One letter to opposing counsel does not constitute a good faith effort to confer.");
    assertEquals(ConferralKind.LETTERS_ONLY, l.rulings().get(0).conferralKind());
    assertTrue(l.rulings().get(0).rules().contains("ruling.conferral.letters_insufficient")
        || l.rulings().get(0).rules().stream().anyMatch(r -> r.startsWith("ruling.conferral.")));
  }
}

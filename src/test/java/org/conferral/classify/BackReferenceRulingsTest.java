package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions stated after the motion was introduced: "the Motion is held in abeyance" after "ORDER
 * regarding 50 Motion to Compel", an untargeted ruling naming the motion cited earlier, entries that
 * open with "ORDERED that", and long docket texts whose later sentences dispose of motions.
 */
class BackReferenceRulingsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Minute Entry: Motion Hearing held before Judge A. Bee re [26] MOTION to Compel Filing of the Complete Record and re [34] MOTION to Intervene. The Motion to Compel is taken under submission. The Motion to Intervene is granted.|26/compel/deferred",
    "ORDER regarding 50 Motion to Compel. The Motion is held in abeyance, and plaintiff is given until January 10 to file a supplement quoting each request at issue.|50/compel/deferred",
    "ORDER DENYING Plaintiff's Motion for Early Discovery and to Compel Defendants to Answer Interrogatories 41, signed by Magistrate Judge A. Bee on 4/24/14: Motion is DENIED without prejudice.|41/compel/denied_without_prejudice",
    "ORDERED that 723 Motion for a Finding of Contempt Against Acme, L.L.C., and for an Order Compelling Full Production of Documents is GRANTED IN PART & DENIED IN PART as set forth in document.|723/compel/granted_in_part;723/sanctions/granted_in_part",
    "ORDER granting in part 868 Motion to Enforce Order of the Court Pursuant to Rule 37 in that plaintiffs shall produce the redacted affidavits. In all other respects, the motion is DENIED.|868/compel/granted_in_part",
  })
  void decisionFollowsTheIntroduction(String text, String expected) {
    List<String> want = Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

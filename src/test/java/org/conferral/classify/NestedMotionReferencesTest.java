package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A discovery motion named only as the object of another filing (an extension to respond to it, an opposition to it, an earlier order on it) is not ruled on; an order whose caption lists motions, or an order to show cause, rules on them with outcome other. */
class NestedMotionReferencesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ELECTRONIC ORDER granting 19 Motion for Extension of Time to File Response re 17 MOTION to Compel Production. Responses due by 1/25/2018.|",
    "ORDER: Defendants' Motion for Extension of Time to File Response to Motion for Sanctions 84 is moot.|",
    "ORDER dismissing as moot in part and granting in part 287 Motion for Clarification of 285 Order on Motion to Compel.|",
    "MEMORANDUM AND ORDER granting 62 Motion to Extend Time to File Motion to Compel. Motions to compel shall be filed by 2/26/2008.|",
    "ORDER: The opposition to motion to compel 412 filed by the defendant is denied as moot.|",
    "MEMORANDUM AND ORDER denying in part 89 Motion for Reconsideration re 88 Memorandum and Order granting Plaintiff's Second Motion to Compel Discovery.|",
    "Letter/ORDER awarding costs re 145 Affidavit re 138 Letter/ORDER GRANTING 118 Renewed Motion for Sanctions.|",
    "ORDER granting 25 Motion to Strike and 26 Motion for Protective Order. Signed by Magistrate Judge A. Bee.|26/protective_order/granted",
    "MEMORANDUM AND ORDER as to Plaintiff's Motion to Extend the Deposition Deadline, 455, Defendant's Motion for Sanctions, 461, and Defendants' Motions to Quash, [464, 466 and 481].|461/sanctions/other;464/protective_order/other;466/protective_order/other;481/protective_order/other",
    "REPORT AND RECOMMENDATION re 19 MOTION for Settlement, 25 AMENDED MOTION, 15 MOTION to Dismiss, 26 MOTION for Extension of Time, 24 MOTION to Compel. Objections due by 12/26/2006.|24/compel/other",
    "ORDER to SHOW CAUSE signed by Magistrate Judge A. Bee ORDERING that defendants shall SHOW CAUSE within 5 days why plaintiff's second motion to compel should not be granted.|null/compel/other",
    "ORDER: the hearing on the Motions to Dismiss and Motion for Sanctions is set for 10:00 a.m. on October 11, 2019.|null/sanctions/deferred"
  })
  void onlyMotionsRuledOnCount(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is and is not a discovery motion (LABELS.md): quashing service or a writ is not a protective order, compelling immunized testimony or an election is not discovery. */
class DiscoveryMotionScopeTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ORDER DENYING Defendants' Motion to Quash Service of Summons and Complaint for Lack of Jurisdiction, signed by Judge A. Bee.|",
    "ORDER signed by Judge A. Bee DENYING 13 Motion to Quash the Writ of Possession.|",
    "ORDER Denying re 15 Defendant's Objection (Motion) to Quash Garnishment. Signed by Judge A. Bee.|",
    "ORDER granting 111 Government's Motion to Compel Testimony pursuant to 18 U.S.C. 6003 as to John Doe (1).|",
    "ORDER GRANTING 91 USA's MOTION To Immunize Witness and Compel Testimony of John Roe.|",
    "ORDER denying as moot [373] Motion to compel defendant to make known whether he intends to request a jury determination of forfeiture as to John Doe (5).|",
    "ORDERED: motion for an order compelling unsealing of the motion to enforce settlement is denied.|",
    "ORDER Regarding Plaintiff's 116 Motion for Discovery and 118 Motion to Compel Discovery signed by Magistrate Judge A. Bee.|118/compel/other",
    "ORDER granting 20 Motion for Reciprocal Discovery as to John Doe (1).|20/compel/granted",
    "ORDER denying as moot 10 MOTION to Impound or, in the Alternative, a Rule 5.2(e) Protective Order.|",
    "ORDER denying 85 Defendants' Motion to Quash Subpoena.|85/protective_order/denied"
  })
  void orderRulingsOnlyForDiscoveryMotions(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

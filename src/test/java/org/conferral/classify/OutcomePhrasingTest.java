package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How courts word dispositions: split decisions, passive outcomes after the title, moot or in part after the title, withdrawals, dismissals without prejudice. */
class OutcomePhrasingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ORDER GRANTING, in part, and DENYING, in part, plaintiff's Motion to Compel, document 41.|41/compel/granted_in_part",
    "ORDER signed by Magistrate Judge A. Bee GRANTING-IN-PART and DENYING-IN-PART 37 Motion to Compel.|37/compel/granted_in_part",
    "ORDER - The plaintiff's Motion to Compel Discovery 112 is granted, in part, and denied, in part.|112/compel/granted_in_part",
    "ORDER: pltf's 70 request to compel production is PARTIALLY GRANTED.|70/compel/granted_in_part",
    "MEMORANDUM DECISION AND ORDER granting in part and finding as moot in part 34 Motion to Quash Subpoena.|34/protective_order/granted_in_part",
    "MEMORANDUM AND ORDER that the motion to compel 407 is denied as moot with respect to the recording, and granted with respect to further communication between counsel.|407/compel/granted_in_part",
    "ORDER: pltf's 47 motion to compel production of the recording is DENIED; pltf's 47 motion to compel further production of documents is GRANTED in part and DENIED in part.|47/compel/granted_in_part",
    "ORDER Granting in part and Denying in part 21 Motion to Compel and Denying 26 Motion to Compel. Signed by Judge A. Bee.|21/compel/granted_in_part;26/compel/denied",
    "ORDER denying 57 Motion to Compel having been rendered moot by defendants' supplemental responses.|57/compel/moot",
    "ORDER & REASONS dismissing as premature 319 Motion to Compel without prejudice to plaintiff's right to reurge it later.|319/compel/denied_without_prejudice",
    "ORDER Addressing Plaintiff's Notice of Withdrawal of 66 Motion for Sanctions; ORDER removing the motion from the calendar.|66/sanctions/withdrawn",
    "STIPULATION and ORDER to Withdraw Motion to Compel Discovery and Vacating Hearing Date as to John Doe, signed by Judge A. Bee.|null/compel/withdrawn",
    "MEMORANDUM OPINION AND ORDER granting the Motion to quash and the motion for sanctions denied. (Related Doc # 9)|9/protective_order/granted;9/sanctions/denied",
    "ORDER DENYING 53 Motion to Compel Attendance at Deposition and Request for Sanctions. The hearing is VACATED.|53/compel/denied;53/sanctions/denied"
  })
  void outcomeAsWorded(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

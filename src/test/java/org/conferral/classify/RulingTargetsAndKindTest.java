package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the motion ruled on is named only after the ruling ("... (Related Doc # 8)"), and entries whose
 * heading the kind rules miss but which dispose of cited motions, as only a court does.
 */
class RulingTargetsAndKindTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Memorandum Opinion and Order that: Plaintiffs' motion to compel is granted in part. The Court finds disclosure of the records appropriate. (Related Doc # 8). Signed by Judge A. Bee.|8/compel/granted_in_part",
    "Memorandum Opinion and Order: Defendant's Motion to Compel Documents Pursuant to Subpoena is GRANTED in PART and DENIED in PART. Judge A. Bee on 1/10/11. re 1|1/compel/granted_in_part",
    "Opinion and order: motion for summary judgment is granted (Related Doc # 7); the motion for sanctions is denied. (Related Doc # 12)|12/sanctions/denied",
    "Judge A. Bee: Memorandum of Decision entered denying (47) Motion to Compel; denying (57) Motion for Protective Order; granting (81) Motion for Summary Judgment.|47/compel/denied;57/protective_order/denied",
    "Judge A. Bee: ELECTRONIC entry granting 30 Motion for Sanctions. (abc)|30/sanctions/granted",
  })
  void targetsAndKind(String text, String expected) {
    List<String> want = Arrays.stream(expected.split(";")).sorted().toList();
    EntryLabels l = Labels.of(text);
    assertEquals(EntryKind.ORDER, l.kind(), text);
    assertEquals(want, Labels.rulings(l).stream().sorted().toList(), text);
  }

  @Test
  void noticeCitingAnOrderThatDisposedOfAMotionIsNotAnOrder() {
    EntryLabels l = Labels.of("NOTICE OF APPEAL as to 45 Order denying 30 Motion to Compel by Jane Roe. (abc)");
    assertEquals(EntryKind.OTHER, l.kind());
  }

  @Test
  void showCauseDeadlineIsNotAnEntryNumber() {
    EntryLabels l = Labels.of("ORDER to SHOW CAUSE: defendants shall show cause within 5 days why plaintiff's second motion to compel should not be granted.");
    assertEquals(List.of("null/compel/other"), Labels.rulings(l));
  }
}

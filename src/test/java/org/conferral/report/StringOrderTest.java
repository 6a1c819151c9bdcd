package org.conferral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report sorts small results on the driver in the order Spark's orderBy would give. */
class StringOrderTest {

  @Test
  void sortsLikeSparkByUtf8BytesNotByUtf16Units() {
    // U+FFFD is EF BF BD in UTF-8, before F0 9F 98 80 of U+1F600; in UTF-16 it comes after D83D.
    assertTrue(ReportStage.compareCodePoints("\uFFFD", "\uD83D\uDE00") < 0);
    assertTrue("\uFFFD".compareTo("\uD83D\uDE00") > 0);
  }

  @Test
  void putsNullFirstAndPrefixesBeforeLongerStrings() {
    List<String> values = new ArrayList<>(Arrays.asList("ksd", null, "D. Kan.", "ks", "Ks"));
    values.sort(ReportStage::compareCodePoints);
    assertEquals(Arrays.asList(null, "D. Kan.", "Ks", "ks", "ksd"), values);
    assertEquals(0, ReportStage.compareCodePoints("judge", "judge"));
  }
}

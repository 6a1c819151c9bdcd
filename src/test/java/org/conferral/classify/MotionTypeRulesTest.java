package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MotionTypeRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MOTION to Compel Answers to Interrogatories by Jane Roe.|compel",
    "MOTION by Plaintiff Acme AB to compel Defendant's Discovery Answers and Deposition|compel",
    "MOTION for Discovery, MOTION for Release of Brady Materials by John Doe.|compel",
    "MOTION for Reciprocal Discovery by USA as to John Doe.|compel",
    "MOTION for Sanctions pursuant to Rule 37(b) by Acme Co.|sanctions",
    "MOTION for Sanctions for Spoliation of Evidence by Acme Co.|sanctions",
    "MOTION for Protective Order regarding the deposition of its CEO by Acme Co.|protective_order",
    "Non-Party Bank's MOTION to Quash Subpoena Duces Tecum.|protective_order",
    "MOTION to Compel Arbitration and to Stay Proceedings by Acme Co.|",
    "MOTION to Enforce Settlement Agreement by Acme Co.|",
    "MOTION to Unseal Document Defendant's Motion for Sanctions by USA.|",
    "MOTION for Extension of Time to File Response to 45 Motion to Compel by Acme Co.|",
    "Consent MOTION to Establish Schedule to Produce Administrative Record by EPA.|"
  })
  void ownTitleDecidesTheType(String text, String type) {
    List<String> types = Labels.of(text).motionTypes().stream().map(MotionType::label).toList();
    assertEquals(type == null ? List.of() : List.of(type), types, text);
  }

  @Test
  void combinedMotionListsEveryType() {
    EntryLabels l = Labels.of("MOTION to Compel Discovery and for Sanctions by Jane Roe.");
    assertEquals(List.of(MotionType.COMPEL, MotionType.SANCTIONS), l.motionTypes());
  }

  @Test
  void renewedAndJointFlags() {
    assertTrue(Labels.of("Renewed MOTION for Sanctions by Jane Roe.").renewed());
    assertTrue(Labels.of("Joint MOTION for Protective Order by all parties.").joint());
  }
}

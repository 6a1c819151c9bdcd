package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MovantSideTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "MOTION to Compel Discovery Responses by Plaintiff Jane Roe. (Attachments: # 1 Exhibit A)(Smith, John)|plaintiff",
        "MOTION for Protective Order filed by Defendants Acme Corp., John Doe.|defendant",
        "Defendant's MOTION for Sanctions against Plaintiff|defendant",
        "Plaintiffs' Renewed Motion to Compel Production of Documents|plaintiff",
        "MOTION to Quash Subpoena by Non-Party Midwest Bank|non_party",
        "MOTION to Compel by Counter Plaintiff Jones|defendant",
        "LETTER MOTION to Compel addressed to Magistrate Judge Ona T. Wang from Andrew Lee dated 3/1/2022. by Defendant Widget Inc.|defendant",
        "Non-Party Riverside Clinic's Motion to Quash Subpoena Duces Tecum|non_party",
        "Petitioner's Motion for Discovery|plaintiff",
      })
  void namesTheSideThatFiled(String text, String side) {
    assertEquals(side, MovantSide.of(text));
  }

  @Test
  void saysNothingWhenTheTextDoesNot() {
    assertNull(MovantSide.of("MOTION to Compel Discovery (Attachments: # 1 Exhibit)"));
    assertNull(MovantSide.of(""));
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrasings met in a sample of real docket texts: immunized testimony is not discovery, "showing
 * cause why the motion to compel should not be granted" is a ruling (other), a signed stipulation for
 * a protective order enters it, "will rule on ... at a later date" defers, minute entries of hearings
 * held or continued are orders.
 */
class RealDocketPhrasingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
    "ORDER granting 12 Government's Motion to Compel Testimony as to John Doe (2). ORDERED, pursuant to 18 U.S.C. 6003, that the witness give testimony.|none",
    "ORDER granting 12 Government's Motion to Compel Immunized Testimony of Richard Roe.|none",
    "ORDER granting 12 Plaintiff's Motion to Compel Testimony of the corporate designee at a continued deposition.|12/compel/granted",
    "ORDERED that Defendant respond within ten days showing cause why Plaintiff's motion to compel should not be granted.|null/compel/other",
    "ORDER to show cause why the motion for sanctions should not be granted as unopposed.|null/sanctions/other",
    "STIPULATION for PROTECTIVE ORDER signed by Magistrate Judge A. Bee on 1/4/2013. (Roe, M)|null/protective_order/granted",
    "ORDER signed by Magistrate Judge A. Bee ORDERING that the court will rule on plaintiff's motion to compel at a later date; until then, no opposition is due.|null/compel/deferred",
    "ORDER: The court will rule on the 44 Motion for Sanctions at a later date.|44/sanctions/deferred",
    "ORDER: The court will rule on the 44 Motion for Sanctions after the hearing on the merits.|44/sanctions/other"
  })
  void rulingAsWorded(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Hearing Held Re: [40-1] Motion To Compel production of documents by Jane Roe. Order by Judge Bee.|ORDER",
    "Hearing Continued Re: [52-1] Motion for Protective Order to 3/4/97 at 2:00.|ORDER",
    "Notice of Hearing Re: [40-1] Motion To Compel production of documents.|ORDER",
    "Declaration in support Re: [40-1] Motion To Compel production of documents.|OTHER"
  })
  void kindAsWorded(String text, EntryKind expected) {
    assertEquals(expected, Labels.of(text).kind(), text);
  }
}

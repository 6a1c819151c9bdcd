package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Orders about motions not yet filed (deadlines, leave to file) rule on nothing; an order giving the
 * movant time to supplement its motion holds it (deferred), and when the missing piece is what a
 * conferral rule requires, conferral is a ground.
 */
class DeadlinesAndSupplementsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "none", value = {
    "ORDER Extending Time to File Motion to Compel re 51 signed by Magistrate Judge A. Bee on 3/2/2015.|none",
    "ORDER granting leave to file a renewed motion to compel. Signed by Judge A. Bee.|none",
    "ORDER: The deadline to file any motion to compel is extended to May 1, 2020.|none",
    "ORDER granting 30 Motion to Compel. Defendant shall supplement its interrogatory answers within 14 days.|30/compel/granted",
    "ORDER on 42 Motion to Compel. Defendant is given until June 3, 2019 to supplement the motion with the certification necessary to comply with D. Kan. Rule 37.2. Ordered by Magistrate Judge A. Bee.|42/compel/deferred/ground",
    "ORDER regarding 18 Motion to Compel. Plaintiff shall supplement the motion with the information required to comply with Local Rule 37.1 within 7 days.|18/compel/deferred/ground",
    "ORDER regarding 77 Motion for Protective Order. Movant is given until 4/4/2012 to file an amended motion or to supplement the motion with the statement needed to comply with Fed. R. Civ. P. 26(c)(1).|77/protective_order/deferred/ground",
    "ORDER that the plaintiff's Motion to Compel 60 is held in abeyance pending compliance with the Nebraska local rules 7.1(i). Signed by Magistrate Judge A. Bee.|60/compel/deferred/ground",
    "ORDERED that 88 Motion for a Finding of Contempt Against Acme Corp., for an Order Compelling Full Production of Documents and for an Order Requiring Acme Corp. to Remove Redactions is GRANTED IN PART & DENIED IN PART.|88/compel/granted_in_part;88/sanctions/granted_in_part"
  })
  void rulingAsWorded(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

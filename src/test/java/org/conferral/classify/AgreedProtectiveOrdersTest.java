package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Orders entering (or declining) a protective order the parties agreed to are rulings on it (LABELS.md convention 3); a protective order with no sign of agreement, or one merely referred to, is not. */
class AgreedProtectiveOrdersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "STIPULATED PROTECTIVE ORDER signed by Magistrate Judge A. Bee on 1/3/14.|null/protective_order/granted",
    "AMENDED STIPULATED PROTECTIVE ORDER signed by Magistrate Judge A. B. Cee on 10/7/15. (xyz)|null/protective_order/granted",
    "STIPULATION AND ORDER FOR PROTECTIVE ORDER signed by Magistrate Judge A. B. Cee on 1/13/2015 ORDERING Stipulated Protective order APPROVED.|null/protective_order/granted",
    "STIPULATION and Discovery Protective Order between Defendants and the United States, signed by Magistrate Judge A. Bee.|null/protective_order/granted",
    "STIPULATION Between the United States and Defendant John Doe Regarding Production of Protected Information; Protective ORDER Re: Same, signed by Judge A. Bee.|null/protective_order/granted",
    "PROTECTIVE ORDER GOVERNING CONFIDENTIALITY, entered by agreement of the parties. Ordered by Magistrate Judge A. Bee.|null/protective_order/granted",
    "PROTECTIVE ORDER adopting 17 Stipulation. Ordered by Magistrate Judge A. Bee.|17/protective_order/granted",
    "ORDER adopting 32 Joint Stipulation for Protective Order. Ordered by Magistrate Judge A. Bee.|32/protective_order/granted",
    "ORDER approving and adopting 103 the stipulation and protective order regarding confidentiality.|103/protective_order/granted",
    "JOINT AND STIPULATED PROTECTIVE ORDER re 19 Stipulation. Signed by Judge A. Bee.|19/protective_order/granted",
    "PROTECTIVE ORDER: The parties' joint stipulation 29 is granted. Ordered by Magistrate Judge A. Bee.|29/protective_order/granted",
    "PROTECTIVE ORDER (granting Motion for Protective Order). The terms of the parties' Stipulated Protective Order 40 are hereby adopted by the court.|40/protective_order/granted",
    "ORDER granting motion for protective order 33 and adopting 39 stipulation and its attached Exhibit A.|33/protective_order/granted;39/protective_order/granted",
    "ORDER: the parties' proposed stipulated protective order is NOT APPROVED, but without prejudice to the refiling of a revised proposed order.|null/protective_order/denied_without_prejudice",
    "PROTECTIVE ORDER as to John Doe, Richard Roe. Upon the application of the United States, with the consent of the undersigned counsel, it is ordered that discovery material be used only for the defense.|null/protective_order/granted",
    "STIPULATION AND ORDER Governing the Handling of Confidential Information. Signed by Judge A. Bee on 3/4/2019.|null/protective_order/granted",
    "STIPULATION AND ORDER of Dismissal. The sensitive documents shall be returned. Signed by Judge A. Bee on 3/4/2019.|",
    "PROTECTIVE ORDER. Signed by Judge A. Bee on 1/10/2006.|",
    "PROTECTIVE ORDER as to John Doe (3) signed by District Judge A. Bee on 1/22/2014.|",
    "PROTECTIVE ORDER Regarding the Examination of Digital Media as to John Doe, signed by Judge A. Bee.|",
    "ORDER: Defendant's objection under Paragraph 5(e) of the Stipulated Protective Order is denied. Signed by Judge A. Bee.|",
    "ORDER directing the parties to meet and confer regarding a stipulated protective order. The 44 motion to compel is GRANTED.|44/compel/granted"
  })
  void agreedProtectiveOrders(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "MOTION to Compel Discovery Responses by Jane Roe. (Attachments: # 1 Exhibit A)(Smith, Al)|motion",
    "Defendant's MOTION for Protective Order filed by Acme Widgets LLC.|motion",
    "EXPARTE/CONSENT Joint MOTION to Continue Trial by Best Tires Inc.|motion",
    "LETTER MOTION addressed to Judge Lee from R. Park dated 3/1/2020 re: discovery dispute.|motion",
    "STIPULATION To Extend Time to Answer by Acme Co. (Doe, J)|motion",
    "Motion for Sanctions|motion",
    "ORDER granting 12 Motion to Compel. Signed by Magistrate Judge Ann Lee on 2/3/2021.|order",
    "Judge Mark T. Rowe: ELECTRONIC ORDER entered granting 5 Motion for Extension of Time.|order",
    "MINUTE entry before the Honorable Ann Lee: Status hearing held on 3/3/2020.|order",
    "STIPULATED PROTECTIVE ORDER signed by Magistrate Judge Ann Lee on 1/3/14.|order",
    "Set Motion and R&R Deadlines/Hearings|order",
    "NOTICE OF HEARING as to John Doe: Status Conference set for 2/27/2009 10:00 AM.|order",
    "REPORT AND RECOMMENDATION that MOTION for Sanctions 324 be granted. Ordered by Magistrate Judge Ann Lee.|order",
    "MEMORANDUM AND/OR OPINION. SIGNED BY HONORABLE ANN LEE ON 3/6/2013.|order",
    "Notice of Hearing Date set for August 30, 2019 re 22 MOTION to Dismiss (Kelley, Matthew)|other",
    "RESPONSE in Opposition re 45 MOTION to Compel filed by Acme Co.|other",
    "Withdrawal of Motion|other",
    "Stipulation of Dismissal|other",
    "NOTICE of Appearance by Jane Roe on behalf of Acme Co.|other",
    "REQUEST for SUMMONS for Acme Telephone Company. (Carlson, K)|other"
  })
  void kindFromHowTheEntryBegins(String text, String kind) {
    assertEquals(kind, Labels.of(text).kind().label(), text);
  }
}

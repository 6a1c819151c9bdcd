package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void readsTheDateThatOpensADateOrDateTime() {
    assertEquals(LocalDate.of(2018, 5, 22), IsoDates.leading("2018-05-22"));
    assertEquals(LocalDate.of(2018, 5, 22), IsoDates.leading("2018-05-22T22:10:04+00:00"));
    assertEquals(LocalDate.of(2014, 8, 5), IsoDates.leading("2014-08-05 06:14:08"));
  }

  @Test
  void otherShapesAndImpossibleDatesAreNull() {
    assertNull(IsoDates.leading(null));
    assertNull(IsoDates.leading("2018-5-22"));
    assertNull(IsoDates.leading("05/22/2018"));
    assertNull(IsoDates.leading("2018-02-30"));
    assertNull(IsoDates.leading(" 2018-05-22"));
  }

  @Test
  void acceptsExactlyWhatTheIsoDateParserAccepts() {
    List<String> tries = new ArrayList<>();
    for (String year : List.of("0000", "1900", "1999", "2000", "2023", "2024", "9999", "20x4")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          tries.add(String.format("%s-%02d-%02d", year, month, day));
        }
      }
    }
    tries.addAll(
        List.of(
            "2018-05-2x", "2018/05/22", "+2018-05-2", "2018-05-22Z", "2018 05 22", "２０１８-05-22",
            "2018-0５-22", "-018-05-22", "2018-05-22x", "201-05-22 "));
    for (String s : tries) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(s.substring(0, 10));
      } catch (DateTimeParseException e) {
        expected = null;
      }
      assertEquals(expected, IsoDates.leading(s), s);
    }
  }

  @Test
  void inTextCollapsesWhiteSpaceFirst() {
    assertEquals(LocalDate.of(2013, 3, 22), IsoDates.inText("\n    2013-03-22\n  "));
    assertNull(IsoDates.inText("   "));
  }
}

package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
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
  void inTextCollapsesWhiteSpaceFirst() {
    assertEquals(LocalDate.of(2013, 3, 22), IsoDates.inText("\n    2013-03-22\n  "));
    assertNull(IsoDates.inText("   "));
  }
}

package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import org.conferral.ingest.common.IsoDates;
import org.junit.jupiter.api.Test;

class ApiDatesTest {

  @Test
  void givesTheDatesIsoDatesGives() {
    for (String s :
        Arrays.asList(
            "2021-03-02",
            "2021-03-02T10:00:00Z",
            "2020-02-29",
            "2019-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-01-00",
            "2021-04-31",
            "0000-01-01",
            "2021-2-28",
            "+2021-01-10",
            "\uff12\uff10\uff12\uff11-01-01",
            "2021/03/02",
            "",
            null)) {
      assertEquals(IsoDates.leading(s), ApiDates.leading(s), s);
    }
    assertEquals(LocalDate.of(2021, 3, 2), ApiDates.leading("2021-03-02 06:14:08"));
  }
}

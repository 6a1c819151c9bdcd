package org.conferral.ingest.courtlistener.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.conferral.ingest.common.BadRecord;
import org.junit.jupiter.api.Test;

class ApiJsonTest {

  @Test
  void plainUrlIdAgreesWithReference() throws BadRecord {
    for (String url :
        new String[] {
          "https://www.courtlistener.com/api/rest/v4/dockets/4214664/",
          "https://www.courtlistener.com/api/rest/v4/dockets/4214664",
          " /dockets/0013/ ",
          "/13"
        }) {
      assertEquals(reference(url), ApiJson.plainUrlId(url), url);
    }
  }

  @Test
  void plainUrlIdLeavesEveryOtherShapeToTheRegex() {
    for (String url :
        new String[] {
          "/12/?x=/34/", "13", "13/", "x/13//", "x/abc/", "/1234567890123456789/", "x/\uff11/", ""
        }) {
      assertEquals(-1, ApiJson.plainUrlId(url), url);
    }
  }

  private static long reference(String url) throws BadRecord {
    ObjectNode o = new ObjectMapper().createObjectNode().put("docket", url);
    return ApiJson.reference(o, "docket");
  }
}

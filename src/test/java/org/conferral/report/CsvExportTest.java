package org.conferral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  private static List<CSVRecord> parse(String csv) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
  }

  @Test
  void formulaCellsComeOutInert() throws Exception {
    StringWriter out = new StringWriter();
    try (SafeCsv csv = new SafeCsv(out, "text", "number")) {
      csv.row("=cmd|' /C calc'!A0", -5);
      csv.row("+1+1", 3);
      csv.row("-2+3", 0);
      csv.row("@SUM(A1)", 1);
      csv.row("\t=1", 1);
      csv.row("\r=1", 1);
      csv.row("Denied; see =, +, - inside", 2);
    }
    List<CSVRecord> rows = parse(out.toString());
    assertEquals("'=cmd|' /C calc'!A0", rows.get(0).get("text"));
    assertEquals("-5", rows.get(0).get("number"), "numbers are not touched");
    for (int i = 0; i < 6; i++) {
      assertTrue(rows.get(i).get("text").startsWith("'"), rows.get(i).get("text"));
    }
    assertEquals("Denied; see =, +, - inside", rows.get(6).get("text"));
  }

  @Test
  void ratesCsvNeutralizesDocketDerivedValues() throws Exception {
    List<CSVRecord> rows = parse(RatesExport.csv(ReportFixture.hostile()));
    CSVRecord judge =
        rows.stream().filter(r -> r.get("value").contains("cmd")).findFirst().orElseThrow();
    assertEquals("'=cmd|' /C calc'!A0", judge.get("value"));
    assertEquals("50", judge.get("n_ruled"));
  }

  @Test
  void suppressedCellsKeepTheirRowButNotTheirNumbers() throws Exception {
    ReportData d = ReportFixture.plausible();
    CSVRecord akd =
        parse(RatesExport.csv(d)).stream().filter(r -> r.get("value").equals("akd"))
            .findFirst().orElseThrow();
    assertEquals("true", akd.get("suppressed"));
    assertEquals("", akd.get("n_ruled"));
    assertEquals("", akd.get("rate"));

    JsonNode json = new ObjectMapper().readTree(RatesExport.json(d));
    assertEquals(d.rates().size(), json.get("rates").size());
    for (JsonNode c : json.get("rates")) {
      if (c.get("value").asText().equals("akd")) {
        assertTrue(c.get("suppressed").asBoolean());
        assertNull(c.get("n_ruled"));
      }
      if (c.get("value").asText().equals("ksd")) {
        assertEquals(120, c.get("n_ruled").asLong());
        assertFalse(c.get("suppressed").asBoolean());
      }
    }
  }
}

package org.conferral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReportTest {
  @Test
  void methodsSaysAccuracyIsNotMeasuredWithoutAMeasurement() {
    String md = SummaryReport.markdown(ReportFixture.plausible());
    assertTrue(md.contains("## Methods"));
    assertTrue(md.contains("Not measured in this build"));
    assertTrue(md.contains("## Data quality"));
    assertTrue(md.indexOf("## Appendix") > md.indexOf("## Data quality"));
    assertTrue(md.contains("A single letter is not a reasonable effort to confer."));
  }

  @Test
  void measuredAccuracyIsReported() throws Exception {
    ReportData p = ReportFixture.plausible();
    ReportData.Accuracy acc =
        AccuracyFile.parse(new ObjectMapper().readTree(
            "{\"measured_on\":\"gold dev (300 entries)\",\"code_version\":\"0.1\","
                + "\"measures\":[{\"name\":\"conferral ground F1\",\"value\":0.875,\"n\":40}]}"));
    ReportData d = new ReportData(p.runId(), p.minCell(), p.rates(), p.sources(), p.rejects(),
        p.tableRows(), p.unlinkedRulings(), p.outcomes(), p.times(), p.asOf(), p.evidence(), acc);
    String md = SummaryReport.markdown(d);
    assertFalse(md.contains("Not measured"));
    assertTrue(md.contains("| conferral ground F1 | 87.5% | 40 |"));
  }

  @Test
  void accuracyWithoutMeasuresIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> AccuracyFile.parse(new ObjectMapper().readTree("{\"measures\":[]}")));
  }

  @Test
  void docketTextCannotInjectMarkup() {
    String md = SummaryReport.markdown(ReportFixture.hostile());
    assertFalse(md.contains("<script"));
    assertFalse(md.contains("<img"));
    assertTrue(md.contains("&lt;script&gt;"));
  }

  @Test
  void timeToRulingHidesSmallJudgesAndShowsQuartiles() {
    String md = SummaryReport.markdown(ReportFixture.plausible());
    assertTrue(md.contains("| ksd | 125 | 120 | 12 | 25 | 48 | 0 | 0 |"), md);
    assertFalse(md.contains("| Judge A |"), "3 timed motions: below the minimum");
    assertTrue(md.contains("| Judge C | 11 | 11 |"));
  }

  @Test
  void judgeFunnelNarrowsStepByStep() {
    List<Long> steps =
        JudgeFunnel.of(ReportFixture.plausible()).stream().map(JudgeFunnel.Step::judges).toList();
    assertEquals(List.of(12L, 12L, 10L, 7L), steps);
  }
}

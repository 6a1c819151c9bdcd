package org.conferral.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String STUB_LIBRARY = "window.echarts = {};";

  private static int count(String haystack, Pattern p) {
    Matcher m = p.matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void scriptInDocketTextComesOutInert() {
    String html = HtmlReport.render(ReportFixture.hostile(), STUB_LIBRARY);
    // only the page's own three script elements: data, library, charts
    assertEquals(3, count(html, Pattern.compile("(?i)<script")));
    assertEquals(3, count(html, Pattern.compile("(?i)</script")));
    assertFalse(html.contains("<img"), "no markup from docket text");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "shown escaped");
    assertTrue(html.contains("\\u003Cscript\\u003E") || html.contains("\\u003cscript\\u003e"),
        "escaped inside the chart data too");
  }

  @Test
  void suppressedCellsAreNotPublished() {
    String html = HtmlReport.render(ReportFixture.plausible(), STUB_LIBRARY);
    assertTrue(html.contains(">ksd<"), "a court with 120 ruled motions is shown");
    assertFalse(html.contains("akd"), "a court with 4 ruled motions is hidden everywhere");
    assertTrue(html.contains("cell(s) with fewer than 10 ruled motions suppressed"));
  }

  @Test
  void everyChartContainerIsDrawnByTheChartScript() throws IOException {
    String html = HtmlReport.render(ReportFixture.plausible(), STUB_LIBRARY);
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<div id=\"(chart-[a-z]+)\" class=\"chart\">").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertEquals(HtmlReport.CHARTS, ids.size());
    String js;
    try (InputStream in = HtmlReport.class.getResourceAsStream("charts.js")) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String id : ids) {
      assertTrue(js.contains("chart('" + id + "'"), id + " is drawn");
    }
  }

  @Test
  void pageWithTheRealChartLibraryFetchesNothing() throws IOException {
    // the ECharts webjar is a dependency of the project: it is always on the classpath
    String html = HtmlReport.render(ReportFixture.plausible(), ChartLibrary.echarts());
    Pattern external =
        Pattern.compile(
            "(?i)(\\b(src|href|action|formaction|poster|srcset)\\s*=\\s*[\"']?\\s*(https?:)?//)"
                + "|(url\\(\\s*[\"']?\\s*(https?:)?//)|(@import)");
    Matcher m = external.matcher(html);
    assertFalse(m.find(), () -> "external reference: " + html.substring(
        Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 40)));
    assertTrue(html.contains("default-src 'none'"), "the CSP forbids fetching");
    assertTrue(html.length() > 1_000_000, "library inlined");
    // kept for .ci/notebooks.sh, which renders it in headless Chromium and checks the charts drew
    Path demo = Path.of("target", "report-demo", "summary.html");
    Files.createDirectories(demo.getParent());
    Files.writeString(demo, html);
  }
}

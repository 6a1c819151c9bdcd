package org.conferral.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Apache ECharts, read from its webjar ({@code org.webjars.npm:echarts}) to be inlined in the HTML
 * report so the page draws its charts with no network.
 */
public final class ChartLibrary {
  static final String VERSION = "5.3.1";
  static final String RESOURCE =
      "/META-INF/resources/webjars/echarts/" + VERSION + "/dist/echarts.min.js";

  private ChartLibrary() {}

  /** The minified library. Fails with a clear message when the webjar is not on the classpath. */
  public static String echarts() {
    try (InputStream in = ChartLibrary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The HTML report needs ECharts " + VERSION + " on the classpath (Maven"
                + " org.webjars.npm:echarts:" + VERSION + "): " + RESOURCE + " not found");
      }
      String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (js.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
        throw new IllegalStateException(RESOURCE + " contains </script and cannot be inlined");
      }
      return js;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}

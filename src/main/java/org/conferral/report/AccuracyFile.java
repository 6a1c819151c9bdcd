package org.conferral.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.conferral.report.ReportData.Accuracy;
import org.conferral.report.ReportData.Measure;

/**
 * The classifier's accuracy as measured by {@code conferral evaluate}, read from the resource
 * {@code org/conferral/report/accuracy.json} when a build ships one:
 * {@code {"measured_on": "...", "code_version": "...", "measures": [{"name", "value", "n"}]}}.
 * No resource means not measured.
 */
public final class AccuracyFile {
  static final String RESOURCE = "/org/conferral/report/accuracy.json";

  private AccuracyFile() {}

  /** The measured accuracy, or null when this build carries none. */
  public static Accuracy load() {
    try (InputStream in = AccuracyFile.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static Accuracy parse(JsonNode root) {
    List<Measure> measures = new ArrayList<>();
    for (JsonNode m : root.path("measures")) {
      if (!m.path("value").isNumber()) {
        throw new IllegalArgumentException(RESOURCE + ": measure without a numeric value: " + m);
      }
      measures.add(new Measure(m.path("name").asText(), m.path("value").asDouble(),
          m.path("n").asLong()));
    }
    if (measures.isEmpty()) {
      throw new IllegalArgumentException(RESOURCE + " lists no measures");
    }
    return new Accuracy(root.path("measured_on").asText(), root.path("code_version").asText(),
        measures);
  }
}

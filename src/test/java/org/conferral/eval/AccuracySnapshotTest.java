package org.conferral.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conferral.report.AccuracyFile;
import org.conferral.report.ReportData;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The accuracy the report quotes is the accuracy the classifier has now, on the dev gold sets. */
class AccuracySnapshotTest {

  @Test
  void theShippedAccuracyMatchesAFreshEvaluation() {
    List<Path> gold =
        List.of(
            SharedData.resolve("gold/dev-dockets.jsonl"),
            SharedData.resolve("gold/dev-entries.jsonl"),
            SharedData.resolve("gold/dev-orders.jsonl"));
    ReportData.Accuracy shipped = AccuracyFile.load();
    assertNotNull(shipped, "src/main/resources/org/conferral/report/accuracy.json is missing");
    List<Map<String, Object>> fresh = AccuracySnapshot.measures(EvaluateCommand.run(gold));
    assertEquals(fresh.size(), shipped.measures().size());
    for (int i = 0; i < fresh.size(); i++) {
      ReportData.Measure m = shipped.measures().get(i);
      String stale = "accuracy.json is stale: regenerate it with AccuracySnapshot (see its Javadoc)";
      assertEquals(fresh.get(i).get("name"), m.name(), stale);
      assertEquals((Double) fresh.get(i).get("value"), m.value(), 1e-9, stale + ": " + m.name());
      assertEquals(((Number) fresh.get(i).get("n")).longValue(), m.n(), stale + ": " + m.name());
    }
  }
}

package org.conferral.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's measured accuracy on the dev gold sets, as the report's methods section quotes it
 * ({@code src/main/resources/org/conferral/report/accuracy.json}). {@code AccuracySnapshotTest} fails
 * when the file no longer matches what {@code conferral evaluate} measures, so a report never quotes
 * a stale figure. Regenerate with
 * {@code java -cp ... org.conferral.eval.AccuracySnapshot OUT.json GOLD.jsonl...}.
 */
public final class AccuracySnapshot {
  static final List<String> F1_KEYS =
      List.of(
          "kind.motion",
          "kind.order",
          "motion_type.compel",
          "motion_type.sanctions",
          "motion_type.protective_order",
          "ruling",
          "conferral_ground");

  private AccuracySnapshot() {}

  /** The measures: F1 of each key (n = gold support) and outcome accuracy (n = matched rulings). */
  static List<Map<String, Object>> measures(Evaluation e) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String key : F1_KEYS) {
      out.add(measure(key + " F1", e.score(key).f1(), e.score(key).support()));
    }
    out.add(measure("outcome accuracy", e.outcomeAccuracy(), e.outcomeSupport()));
    return out;
  }

  private static Map<String, Object> measure(String name, double value, long n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("value", Math.round(value * 1000) / 1000.0);
    m.put("n", n);
    return m;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AccuracySnapshot OUT.json GOLD.jsonl [GOLD.jsonl ...]");
      System.exit(2);
    }
    List<Path> gold = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      gold.add(Path.of(args[i]));
      names.add(Path.of(args[i]).getFileName().toString());
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("measured_on", "gold sets " + String.join(", ", names) + " (conferral evaluate)");
    root.put("code_version", "checked by AccuracySnapshotTest on every build");
    root.put("measures", measures(EvaluateCommand.run(gold)));
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[0]).toFile(), root);
  }
}

package org.conferral.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir Path tmp;

  private static String run(List<Path> files, String format, int expectedCode) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code = EvaluateCommand.evaluate(files, format, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertEquals(expectedCode, code);
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingGoldFileIsBadInputWithMessage() {
    String out = run(List.of(tmp.resolve("x.jsonl")), "text", 2);
    assertTrue(out.contains("Cannot read --gold") && out.contains("no such file"), out);
  }

  @Test
  void unknownFormatIsBadInput() {
    assertTrue(run(List.of(tmp.resolve("x")), "xml", 2).contains("--format"));
  }

  @Test
  void jsonHasEveryMetricKey() throws Exception {
    Path f = tmp.resolve("g.jsonl");
    Files.writeString(f,
        "{\"id\":\"a\",\"text\":\"ORDER denying 12 Motion to Compel. Signed by Judge A on 1/2/2020.\","
            + "\"kind\":\"order\",\"motion_types\":[],\"rulings\":[{\"target\":\"12\",\"motion_type\":\"compel\","
            + "\"outcome\":\"denied\",\"conferral_ground\":false}]}\n"
            + "{\"id\":\"b\",\"text\":\"MOTION for Sanctions by Acme Corp.\",\"kind\":\"motion\","
            + "\"motion_types\":[\"sanctions\"],\"rulings\":[]}\n");
    JsonNode j = new ObjectMapper().readTree(run(List.of(f), "json", 0));
    for (String k : List.of("kind.motion", "kind.order", "motion_type.compel", "motion_type.sanctions",
        "motion_type.protective_order", "ruling", "conferral_ground")) {
      assertTrue(j.has(k) && j.get(k).has("f1") && j.get(k).has("support"), k);
    }
    assertEquals(1.0, j.get("ruling").get("f1").asDouble());
    assertEquals(1.0, j.get("outcome").get("accuracy").asDouble());
  }

  @Test
  void classifyFileWritesOneLabelledLinePerEntry() throws Exception {
    Path out = tmp.resolve("out.jsonl");
    Path in = SharedData.resolve("gold/dev-orders.jsonl");
    assertEquals(0, EvaluateCommand.classifyFile(in, out));
    assertEquals(Files.readAllLines(in).size(), Files.readAllLines(out).size());
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
    assertTrue(first.get("rulings").get(0).has("rules"));
  }

  @Test
  void explainsTheSeedOrder() throws Exception {
    String seed = Files.readString(SharedData.resolve("seed-order.txt"));
    String out = EvaluateCommand.explain(seed, seed);
    assertTrue(out.contains("kind: order"), out);
    assertTrue(out.contains("ruling on a sanctions motion (target 133): denied"), out);
    assertTrue(out.contains("conferral ground: yes"), out);
    assertTrue(out.contains("does not constitute"), out);
  }
}

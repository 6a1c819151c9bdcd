package org.conferral.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

class GoldFloorsTest {

  @Test
  void devGoldMeetsTheFloors() {
    List<Path> gold =
        List.of(
            SharedData.resolve("gold/dev-dockets.jsonl"),
            SharedData.resolve("gold/dev-entries.jsonl"),
            SharedData.resolve("gold/dev-orders.jsonl"));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    EvaluateCommand.evaluate(gold, "text", new PrintStream(buf, true, StandardCharsets.UTF_8));
    System.out.print(buf.toString(StandardCharsets.UTF_8));
    Evaluation e = EvaluateCommand.run(gold);
    assertAll(
        () -> assertTrue(e.score("kind.motion").f1() >= 0.97, "kind.motion f1"),
        () -> assertTrue(e.score("kind.order").f1() >= 0.97, "kind.order f1"),
        () -> assertTrue(e.score("motion_type.compel").f1() >= 0.95, "compel f1"),
        () -> assertTrue(e.score("motion_type.sanctions").f1() >= 0.95, "sanctions f1"),
        () -> assertTrue(e.score("motion_type.protective_order").f1() >= 0.95, "protective_order f1"),
        () -> assertTrue(e.score("ruling").f1() >= 0.93, "ruling f1"),
        () -> assertTrue(e.outcomeAccuracy() >= 0.95, "outcome accuracy"),
        () -> assertTrue(e.score("conferral_ground").f1() >= 0.90, "conferral_ground f1"));
  }
}

package org.conferral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conferral evaluate}: scores the classifier against labelled entries. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the classifier on hand-labelled entries (gold JSONL, ../shared/gold/LABELS.md):",
      "precision, recall, F1 and support for kind, motion types, rulings and conferral grounds,",
      "and outcome accuracy over matched rulings. Entries sharing a docket_key are read as one",
      "docket, in file order."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "FILE.jsonl",
      description = "Labelled entries; several files are scored together.")
  List<Path> gold;

  @Option(names = "--format", defaultValue = "text", paramLabel = "F",
      description = "text (a table) or json (one object; keys kind.motion, kind.order, motion_type.*,"
          + " ruling, conferral_ground, outcome).")
  String format;

  @Option(names = "--errors", description = "Also print every disagreement with the gold labels.")
  boolean errors;

  @Override
  public Integer call() {
    for (Path p : gold) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("Cannot read --gold " + p + ": no such file");
      }
    }
    return org.conferral.eval.EvaluateCommand.evaluate(gold, format, System.out, errors);
  }
}

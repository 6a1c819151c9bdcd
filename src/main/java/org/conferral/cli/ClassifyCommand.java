package org.conferral.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferral.eval.EvaluateCommand;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conferral classify}: the labels of one text, or of every entry of a gold-format file. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what the classifier reads in one docket text (kind, motion types, rulings with outcome",
      "and conferral ground, the rules that fired and the evidence spans), or labels every entry of",
      "a gold-format JSONL file so that it can be scored independently."
    })
final class ClassifyCommand implements Callable<Integer> {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--text", paramLabel = "TEXT", description = "A docket entry's text.")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "A file holding one docket text or order.")
    Path file;

    @Option(
        names = "--input",
        paramLabel = "FILE.jsonl",
        description = "Entries in the gold format (../shared/gold/LABELS.md); needs --output.")
    Path input;
  }

  @Option(
      names = "--document",
      paramLabel = "FILE",
      description = "The full text of the order, for --text or --file (as RECAP plain_text gives it).")
  Path document;

  @Option(names = "--output", paramLabel = "PRED.jsonl", description = "Where --input's labels go.")
  Path output;

  @Override
  public Integer call() {
    if (source.input != null) {
      if (output == null) {
        throw new IllegalArgumentException("classify --input needs --output PRED.jsonl");
      }
      return EvaluateCommand.classifyFile(source.input, output);
    }
    String text = source.text != null ? source.text : read(source.file, "--file");
    String doc = document == null ? null : read(document, "--document");
    System.out.print(EvaluateCommand.explain(text, doc));
    return ExitCodes.OK;
  }

  private static String read(Path p, String option) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Cannot read " + option + " " + p + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + option + " " + p + ": " + e.getMessage(), e);
    }
  }
}

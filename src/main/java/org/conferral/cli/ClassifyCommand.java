package org.conferral.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code conferral classify}: the labels of one text, or of every entry of a gold-format file. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Classify docket text.")
final class ClassifyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("classify: wired when the classifier lands");
  }
}

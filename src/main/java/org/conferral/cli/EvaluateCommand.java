package org.conferral.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code conferral evaluate}: scores the classifier against labelled entries. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score the classifier.")
final class EvaluateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("evaluate: wired when the classifier lands");
  }
}

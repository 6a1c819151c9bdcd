package org.conferral.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code conferral} command: {@code run}, {@code classify}, {@code evaluate}. */
@Command(
    name = "conferral",
    mixinStandardHelpOptions = true,
    version = "conferral 0.1.0",
    description = {
      "Finds discovery motions (to compel, for sanctions, for protective orders) in federal court",
      "docket exports, links the orders ruling on them, and measures how often they are denied",
      "because the movant did not meet and confer first.",
      ""
    },
    subcommands = {
      RunCommand.class,
      ClassifyCommand.class,
      EvaluateCommand.class,
      GenerateCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  jobs/conferral run --input data/sample --output out/sample",
      "  jobs/conferral classify --text \"ORDER denying 45 Motion to Compel for failure to confer.\"",
      "  jobs/conferral evaluate --gold ../shared/gold/dev-entries.jsonl",
      "  jobs/conferral generate --entries 1000000 --output /tmp/corpus",
      "",
      "Exit codes: 0 published (or nothing new to publish); 1 the job failed, the last published run",
      "is intact and a rerun completes the work; 2 bad options, configuration or input; 3 too many",
      "rejected records in a source (--max-reject-share), nothing published; 4 another run holds",
      "OUTPUT/.lock."
    })
public final class Conferral implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a command: run, classify or evaluate (see --help)");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Conferral());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String m = String.valueOf(e.getMessage());
          commandLine.getErr().println("conferral: " + m.lines().findFirst().orElse(m));
          if (System.getenv("CONFERRAL_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.of(e);
        });
    return cl.execute(args);
  }
}

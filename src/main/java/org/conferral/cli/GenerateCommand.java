package org.conferral.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferral.generate.Corpus;
import org.conferral.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conferral generate}: a synthetic docket corpus for benchmarks and cluster tests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic, realistic docket export (CourtListener API JSON lines of dockets and of",
      "docket entries with RECAP documents): many courts and years, mostly routine entries, discovery",
      "disputes with their orders, conferral denials in docket and order text, a few bad records.",
      "The same --seed gives the same bytes."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write.")
  Path output;

  @Option(names = "--entries", required = true, paramLabel = "N", description = "Docket entries to write.")
  long entries;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--entries-per-file",
      defaultValue = "" + CorpusGenerator.DEFAULT_ENTRIES_PER_FILE,
      paramLabel = "K",
      description = "Entries per file (default ${DEFAULT-VALUE}, about 60 MB).")
  int perFile;

  @Override
  public Integer call() throws IOException {
    if (entries < 1) {
      throw new IllegalArgumentException("--entries must be at least 1 (got " + entries + ")");
    }
    Corpus c =
        CorpusGenerator.generate(
            output, entries, seed, perFile, Runtime.getRuntime().availableProcessors());
    System.out.printf(
        "conferral: generated %,d entries in %,d dockets (%,d bad records), %d files, %,d bytes under %s%n",
        c.entries(), c.dockets(), c.badRecords(), c.files().size(), c.bytes(), c.dir());
    return ExitCodes.OK;
  }
}

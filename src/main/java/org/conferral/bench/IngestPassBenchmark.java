package org.conferral.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.conferral.classify.StreamLabels;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.FileIngest;
import org.conferral.ingest.IngestStage;
import org.conferral.ingest.Readers;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.io.InputFile;
import org.conferral.io.PartFile;

/**
 * Where the ingest pass spends its time, per entry, on one thread (not a test): the same files are
 * read three ways, in turn, round after round: {@code read} (readers only, records dropped), {@code
 * stage} (records written to their staged Parquet tables, as one ingest task does) and {@code label}
 * (staged and labelled, as a full run's task does). The differences give the cost of reading,
 * writing and labelling. Prints each way's median CPU time of the benchmark thread per entry over
 * the timed rounds (the first round warms up and is not counted).
 *
 * <p>Args: {@code FILE... [--rounds N]}, e.g. one entries file and one dockets file of a {@code
 * jobs/bench} corpus. Starts a local Spark session only to take the Parquet writer's settings.
 */
public final class IngestPassBenchmark {

  private IngestPassBenchmark() {}

  public static void main(String[] args) throws IOException {
    List<InputFile> files = new ArrayList<>();
    int rounds = 6;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        Path p = Path.of(args[i]).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
          throw new IllegalArgumentException("not a file: " + p + " (give input files to read)");
        }
        files.add(new InputFile(p.toString(), Files.size(p), 0));
      }
    }
    if (files.isEmpty() || rounds < 2) {
      throw new IllegalArgumentException("usage: IngestPassBenchmark FILE... [--rounds N>=2]");
    }
    Map<String, String> settings;
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("ingest-pass-benchmark")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    try {
      settings = PartFile.settings(spark);
    } finally {
      spark.stop();
    }
    long entries = countEntries(files);
    Path scratch = Files.createTempDirectory("ingest-pass-");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (String way : List.of("read", "stage", "label")) {
        Path dir = scratch.resolve(way + "-" + round);
        long start = cpu.getCurrentThreadCpuTime();
        switch (way) {
          case "read" -> countEntries(files);
          case "stage" -> IngestStage.readInThisThread(files, settings, dir.toString(), null);
          default ->
              IngestStage.readInThisThread(
                  files, settings, dir.toString(), StreamLabels.factory());
        }
        double s = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        deleteTree(dir);
        if (round > 0) {
          seconds.computeIfAbsent(way, k -> new ArrayList<>()).add(s);
        }
      }
    }
    deleteTree(scratch);
    double read = median(seconds.get("read"));
    double stage = median(seconds.get("stage"));
    double label = median(seconds.get("label"));
    System.out.printf(
        Locale.ROOT, "%,d entries in %d files; medians of %d rounds, CPU of one thread%n",
        entries, files.size(), rounds - 1);
    row("read", read, entries, label);
    row("write (stage - read)", stage - read, entries, label);
    row("label (label - stage)", label - stage, entries, label);
    row("whole pass (label)", label, entries, label);
    System.out.printf(Locale.ROOT, "pass: %,.0f entries per CPU-second%n", entries / label);
  }

  private static void row(String what, double s, long entries, double whole) {
    System.out.printf(
        Locale.ROOT, "%-22s %7.3f s %6.2f us/entry %5.1f%%%n",
        what, s, s * 1e6 / entries, 100 * s / whole);
  }

  /** Reads every file with the readers alone; returns the entries met. */
  private static long countEntries(List<InputFile> files) {
    long[] n = new long[1];
    RecordSink drop =
        new RecordSink() {
          @Override
          public void docket(DocketRecord d) {}

          @Override
          public void entry(EntryRecord e) {
            n[0]++;
          }

          @Override
          public void document(DocumentRecord d) {}

          @Override
          public void reject(RejectRecord r) {}
        };
    FileIngest ingest = new FileIngest(Readers.all(), Optional.empty());
    for (InputFile f : files) {
      try (InputStream in = Files.newInputStream(Path.of(f.path()))) {
        ingest.read(f.path(), f.size(), in, drop);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return n[0];
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}

package org.conferral.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.conferral.classify.DiscoveryKeywords;
import org.conferral.classify.EntryClassifier;

/**
 * Throughput harness (not a test): entries per second on one thread, for a realistic mix of real docket
 * texts (PACER docket entries from juriscraper's examples plus GovInfo docket texts: mostly not about
 * discovery) and for discovery-only gold entries. Prints median, min and max over timed rounds after
 * warm-up (wall clock, and per CPU-second of the benchmark thread, which other processes on a shared
 * machine disturb less), and the share of entries the keyword prefilter lets through.
 *
 * <p>Args: {@code GOLD_DIR [REALDATA_DIR]} (defaults ../shared/gold and ../shared/realdata).
 */
public final class ClassifierBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARMUP_ROUNDS = 5;
  private static final int TIMED_ROUNDS = 9;
  /** Each timed round classifies whole passes over its set for at least this long. */
  private static final long ROUND_NANOS = 700_000_000L;
  /**
   * Before any set is timed, every text is classified over and over for this long (CPU time of the
   * benchmark thread), so that the JIT has compiled the rules' code paths; without it the first set
   * timed (the realistic mix) read about 10% slow on a loaded 2-core machine.
   */
  private static final long GLOBAL_WARMUP_CPU_NANOS = 10_000_000_000L;

  private ClassifierBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args.length > 0 ? args[0] : "../shared/gold");
    Path real = args.length > 1 ? Path.of(args[1]) : gold.resolveSibling("realdata");
    List<String> mix = new ArrayList<>();
    int pacer = pacerDescriptions(real.resolve("juriscraper/tests/examples/pacer"), mix);
    int govinfo = govinfoTexts(real.resolve("govinfo-uscourts/docket_texts.even.jsonl.gz"), mix);
    List<String> discovery = new ArrayList<>();
    for (String f : List.of("dev-dockets.jsonl", "dev-entries.jsonl", "dev-orders.jsonl")) {
      for (GoldEntry e : GoldFiles.read(gold.resolve(f))) {
        boolean motion = "motion".equals(e.kind()) && !e.motionTypes().isEmpty();
        boolean order = "order".equals(e.kind()) && !e.rulings().isEmpty();
        if (motion || order) {
          discovery.add(e.text());
        }
      }
    }
    EntryClassifier c = new EntryClassifier();
    System.out.printf(
        "one thread; %d s CPU of warm-up over all sets, then per set %d warm-up + %d timed rounds of"
            + " >= %d ms; %d available processors%n",
        GLOBAL_WARMUP_CPU_NANOS / 1_000_000_000L, WARMUP_ROUNDS, TIMED_ROUNDS,
        ROUND_NANOS / 1_000_000, Runtime.getRuntime().availableProcessors());
    warmUp(c, mix, discovery);
    report("realistic mix: PACER + GovInfo", c, mix);
    report("  PACER docket entries only", c, mix.subList(0, pacer));
    report("  GovInfo docket texts only", c, mix.subList(pacer, pacer + govinfo));
    report("discovery-only: gold motions and rulings", c, discovery);
  }

  /** Adds every non-empty docket entry description of the juriscraper PACER examples. */
  public static int pacerDescriptions(Path dir, List<String> out) throws IOException {
    int before = out.size();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode root;
      try {
        root = JSON.readTree(f.toFile());
      } catch (IOException e) {
        continue; // an example that is not JSON is not a docket
      }
      for (JsonNode entry : root.path("docket_entries")) {
        String d = entry.path("description").asText("");
        if (!d.isBlank()) {
          out.add(d);
        }
      }
    }
    return out.size() - before;
  }

  /** Adds the docketText of every GovInfo record that has one. */
  public static int govinfoTexts(Path file, List<String> out) throws IOException {
    int before = out.size();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String t = JSON.readTree(line).path("docketText").asText("");
        if (!t.isBlank()) {
          out.add(t);
        }
      }
    }
    return out.size() - before;
  }

  private static void warmUp(EntryClassifier c, List<String> mix, List<String> discovery) {
    String[] all = Stream.concat(mix.stream(), discovery.stream()).toArray(String[]::new);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long until = cpu.getCurrentThreadCpuTime() + GLOBAL_WARMUP_CPU_NANOS;
    long sink = 0;
    while (cpu.getCurrentThreadCpuTime() < until) {
      sink += round(c, all, 1);
    }
    if (sink == 42) {
      System.out.print(""); // keeps the work observable
    }
  }

  private static void report(String name, EntryClassifier c, List<String> entries) {
    String[] texts = entries.toArray(String[]::new);
    DiscoveryKeywords keywords = new DiscoveryKeywords();
    int passing = 0;
    long chars = 0;
    for (String t : texts) {
      passing += keywords.mentionsDiscovery(t) ? 1 : 0;
      chars += t.length();
    }
    long sink = 0;
    int passes = 1;
    for (int w = 0; w < WARMUP_ROUNDS; w++) {
      long t0 = System.nanoTime();
      sink += round(c, texts, passes);
      long took = System.nanoTime() - t0;
      passes = (int) Math.max(1, Math.ceil((double) passes * ROUND_NANOS / Math.max(1, took)));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] rates = new double[TIMED_ROUNDS];
    double[] cpuRates = new double[TIMED_ROUNDS];
    for (int r = 0; r < rates.length; r++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink += round(c, texts, passes);
      double n = (double) passes * texts.length;
      rates[r] = n / ((System.nanoTime() - t0) / 1e9);
      cpuRates[r] = n / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    System.out.printf(
        "%-42s wall median %,9.0f/s (min %,.0f, max %,.0f); per CPU-second median %,9.0f/s"
            + " (min %,.0f, max %,.0f); %d texts, mean %d chars, %.1f%% pass the prefilter [%d]%n",
        name, rates[rates.length / 2], rates[0], rates[rates.length - 1],
        cpuRates[rates.length / 2], cpuRates[0], cpuRates[rates.length - 1], texts.length,
        chars / Math.max(1, texts.length), 100.0 * passing / Math.max(1, texts.length), sink % 10);
  }

  private static long round(EntryClassifier c, String[] texts, int passes) {
    long s = 0;
    for (int p = 0; p < passes; p++) {
      for (String t : texts) {
        s += c.classify(t, null).rulings().size();
      }
    }
    return s;
  }
}

package org.conferral.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferral.generate.Corpus;
import org.conferral.generate.CorpusGenerator;

/**
 * {@code jobs/bench}: generates (or reuses) a corpus of N entries for a seed under
 * {@code target/bench-data/}, then times, each in its own process and one after the other, conferral
 * end to end ({@code jobs/conferral run}), the single-threaded plain-Java read ({@link LimitRead}) and
 * DuckDB ({@link DuckDbPeer}); prints entries/s, MB/s and peak RSS for each and writes them as JSON.
 */
public final class Bench {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Bench() {}

  /** One timed process: wall seconds, peak RSS (KB, from GNU time) and what it printed. */
  record Timed(double seconds, long maxRssKb, String stdout, int exit) {}

  public static void main(String[] args) throws Exception {
    long entries = 1_000_000;
    long seed = 1;
    Path out = null;
    Path root = Path.of(".").toAbsolutePath().normalize();
    String skip = "";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--entries" -> entries = parseCount(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        case "--skip" -> skip = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: jobs/bench --entries N [--seed S] [--out FILE.json] [--skip conferral,limit,duckdb]");
      }
    }
    Path data = root.resolve("target/bench-data/" + entries + "-" + seed);
    Corpus corpus = corpus(data, entries, seed);
    double mb = corpus.bytes() / 1e6;
    System.out.printf(Locale.ROOT, "input: %,d entries, %,d dockets, %d files, %.1f MB in %s%n",
        corpus.entries(), corpus.dockets(), corpus.files().size(), mb, data);
    String cp = System.getProperty("java.class.path");
    ObjectNode result = JSON.createObjectNode();
    result.put("entries", corpus.entries());
    result.put("dockets", corpus.dockets());
    result.put("input_files", corpus.files().size());
    result.put("input_bytes", corpus.bytes());
    result.put("cores", Runtime.getRuntime().availableProcessors());

    if (!skip.contains("conferral")) {
      Path runOut = root.resolve("target/bench-out/conferral-" + entries);
      deleteTree(runOut);
      Timed t = time(List.of(root.resolve("jobs/conferral").toString(), "run", "--input",
          data.toString(), "--output", runOut.toString()), root);
      ObjectNode c = figures(result, "conferral", t, corpus.entries(), mb);
      JsonNode manifest = readManifest(runOut);
      if (manifest != null) {
        c.set("stage_seconds", manifest.get("stage_seconds"));
        JsonNode tables = manifest.get("tables");
        if (tables != null && tables.has("entries")) {
          c.put("entries_written", tables.get("entries").get("rows").asLong());
        }
      }
      result.put("conferral_entries_per_s", c.get("entries_per_s").asDouble());
    }
    if (!skip.contains("limit")) {
      Timed t = time(List.of(java(), "-cp", cp, LimitRead.class.getName(), data.toString()), root);
      ObjectNode l = figures(result, "limit", t, corpus.entries(), mb);
      JsonNode inner = JSON.readTree(lastLine(t.stdout()));
      double parse = inner.get("seconds").asDouble();
      l.put("parse_seconds", parse);
      result.put("limit_entries_per_s_per_core", round(corpus.entries() / parse));
    }
    if (!skip.contains("duckdb")) {
      Path duckOut = root.resolve("target/bench-out/duckdb-" + entries);
      deleteTree(duckOut);
      Timed t = time(List.of(java(), "-cp", cp, DuckDbPeer.class.getName(), data.toString(),
          duckOut.toString()), root);
      ObjectNode d = figures(result, "duckdb", t, corpus.entries(), mb);
      JsonNode inner = JSON.readTree(lastLine(t.stdout()));
      d.put("query_seconds", inner.get("seconds").asDouble());
      result.put("duckdb_entries_per_s", d.get("entries_per_s").asDouble());
    }
    if (result.has("conferral_entries_per_s") && result.has("duckdb_entries_per_s")) {
      result.put("conferral_over_duckdb",
          round3(result.get("conferral_entries_per_s").asDouble() / result.get("duckdb_entries_per_s").asDouble()));
    }
    if (result.has("conferral_entries_per_s") && result.has("limit_entries_per_s_per_core")) {
      result.put("conferral_over_limit_per_core",
          round3(result.get("conferral_entries_per_s").asDouble()
              / result.get("limit_entries_per_s_per_core").asDouble()));
    }
    String text = JSON.writeValueAsString(result);
    System.out.println(text);
    if (out != null) {
      Files.writeString(out, text + "\n");
    }
  }

  private static ObjectNode figures(ObjectNode result, String name, Timed t, long entries, double mb) {
    ObjectNode n = result.putObject(name);
    n.put("exit", t.exit());
    n.put("wall_seconds", round3(t.seconds()));
    n.put("entries_per_s", round(entries / t.seconds()));
    n.put("mb_per_s", round3(mb / t.seconds()));
    n.put("peak_rss_mb", round(t.maxRssKb() / 1024.0));
    System.out.printf(Locale.ROOT, "%-10s %8.1f s  %,10.0f entries/s  %7.1f MB/s  peak RSS %,6.0f MB%s%n",
        name, t.seconds(), entries / t.seconds(), mb / t.seconds(), t.maxRssKb() / 1024.0,
        t.exit() == 0 ? "" : "  (exit " + t.exit() + ")");
    if (t.exit() != 0) {
      System.out.println(tail(t.stdout(), 20));
    }
    return n;
  }

  /** Reuses {@code dir} when a previous run finished it (its {@code corpus.done} marker). */
  static Corpus corpus(Path dir, long entries, long seed) throws IOException {
    Path done = dir.resolve("corpus.done");
    if (Files.exists(done)) {
      String[] f = Files.readString(done).trim().split(" ");
      List<Path> files = new ArrayList<>();
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
      return new Corpus(dir, files, Long.parseLong(f[0]), entries, Long.parseLong(f[1]), Long.parseLong(f[2]));
    }
    deleteTree(dir);
    long t0 = System.nanoTime();
    Corpus c = CorpusGenerator.generate(dir, entries, seed);
    System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Files.writeString(done, c.dockets() + " " + c.badRecords() + " " + c.bytes() + "\n");
    return c;
  }

  /** Runs {@code command} under GNU time for its peak RSS; output is kept in memory (bounded). */
  static Timed time(List<String> command, Path dir) throws IOException, InterruptedException {
    Path report = Files.createTempFile("bench-time", ".txt");
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", report.toString()));
    full.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true);
    Path log = Files.createTempFile("bench-out", ".txt");
    pb.redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.HOURS)) {
      p.destroyForcibly();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    String[] f = Files.readString(report).trim().split("\\s+");
    long rss = Long.parseLong(f[f.length - 1]);
    String stdout = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(report);
    Files.deleteIfExists(log);
    return new Timed(wall, rss, stdout, p.exitValue());
  }

  private static JsonNode readManifest(Path runOut) throws IOException {
    Path m = runOut.resolve("manifest.json");
    return Files.exists(m) ? JSON.readTree(m.toFile()) : null;
  }

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static String tail(String s, int n) {
    String[] lines = s.strip().split("\n");
    return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - n), lines.length));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static long parseCount(String s) {
    String t = s.trim().toUpperCase(Locale.ROOT);
    long mult = t.endsWith("M") ? 1_000_000 : t.endsWith("K") ? 1_000 : 1;
    return Long.parseLong(mult == 1 ? t : t.substring(0, t.length() - 1)) * mult;
  }

  private static long round(double d) {
    return Math.round(d);
  }

  private static double round3(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}

package org.conferral.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.config.RunConfig;
import org.conferral.io.PublishedRun;
import org.conferral.io.RunLock;
import org.conferral.io.TableWriter;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly runs end to end: a run killed (kill -9) during ingest, classification and publishing
 * leaves the last published state intact, and the next run publishes tables identical to an
 * uninterrupted run; a second night with one new file reads only that file; {@code --full} gives
 * the same tables. The killed runs are child JVMs running {@code org.conferral.cli.Conferral run},
 * paused at a named stage by the {@code -Dconferral.test.pauseAt} test hook so the kill lands
 * there; the other runs share this JVM's Spark session.
 */
class NightlyRunsIT {
  @TempDir Path tmp;

  @Test
  void killedRunsLeaveThePublishedStateAndTheNextRunCompletesIt() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = tmp.resolve("in");
    copyTree(Paths.get("data/sample"), in);
    Files.createDirectories(in.resolve("nightly"));
    Files.writeString(in.resolve("nightly/0001.jsonl"), night1(), StandardCharsets.UTF_8);
    writeBadInputs(in.resolve("bad"));
    Path ref = tmp.resolve("ref");
    Path out = tmp.resolve("out");

    // An uninterrupted run, the reference.
    ConferralJob.Result reference = run(spark, in, ref, false);
    assertTrue(reference.published());
    assertEveryRecordAccountedFor(spark, reference.manifest(), ref);
    assertEquals(
        1,
        table(spark, ref, Tables.ENTRIES).stream()
            .filter(r -> "govinfo:USCOURTS-ksd-2_23-cv-02211-0".equals(r.getAs("entry_uid")))
            .count(),
        "a duplicate entry is kept once");

    // Rejects above the allowed share of a source fail the run (exit code 3) and publish nothing.
    Path strict = tmp.resolve("strict");
    ConferralJob.RejectShareExceeded tooMany =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConferralJob.RejectShareExceeded.class,
            () ->
                ConferralJob.run(
                    spark,
                    new RunConfig(
                        List.of(in.toString()), strict.toString(), Optional.empty(), 10, 0.0),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    assertTrue(tooMany.getMessage().contains("above --max-reject-share"), tooMany.getMessage());
    assertFalse(Files.exists(strict.resolve("manifest.json")));
    assertFalse(Files.exists(strict.resolve(RunLock.FILE)), "a failed run releases its lock");

    // Killed during ingest, then during classification: nothing is published, the lock is left.
    killedAt("ingest", in, out);
    assertFalse(Files.exists(out.resolve("manifest.json")), "nothing may be published");
    assertTrue(Files.exists(out.resolve(RunLock.FILE)), "a killed run leaves its lock");
    String classifyLog = String.join("\n", killedAt("classify", in, out));
    assertTrue(classifyLog.contains("took over the stale lock"), classifyLog);
    assertFalse(Files.exists(out.resolve("manifest.json")), "nothing may be published");

    // The next run completes the work: the same tables as the uninterrupted run.
    ConferralJob.Result first = run(spark, in, out, false);
    assertTrue(first.published());
    assertSameTables(spark, ref, out);
    assertFalse(Files.exists(out.resolve(RunLock.FILE)), "a finished run releases its lock");

    // Nothing new: the published state stays as it is.
    ConferralJob.Result again = run(spark, in, out, false);
    assertFalse(again.published());
    assertEquals(first.runId(), again.runId());

    // The next night brings one new file (with a corrected entry); a run killed while publishing
    // leaves the previous run published.
    Files.writeString(in.resolve("nightly/0002.jsonl"), night2(), StandardCharsets.UTF_8);
    killedAt("publish", in, out);
    assertEquals(first.runId(), PublishedRun.of(out.toString(), hadoop(spark)).get().runId());
    assertSameTables(spark, ref, out);

    ConferralJob.Result second = run(spark, in, out, false);
    assertTrue(second.published());
    List<?> inputs = (List<?>) second.manifest().get("inputs");
    assertEquals(1, inputs.size(), "only the new file is read: " + inputs);
    assertTrue(inputs.get(0).toString().contains("0002.jsonl"), inputs.toString());
    assertEquals("incremental", second.manifest().get("mode"));
    List<Row> corrected =
        table(spark, out, Tables.ENTRIES).stream()
            .filter(r -> "govinfo:USCOURTS-wawd-2_22-cv-00937-0".equals(r.getAs("entry_uid")))
            .toList();
    assertEquals(1, corrected.size(), "one row per entry uid");
    assertTrue(
        corrected.get(0).<String>getAs("text").startsWith("CORRECTED"),
        "the corrected entry replaces the old one");

    // --full from scratch gives the same tables as the incremental runs.
    Path full = tmp.resolve("full");
    ConferralJob.Result rebuilt = run(spark, in, full, true);
    assertEquals("full", rebuilt.manifest().get("mode"));
    assertSameTables(spark, full, out);
    assertNotEquals(
        table(spark, ref, Tables.ENTRIES).size(), table(spark, out, Tables.ENTRIES).size());

    // Retention: the killed runs' folders are gone; the published ones are kept.
    Set<String> runs = new TreeSet<>();
    try (Stream<Path> s = Files.list(out.resolve("runs"))) {
      s.forEach(p -> runs.add(p.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(List.of(first.runId(), second.runId())), runs);

    // Input content (a docket number "../../etc") never decides where output goes.
    Set<String> top = new TreeSet<>();
    try (Stream<Path> s = Files.list(tmp)) {
      s.forEach(p -> top.add(p.getFileName().toString()));
    }
    assertEquals(Set.of("in", "ref", "out", "full", "strict"), top);
    try (Stream<Path> s = Files.walk(out)) {
      assertTrue(s.noneMatch(p -> p.toString().contains("etc")), "no path made from content");
    }
    assertTrue(
        table(spark, out, Tables.DOCKETS).stream()
            .anyMatch(r -> "../../etc".equals(r.getAs("docket_number"))),
        "the docket is read as data");
  }

  /** Broken files beside the good ones: each is read in part or rejected, none stops the run. */
  private static void writeBadInputs(Path bad) throws IOException {
    Files.createDirectories(bad);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append(
          line(
              "wawd",
              "2:22-cv-0" + (3000 + i % 40),
              "USCOURTS-trunc-" + i,
              "2023-01-05",
              "MINUTE ORDER setting a status conference number "
                  + i
                  + " for the parties to report."));
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(many.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gz.toByteArray();
    Files.write(
        bad.resolve("truncated.jsonl.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    Files.write(bad.resolve("empty.json"), new byte[0]);
    Files.writeString(bad.resolve("notes.txt"), "Clerk's notes, not an export\n");
    Files.writeString(
        bad.resolve("broken.jsonl"),
        line("wawd", "2:22-cv-04000", "USCOURTS-broken-0", "2023-01-05", "ORDER one.")
            + "{\"courtCode\": \"wawd\", \"caseNumber\": \n"
            + line("wawd", "2:22-cv-04000", "USCOURTS-broken-2", "2023-01-06", "ORDER two."));
  }

  @SuppressWarnings("unchecked")
  private static void assertEveryRecordAccountedFor(
      SparkSession spark, Map<String, Object> manifest, Path output) {
    Map<String, Object> sources = (Map<String, Object>) manifest.get("sources");
    for (Map.Entry<String, Object> s : sources.entrySet()) {
      Map<String, Object> t = (Map<String, Object>) s.getValue();
      long read = ((Number) t.get("records_read")).longValue();
      long ingested = ((Number) t.get("ingested")).longValue();
      long rejected = ((Number) t.get("rejected")).longValue();
      assertEquals(read, ingested + rejected, s.getKey() + ": read != ingested + rejected");
    }
    Set<String> rejectedFiles = new TreeSet<>();
    table(spark, output, Tables.REJECTS)
        .forEach(
            r ->
                rejectedFiles.add(
                    Paths.get(r.<String>getAs("source_file")).getFileName().toString()));
    assertTrue(
        rejectedFiles.containsAll(
            Set.of("truncated.jsonl.gz", "empty.json", "notes.txt", "broken.jsonl")),
        rejectedFiles.toString());
  }

  private static ConferralJob.Result run(SparkSession spark, Path in, Path out, boolean full) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunConfig config =
        new RunConfig(List.of(in.toString()), out.toString(), Optional.empty(), 10, 0.5, full, 3);
    return ConferralJob.run(spark, config, new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  /**
   * Runs the job in a child JVM paused at {@code stage}, kills it (SIGKILL); returns its output.
   */
  private static List<String> killedAt(String stage, Path in, Path out) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-")
          || a.startsWith("-XX:+IgnoreUnrecognized")
          || a.startsWith("-Djdk.")
          || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Dlog4j2.configurationFile=classpath:conferral-log4j2.properties");
    cmd.add("-Dconferral.test.pauseAt=" + stage);
    cmd.addAll(
        List.of("-cp", System.getProperty("java.class.path"), "org.conferral.cli.Conferral"));
    cmd.addAll(List.of("run", "--input", in.toString(), "--output", out.toString()));
    cmd.addAll(List.of("--master", "local[2]"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<Boolean> paused =
        CompletableFuture.supplyAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  synchronized (lines) {
                    lines.add(line);
                  }
                  if (line.equals("conferral: paused at " + stage)) {
                    return true;
                  }
                }
                return false;
              } catch (IOException e) {
                return false;
              }
            });
    boolean reached;
    try {
      reached = paused.get(10, TimeUnit.MINUTES);
    } finally {
      p.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
      p.waitFor();
    }
    synchronized (lines) {
      assertTrue(reached, "the child never paused at " + stage + ":\n" + String.join("\n", lines));
      return new ArrayList<>(lines);
    }
  }

  private static void assertSameTables(SparkSession spark, Path expected, Path actual) {
    for (Table t : Tables.ALL) {
      assertEquals(table(spark, expected, t), table(spark, actual, t), "table " + t.name());
    }
  }

  /** The published table's rows as sorted strings. */
  private static List<Row> table(SparkSession spark, Path output, Table t) {
    PublishedRun run = PublishedRun.of(output.toString(), hadoop(spark)).orElseThrow();
    List<Row> rows =
        new ArrayList<>(TableWriter.read(spark, t, run.tablePath(t.name())).collectAsList());
    rows.sort(java.util.Comparator.comparing(Row::toString));
    return rows;
  }

  private static org.apache.hadoop.conf.Configuration hadoop(SparkSession spark) {
    return spark.sparkContext().hadoopConfiguration();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path dst = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(p, dst);
        }
      }
    }
  }

  private static String line(String court, String number, String id, String date, String text) {
    return String.format(
        "{\"courtCode\": \"%s\", \"courtType\": \"District\", \"caseNumber\": \"%s\","
            + " \"caseType\": \"civil\", \"accessId\": \"%s\", \"dateIssued\": \"%s\","
            + " \"docketText\": \"%s\"}%n",
        court, number, id, date, text);
  }

  private static String night1() {
    return line(
            "ksd",
            "2:23-cv-02211",
            "USCOURTS-ksd-2_23-cv-02211-0",
            "2024-01-09",
            "MOTION to Compel Discovery Responses by Plaintiff Orla Bramwell.")
        + line(
            "ksd",
            "2:23-cv-02211",
            "USCOURTS-ksd-2_23-cv-02211-1",
            "2024-02-13",
            "ORDER denying 31 Motion to Compel. Plaintiff did not confer as D. Kan. Rule 37.2"
                + " requires. Signed by Magistrate Judge Pell Awbrey.")
        + line("ksd", "../../etc", "USCOURTS-ksd-etc-0", "2024-03-01", "NOTICE of appearance.")
        + line(
            "ksd",
            "2:23-cv-02211",
            "USCOURTS-ksd-2_23-cv-02211-0",
            "2024-01-09",
            "MOTION to Compel Discovery Responses by Plaintiff Orla Bramwell.");
  }

  private static String night2() {
    return line(
            "wawd",
            "2:22-cv-00937",
            "USCOURTS-wawd-2_22-cv-00937-0",
            "2023-05-16",
            "CORRECTED ORDER denying Defendant's 41 Motion for Protective Order for failure to"
                + " meet and confer. Signed by Judge Teodora M. Halvorsen.")
        + line(
            "ksd",
            "2:23-cv-02211",
            "USCOURTS-ksd-2_23-cv-02211-2",
            "2024-03-20",
            "Renewed MOTION to Compel by Plaintiff Orla Bramwell, with certificate of conferral.");
  }
}

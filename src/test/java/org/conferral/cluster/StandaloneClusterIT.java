package org.conferral.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.conferral.config.RunConfig;
import org.conferral.generate.CorpusGenerator;
import org.conferral.jobs.ConferralJob;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster jar under {@code spark-submit} against a real standalone cluster (a master and two
 * workers, separate processes on loopback) writes the same tables as the job in local mode.
 */
class StandaloneClusterIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void clusterRunGivesTheTablesOfALocalRun() throws Exception {
    Path input = tmp.resolve("input");
    CorpusGenerator.generate(input, 4_000, 11, 1_000, 1);
    Path jar = shadedJar();

    Path clusterOut = tmp.resolve("cluster-out");
    try (StandaloneCluster cluster = new StandaloneCluster(tmp.resolve("cluster"), 2)) {
      List<String> submit = new ArrayList<>(List.of(
          "org.apache.spark.deploy.SparkSubmit",
          "--master", cluster.masterUrl(),
          "--deploy-mode", "client",
          "--class", "org.conferral.cli.Conferral",
          "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.driver.bindAddress=127.0.0.1",
          "--conf", "spark.executor.memory=512m",
          "--conf", "spark.cores.max=2",
          "--conf", "spark.ui.enabled=false",
          "--conf", "spark.jars=" + jar,
          jar.toString(),
          "run", "--input", input.toString(), "--output", clusterOut.toString()));
      Process driver = cluster.start("submit", submit);
      boolean finished = driver.waitFor(6, TimeUnit.MINUTES);
      if (!finished) {
        driver.destroyForcibly();
      }
      assertTrue(finished, "spark-submit still running after 6 minutes:\n" + cluster.tail("submit"));
      assertEquals(0, driver.exitValue(), "spark-submit failed:\n" + cluster.tail("submit"));
      assertTrue(hasExecutorLogs(tmp.resolve("cluster/logs/work")), "executors ran on the workers");
    }

    Path localOut = tmp.resolve("local-out");
    SparkSession spark = SparkTestSession.get();
    ConferralJob.run(
        spark,
        new RunConfig(List.of(input.toString()), localOut.toString(), Optional.empty(),
            RunConfig.DEFAULT_MIN_CELL, RunConfig.DEFAULT_MAX_REJECT_SHARE),
        new PrintStream(new ByteArrayOutputStream()));

    JsonNode cluster = JSON.readTree(clusterOut.resolve("manifest.json").toFile());
    JsonNode local = JSON.readTree(localOut.resolve("manifest.json").toFile());
    assertEquals(local.get("sources"), cluster.get("sources"));
    int compared = 0;
    int withRows = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = local.get("tables").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> t = it.next();
      JsonNode other = cluster.get("tables").get(t.getKey());
      assertEquals(t.getValue().get("rows"), other.get("rows"), t.getKey() + " rows");
      compared++;
      if (t.getValue().get("rows").asLong() == 0) {
        continue; // an empty table has no data files to read (the placeholder classifier finds no motions)
      }
      withRows++;
      Dataset<Row> a = comparable(spark.read().parquet(t.getValue().get("path").asText()));
      Dataset<Row> b = comparable(spark.read().parquet(other.get("path").asText()));
      assertEquals(0, a.exceptAll(b).count(), t.getKey() + ": local rows missing from the cluster run");
      assertEquals(0, b.exceptAll(a).count(), t.getKey() + ": cluster rows missing from the local run");
    }
    assertTrue(compared >= 9, "tables compared: " + compared);
    assertTrue(withRows >= 4, "non-empty tables compared: " + withRows);
    assertTrue(local.get("tables").get("entries").get("rows").asLong() > 3_900);
  }

  /** Columns in name order; map columns (not comparable in Spark set operations) as sorted JSON. */
  private static Dataset<Row> comparable(Dataset<Row> frame) {
    List<Column> cols = new ArrayList<>();
    StructField[] fields = frame.schema().fields().clone();
    java.util.Arrays.sort(fields, java.util.Comparator.comparing(StructField::name));
    for (StructField f : fields) {
      Column c = frame.col(f.name());
      cols.add(f.dataType() instanceof MapType
          ? org.apache.spark.sql.functions.to_json(org.apache.spark.sql.functions.map_entries(c)).as(f.name())
          : c);
    }
    return frame.select(cols.toArray(Column[]::new));
  }

  private static boolean hasExecutorLogs(Path work) throws IOException {
    if (!Files.isDirectory(work)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(work)) {
      return s.anyMatch(p -> p.getFileName().toString().equals("stderr"));
    }
  }

  private static Path shadedJar() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("target"))) {
      return s.filter(p -> p.getFileName().toString().matches("conferral-.*-spark\\.jar"))
          .findFirst()
          .map(Path::toAbsolutePath)
          .orElseThrow(() -> new IllegalStateException("run mvn package first: no target/conferral-*-spark.jar"));
    }
  }
}

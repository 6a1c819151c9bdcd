package org.conferral.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.config.RunConfig;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the bundled sample ({@code data/sample}): what the README's run command produces. */
class SampleRunIT {

  @TempDir static Path out;
  static JsonNode manifest;
  static String log;

  @BeforeAll
  static void runOnTheSample() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConferralJob.run(
        SparkTestSession.get(),
        new RunConfig(List.of("data/sample"), out.toString(), Optional.empty(), 10, 0.5),
        new PrintStream(bytes, true));
    log = bytes.toString();
    manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
  }

  private static Dataset<Row> table(Table t) {
    return SparkSession.active().read().schema(t.schema())
        .parquet(manifest.path("tables").path(t.name()).path("path").asText());
  }

  @Test
  void everyTableIsPublishedWithItsRowCount() {
    for (Table t : Tables.ALL) {
      JsonNode entry = manifest.path("tables").path(t.name());
      assertTrue(entry.has("path"), "manifest lacks table " + t.name());
      assertEquals(entry.path("rows").asLong(), table(t).count(), t.name() + " row count");
    }
    for (String nonEmpty : List.of("dockets", "entries", "documents", "rejects", "entry_labels",
        "motions", "rulings", "motion_outcomes", "conferral_rates")) {
      assertTrue(manifest.path("tables").path(nonEmpty).path("rows").asLong() > 0, nonEmpty + " is empty");
    }
  }

  @Test
  void everySampleFormatIsReadAndEveryRecordAccountedFor() {
    Set<String> formats = new TreeSet<>();
    manifest.path("sources").fieldNames().forEachRemaining(formats::add);
    assertEquals(
        new TreeSet<>(List.of("cl-api", "cl-bulk-clusters", "cl-bulk-dockets", "cl-bulk-opinions",
            "fjc-idb", "govinfo-jsonl", "govinfo-mods", "juriscraper", "recap-xml", "scales")),
        formats);
    manifest.path("sources").fields().forEachRemaining(e -> {
      JsonNode s = e.getValue();
      assertEquals(s.path("records_read").asLong(),
          s.path("ingested").asLong() + s.path("rejected").asLong(), e.getKey());
      assertEquals(0, s.path("lost").asLong(), e.getKey() + " lost records");
    });
    // each hand-made sample carries deliberately bad records, and they land in rejects with a reason
    long[] reported = {0};
    manifest.path("sources").forEach(s -> reported[0] += s.path("rejected").asLong());
    assertTrue(reported[0] >= 6, "the sample's bad records should be rejected, got " + reported[0]);
    assertEquals(reported[0], table(Tables.REJECTS).filter(col("reason").isNotNull()).count());
    assertTrue(log.contains("conferral: ingest"), log);
  }

  @Test
  void conferralDenialsAreFoundWithTheirEvidence() {
    Dataset<Row> denials = table(Tables.RULINGS).filter(col("conferral_ground"));
    assertTrue(denials.count() >= 4, "conferral denials found: " + denials.count());
    assertEquals(0, denials.filter(col("evidence_text").isNull()).count(), "every denial has evidence");
    Row all = table(Tables.CONFERRAL_RATES).filter(col("dimension").equalTo("all")).first();
    assertTrue(all.<Long>getAs("n_denied_conferral") >= 8, "sample conferral denials: " + all);
    // the sample's hand-written conferral denials, one per format that carries them: docket text
    // (Juriscraper, RECAP XML, SCALES, GovInfo), RECAP plain_text and CourtListener opinion bodies
    Set<String> denied = new TreeSet<>();
    table(Tables.MOTION_OUTCOMES).filter(col("denied_conferral"))
        .join(table(Tables.DOCKETS).select("docket_uid", "docket_number"), "docket_uid")
        .select("court_id", "docket_number").collectAsList()
        .forEach(r -> denied.add(r.getString(0) + " " + r.getString(1)));
    for (String expected : List.of("cod 1:21-cv-01452", "ksd 2:23-cv-02917", "nysd 1:22-cv-05120",
        "txsd 2:24-cv-00962", "wawd 2:22-cv-00937", "ksd 2:21-cv-02187", "ksd 2:24-cv-02117",
        "nysd 1:24-cv-03381")) {
      assertTrue(denied.contains(expected), expected + " not among the conferral denials " + denied);
    }
    assertTrue(all.<Double>getAs("rate_lower") <= all.<Double>getAs("rate")
        && all.<Double>getAs("rate") <= all.<Double>getAs("rate_upper"));
  }

  @Test
  void theSummaryGivesTheTopLineRate() throws IOException {
    Path summary = Path.of(manifest.path("reports").path("summary_md").asText().replaceFirst("^file:", ""));
    String md = Files.readString(summary);
    assertTrue(md.contains("Conferral-denial rate"), md);
    assertTrue(md.contains("| juriscraper |"), md);
  }
}

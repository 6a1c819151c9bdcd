package org.conferral.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.classify.ClassifyStage;
import org.conferral.config.RunConfig;
import org.conferral.io.PublishedRun;
import org.conferral.io.TableWriter;
import org.conferral.schema.Table;
import org.conferral.schema.Tables;
import org.conferral.testing.SparkTestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest pass labels each docket a task reads whole (and those labels equal {@link ClassifyStage}'s
 * over the run's tables); a docket whose entries two tasks read (here:
 * a motion in one export file, the order denying it in another) is relabelled over the whole input,
 * so the run's labels equal {@link ClassifyStage} over the run's tables, and the order still links to
 * the motion filed in the other file.
 */
class OnePassLabelsIT {
  @TempDir Path tmp;

  @Test
  void aDocketSplitAcrossTasksIsRelabelledTogether() throws Exception {
    // CourtListener docket entries: the order in b.jsonl types "45 Motion" from the motion in a.jsonl
    List<Row> rulings =
        runTwoFiles(
            "split",
            entry(1, 1, 45, "2024-03-04",
                    "MOTION to Compel Production of Documents by Defendant Lumen Carriers Inc.")
                + entry(2, 2, 1, "2024-03-05", "COMPLAINT against Corbel Dairy LLC."),
            entry(3, 1, 52, "2024-04-09",
                    "ORDER denying 45 Motion. Defendant did not confer in good faith before filing, as"
                        + " D. Kan. Rule 37.2 requires. Signed by Magistrate Judge Iva Brandt.")
                + entry(4, 3, 1, "2024-04-10", "NOTICE of Appearance by Rhea Tolland."),
            "1 dockets relabelled together");
    assertEquals(1, rulings.size(), rulings.toString());
    assertEquals("denied", rulings.get(0).getAs("outcome"));
    assertEquals(true, rulings.get(0).getAs("conferral_ground"));
    assertEquals("compel", rulings.get(0).getAs("motion_type"), "typed from the other file's motion");
    assertEquals("cited_entry", rulings.get(0).getAs("link_method"), rulings.toString());
  }

  @Test
  void docketsReadWholeByOneTaskKeepTheLabelsOfTheIngestPass() throws Exception {
    List<Row> rulings =
        runTwoFiles(
            "whole",
            entry(1, 1, 45, "2024-03-04", "MOTION for Sanctions by Plaintiff Ines Marlow.")
                + entry(2, 1, 50, "2024-04-01",
                    "ORDER denying 45 Motion. A single letter is not a reasonable effort to confer."),
            entry(3, 2, 1, "2024-03-05", "COMPLAINT against Corbel Dairy LLC.")
                + entry(4, 2, 9, "2024-05-05", "MOTION for Protective Order by Corbel Dairy LLC."),
            "every docket labelled in the ingest pass");
    assertEquals(1, rulings.size(), rulings.toString());
    assertEquals("sanctions", rulings.get(0).getAs("motion_type"));
    assertEquals(true, rulings.get(0).getAs("conferral_ground"), rulings.toString());
  }

  /**
   * Runs the job on two input files (two tasks), checks that the classify stage says {@code note}
   * and that the run's labels equal {@link ClassifyStage} over its tables; returns the rulings.
   */
  private List<Row> runTwoFiles(String name, String a, String b, String note) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path in = tmp.resolve(name);
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.jsonl"), a, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.jsonl"), b, StandardCharsets.UTF_8);
    Path out = tmp.resolve(name + "-out");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ConferralJob.run(
        spark,
        new RunConfig(List.of(in.toString()), out.toString(), Optional.empty(), 1, 0.5),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    String printed = log.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains(note), printed);
    PublishedRun run =
        PublishedRun.of(out.toString(), spark.sparkContext().hadoopConfiguration()).orElseThrow();
    assertEquals(
        sorted(
            TableWriter.conform(
                ClassifyStage.apply(
                    read(spark, run, Tables.ENTRIES), read(spark, run, Tables.DOCUMENTS)),
                Tables.ENTRY_LABELS)),
        sorted(read(spark, run, Tables.ENTRY_LABELS)));
    return read(spark, run, Tables.RULINGS).collectAsList();
  }

  private static Dataset<Row> read(SparkSession spark, PublishedRun run, Table t) {
    return TableWriter.conform(TableWriter.read(spark, t, run.tablePath(t.name())), t);
  }

  private static List<String> sorted(Dataset<Row> frame) {
    List<String> rows = new ArrayList<>();
    frame.collectAsList().forEach(r -> rows.add(r.toString()));
    rows.sort(Comparator.naturalOrder());
    return rows;
  }

  private static String entry(int id, int docket, int number, String date, String text) {
    String api = "https://www.courtlistener.com/api/rest/v4/";
    return String.format(
        "{\"resource_uri\":\"%sdocket-entries/%d/\",\"id\":%d,\"docket\":\"%sdockets/%d/\","
            + "\"date_filed\":\"%s\",\"entry_number\":%d,\"description\":\"%s\","
            + "\"recap_documents\":[]}%n",
        api, id, id, api, docket, date, number, text);
  }
}

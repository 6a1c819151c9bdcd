package org.conferral.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.conferral.io.RunOutput;

/**
 * Writes a run's report under {@code report/}: {@code summary.md}, {@code summary.html}, {@code
 * rates.csv}, {@code rates.json}, and the extracts {@code motion_outcomes.csv} and {@code
 * conferral_denials.csv}, streamed row by row from Spark ({@code toLocalIterator}) so no table is
 * held on the driver.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /**
   * The two row-level extracts, written first: their paths by manifest key, and the first rows of
   * {@code conferral_denials.csv}, which the summaries show as their evidence sample.
   */
  public record Extracts(Map<String, Object> paths, List<Row> denialsHead) {}

  /** Writes {@code motion_outcomes.csv} and {@code conferral_denials.csv}. */
  public static Extracts extracts(RunOutput output, Configuration conf, ReportStage.Tables tables) {
    Map<String, Object> paths = new LinkedHashMap<>();
    List<Row> head = new ArrayList<>();
    paths.put(
        "motion_outcomes_csv",
        extract(output, conf, "report/motion_outcomes.csv",
            tables.motionOutcomes().orderBy("court_id", "motion_uid"), null, 0));
    paths.put(
        "conferral_denials_csv",
        extract(output, conf, "report/conferral_denials.csv", ReportStage.conferralDenials(tables),
            head, ReportStage.EVIDENCE_SAMPLE));
    return new Extracts(paths, head);
  }

  /** Writes the summaries and rate exports; returns every report file's path by manifest key. */
  public static Map<String, Object> write(RunOutput output, ReportData data, Extracts extracts) {
    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put("summary_md", output.writeText("report/summary.md", SummaryReport.markdown(data)));
    paths.put(
        "summary_html",
        output.writeText("report/summary.html", HtmlReport.render(data, ChartLibrary.echarts())));
    paths.put("rates_csv", output.writeText("report/rates.csv", RatesExport.csv(data)));
    paths.put("rates_json", output.writeText("report/rates.json", RatesExport.json(data)));
    paths.putAll(extracts.paths());
    return paths;
  }

  /**
   * Streams a frame of scalar columns into one CSV file through {@link SafeCsv}; keeps its first
   * {@code keep} rows in {@code head} (when not null).
   */
  static String extract(
      RunOutput output,
      Configuration conf,
      String name,
      Dataset<Row> frame,
      List<Row> head,
      int keep) {
    Path p = new Path(output.runPath(name));
    String[] header = frame.columns();
    try (Writer w =
            new OutputStreamWriter(p.getFileSystem(conf).create(p, true), StandardCharsets.UTF_8);
        SafeCsv csv = new SafeCsv(w, header)) {
      Iterator<Row> rows = frame.toLocalIterator();
      Object[] cells = new Object[header.length];
      while (rows.hasNext()) {
        Row r = rows.next();
        if (head != null && head.size() < keep) {
          head.add(r);
        }
        for (int i = 0; i < cells.length; i++) {
          Object v = r.get(i);
          cells[i] = v instanceof java.util.Date || v instanceof java.time.temporal.Temporal
              ? v.toString() : v;
        }
        csv.row(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + p + ": " + e.getMessage(), e);
    }
    return p.toString();
  }
}

package org.conferral.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The peer a user might pick instead of conferral: DuckDB, in process, reading the same JSON lines,
 * classifying entries with the same kind of rules written in SQL the way a competent DuckDB user would
 * (a cheap keyword filter first, regular expressions only on rows that pass it), joining dockets, and
 * writing the entries, the labels and per-court-year conferral-denial counts as zstd Parquet.
 */
public final class DuckDbPeer {
  private DuckDbPeer() {}

  /** Labels and rows written; entries read. */
  public record Counts(long entries, long labelled, long discovery) {}

  /** A keyword any discovery motion or ruling on one contains (after lower-casing). */
  static final String KEYWORDS =
      "(contains(lt, 'compel') OR contains(lt, 'sanction') OR contains(lt, 'protective order')"
          + " OR contains(lt, 'confer'))";

  static String sql(Path in, Path out) {
    String entries = in.resolve("entries-*.jsonl").toString();
    String dockets = in.resolve("dockets-*.jsonl").toString();
    return String.join(
        "\n",
        "CREATE TEMP TABLE e AS SELECT id, CAST(regexp_extract(docket, '/(\\d+)/?$', 1) AS BIGINT)"
            + " AS docket_id, date_filed, entry_number, description AS text,"
            + " lower(coalesce(description, '')) AS lt,"
            + " lower(coalesce(recap_documents[1].plain_text, '')) AS dt",
        "FROM read_json('" + entries + "', format='newline_delimited', ignore_errors=true,"
            + " columns={id: 'BIGINT', docket: 'VARCHAR', date_filed: 'DATE', entry_number: 'BIGINT',"
            + " description: 'VARCHAR', recap_documents:"
            + " 'STRUCT(id BIGINT, document_type INTEGER, description VARCHAR, plain_text VARCHAR)[]'})",
        "WHERE docket IS NOT NULL;",
        "CREATE TEMP TABLE d AS SELECT * FROM read_json('" + dockets + "', format='newline_delimited',"
            + " ignore_errors=true, columns={id: 'BIGINT', court_id: 'VARCHAR', docket_number: 'VARCHAR',"
            + " case_name: 'VARCHAR', date_filed: 'DATE', assigned_to_str: 'VARCHAR',"
            + " referred_to_str: 'VARCHAR', nature_of_suit: 'VARCHAR'});",
        "CREATE TEMP TABLE k AS SELECT *, " + KEYWORDS + " AS kw FROM e;",
        "CREATE TEMP TABLE labels AS SELECT id, docket_id,",
        " CASE WHEN NOT kw THEN 'other'",
        "  WHEN regexp_matches(lt, '^\\s*(text\\s+)?order\\b|^\\s*minute (entry|order)|"
            + "^\\s*memorandum (and|&) order|^\\s*opinion and order') THEN 'order'",
        "  WHEN regexp_matches(lt, '^\\s*(\\w+''s\\s+|emergency\\s+|opposed\\s+|joint\\s+)?motion\\b')"
            + " THEN 'motion' ELSE 'other' END AS kind,",
        " CASE WHEN NOT kw THEN NULL",
        "  WHEN regexp_matches(lt, 'motion\\s+(to|for an order)\\s+compel') THEN 'compel'",
        "  WHEN regexp_matches(lt, 'motion\\s+for\\s+(rule\\s+37\\s+)?sanctions') THEN 'sanctions'",
        "  WHEN regexp_matches(lt, 'motion\\s+for\\s+(a\\s+)?protective\\s+order') THEN 'protective_order'",
        "  END AS motion_type,",
        " CASE WHEN NOT kw THEN NULL",
        "  WHEN regexp_matches(lt, 'granting in part and denying in part|granted in part') THEN 'granted_in_part'",
        "  WHEN regexp_matches(lt, 'denying without prejudice|denied without prejudice') THEN 'denied_without_prejudice'",
        "  WHEN regexp_matches(lt, '\\bmoot\\b') THEN 'moot'",
        "  WHEN regexp_matches(lt, '\\bstrik(e|ing)\\b|\\bstricken\\b') THEN 'stricken'",
        "  WHEN regexp_matches(lt, '\\bdeny(ing)?\\b|\\bdenied\\b|\\bdenies\\b') THEN 'denied'",
        "  WHEN regexp_matches(lt, '\\bgrant(ing|ed|s)?\\b') THEN 'granted'",
        "  END AS outcome,",
        " kw AND (regexp_matches(lt, 'meet[- ]and[- ]confer|(did not|failed to|failure to) (meet and )?confer"
            + "|conferred or attempted to confer|certification required by .{0,30}37\\(a\\)\\(1\\)')"
            + " OR (dt <> '' AND regexp_matches(dt, 'did not meet and confer|not a good[- ]faith attempt"
            + " to confer|failure to (meet and )?confer'))) AS conferral_denial,",
        " regexp_extract_all(lt, '(?:granting|denying|moot|striking|on|re:?)\\s+(\\d+)\\s+(?:[a-z'']+\\s+)?motion', 1)"
            + " AS cited_entries",
        "FROM k;",
        "COPY (SELECT e.id, e.docket_id, e.date_filed, e.entry_number, e.text, d.court_id"
            + " FROM e LEFT JOIN d ON d.id = e.docket_id) TO '" + out.resolve("entries.parquet")
            + "' (FORMAT parquet, COMPRESSION zstd);",
        "COPY labels TO '" + out.resolve("entry_labels.parquet") + "' (FORMAT parquet, COMPRESSION zstd);",
        "COPY (SELECT d.court_id, year(e.date_filed) AS year,"
            + " count(*) FILTER (WHERE l.kind = 'order') AS rulings,"
            + " count(*) FILTER (WHERE l.conferral_denial AND l.kind = 'order') AS conferral_denials"
            + " FROM labels l JOIN e ON e.id = l.id JOIN d ON d.id = l.docket_id"
            + " WHERE l.motion_type IS NOT NULL OR l.kind = 'order' GROUP BY ALL) TO '"
            + out.resolve("conferral_rates.parquet") + "' (FORMAT parquet, COMPRESSION zstd);");
  }

  public static Counts run(Path in, Path out, int threads) throws SQLException, java.io.IOException {
    Files.createDirectories(out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET preserve_insertion_order = false");
      for (String stmt : sql(in, out).split(";\n")) {
        if (!stmt.isBlank()) {
          s.execute(stmt);
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT (SELECT count(*) FROM e), (SELECT count(*) FROM labels),"
                  + " (SELECT count(*) FROM labels WHERE kind <> 'other' OR motion_type IS NOT NULL)")) {
        r.next();
        return new Counts(r.getLong(1), r.getLong(2), r.getLong(3));
      }
    }
  }

  /** {@code DuckDbPeer IN_DIR OUT_DIR [THREADS]}: prints one JSON object with entries and seconds. */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    Counts c = run(Path.of(args[0]), Path.of(args[1]), threads);
    double s = (System.nanoTime() - t0) / 1e9;
    long bytes = 0;
    for (Path f : LimitRead.files(Path.of(args[0]))) {
      bytes += Files.size(f);
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"entries\":%d,\"discovery\":%d,\"bytes\":%d,\"seconds\":%.3f,\"vm_hwm_kb\":%d}%n",
        c.entries(), c.discovery(), bytes, s, PeakMemory.selfKb());
  }
}

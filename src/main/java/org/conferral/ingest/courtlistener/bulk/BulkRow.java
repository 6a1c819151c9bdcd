package org.conferral.ingest.courtlistener.bulk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conferral.ingest.common.IsoDates;

/**
 * One row of a CourtListener bulk file, read by column name. A column the snapshot lacks reads as
 * null, as does SQL NULL; {@link #text} also turns blank strings into null.
 */
public final class BulkRow {

  private final Map<String, Integer> columns;
  private final List<String> values;
  private final long line;
  private final String raw;

  BulkRow(Map<String, Integer> columns, List<String> values, long line, String raw) {
    this.columns = columns;
    this.values = values;
    this.line = line;
    this.raw = raw;
  }

  /** The value as written, null for SQL NULL or an absent column. */
  public String value(String column) {
    Integer i = columns.get(column);
    return i == null ? null : values.get(i);
  }

  /** The trimmed value, or null when NULL, absent or blank. */
  public String text(String column) {
    String v = value(column);
    if (v == null) {
      return null;
    }
    String t = v.strip();
    return t.isEmpty() ? null : t;
  }

  /** A {@code YYYY-MM-DD} date, or null when missing or unparseable. */
  public LocalDate date(String column) {
    return IsoDates.leading(text(column));
  }

  /** A PostgreSQL boolean ({@code t}/{@code f}), or null when missing or anything else. */
  public Boolean bool(String column) {
    String v = text(column);
    if ("t".equals(v)) {
      return Boolean.TRUE;
    }
    if ("f".equals(v)) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** The first physical line of the row in its file (1-based; the header is line 1). */
  public long line() {
    return line;
  }

  /** The row's raw text. */
  public String raw() {
    return raw;
  }
}

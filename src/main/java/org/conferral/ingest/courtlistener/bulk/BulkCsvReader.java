package org.conferral.ingest.courtlistener.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.FileHead;

/**
 * Reads one table of CourtListener's bulk CSV export (PostgreSQL {@code COPY} dialect, either quote
 * character) and hands each well-formed row to {@link #emit}. Rows with a broken quote or the wrong
 * number of columns, and rows {@link #emit} refuses, go to the rejects with their first line.
 * Columns are found by header name, so snapshots that add columns read unchanged.
 */
public abstract class BulkCsvReader implements SourceReader {

  /** The {@code source} value of records read from CourtListener bulk files. */
  public static final String SOURCE = "cl_bulk";

  private final String table;
  private final Set<String> signature;
  private final Pattern fileName;

  /**
   * @param table the file-name stem of the table ({@code "dockets"}, {@code "opinion-clusters"})
   * @param signature header columns that together identify the table; chosen among the first
   *     ~500 characters of the header so that a short head suffices
   */
  protected BulkCsvReader(String table, Set<String> signature) {
    this.table = table;
    this.signature = signature;
    this.fileName =
        Pattern.compile(
            "^" + Pattern.quote(table) + "-\\d{4}-\\d{2}-\\d{2}\\.csv(\\.gz|\\.bz2)?$",
            Pattern.CASE_INSENSITIVE);
  }

  /**
   * Sends one row to the sink.
   *
   * @return null when the row was emitted, else the reason it is rejected (then nothing was sent)
   */
  protected abstract String emit(BulkRow row, String sourceFile, RecordSink sink);

  /** The {@code source} given to rejects. */
  protected String source() {
    return SOURCE;
  }

  /**
   * True when the header names this table's signature columns, or, when no content is given, when the
   * name is {@code <table>-YYYY-MM-DD.csv}. A header of another table overrules the name.
   */
  @Override
  public boolean sniff(String fileName, String head) {
    if (head != null && !head.isBlank()) {
      return headerMatches(firstLine(head));
    }
    return fileName != null && this.fileName.matcher(baseName(fileName)).matches();
  }

  private boolean headerMatches(String header) {
    if (header.indexOf(',') < 0) {
      return false;
    }
    Set<String> names = new java.util.HashSet<>();
    for (String part : header.split(",", -1)) {
      names.add(unquote(part.strip()).toLowerCase(Locale.ROOT));
    }
    return names.contains("id") && names.containsAll(signature);
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String header = readLine(reader);
    if (header == null) {
      return 0;
    }
    header = FileHead.withoutBom(header);
    reader.mark(1);
    int firstDataChar = reader.read();
    reader.reset();
    CopyCsvDialect dialect =
        new CopyCsvDialect(CopyCsvDialect.detectQuote(header, firstDataChar, sourceFile));
    List<String> names = headerNames(dialect, header);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      columns.putIfAbsent(names.get(i), i);
    }
    CopyRecordSplitter splitter =
        new CopyRecordSplitter(reader, dialect.quote(), CopyCsvDialect.ESCAPE, 2);
    long met = 0;
    CopyRecordSplitter.RawRecord rec;
    while ((rec = splitter.next()) != null) {
      if (rec.text().isBlank() && !rec.unterminatedQuote()) {
        continue; // a blank line is not a record
      }
      met++;
      String reason = handle(dialect, columns, names.size(), rec, sourceFile, sink);
      if (reason != null) {
        sink.reject(RejectRecord.of(source(), sourceFile, rec.line(), rec.text(), reason));
      }
    }
    return met;
  }

  private String handle(
      CopyCsvDialect dialect,
      Map<String, Integer> columns,
      int width,
      CopyRecordSplitter.RawRecord rec,
      String sourceFile,
      RecordSink sink) {
    if (rec.unterminatedQuote()) {
      return "unterminated quoted value starting in the record at line "
          + rec.line()
          + " (quote "
          + dialect.quote()
          + ")";
    }
    List<String> values;
    try {
      values = dialect.parse(rec.text());
    } catch (IOException | RuntimeException e) {
      return "malformed CSV record at line " + rec.line() + ": " + e.getMessage();
    }
    if (values.size() != width) {
      return "expected "
          + width
          + " columns as in the header, found "
          + values.size()
          + " at line "
          + rec.line();
    }
    return emit(new BulkRow(columns, values, rec.line(), rec.text()), sourceFile, sink);
  }

  private static List<String> headerNames(CopyCsvDialect dialect, String header)
      throws IOException {
    List<String> raw;
    try {
      raw = dialect.parse(header);
    } catch (RuntimeException e) {
      throw new IOException("Cannot read the header line: " + e.getMessage(), e);
    }
    List<String> names = new java.util.ArrayList<>();
    for (String n : raw) {
      names.add(n == null ? "" : n.strip().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static String readLine(BufferedReader reader) throws IOException {
    String line = reader.readLine();
    return line == null ? null : line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  static String firstLine(String head) {
    int n = head.indexOf('\n');
    String line = n < 0 ? head : head.substring(0, n);
    line = FileHead.withoutBom(line);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '`')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  static String baseName(String fileName) {
    String n = fileName.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** The file-name stem of the table this reader reads. */
  public String table() {
    return table;
  }
}

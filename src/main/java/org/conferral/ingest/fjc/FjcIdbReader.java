package org.conferral.ingest.fjc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.FileHead;

/**
 * Reads the FJC Integrated Database civil file (tab-separated, header line, windows-1252, CRLF line
 * ends): one {@link DocketRecord} per case row with source {@code fjc_idb}. Court is the
 * CourtListener id of DISTRICT ({@link FjcDistricts}); the number is {@code OFFICE:YY-cv-NNNNN} from
 * OFFICE and DOCKET; covariates: NOS (code), JURIS (as words), TITL:SECTION as cause, FILEDATE,
 * TERMDATE, and PLT/DEF with the PROSE flags as parties. {@code -8} and {@code 01/01/1900} are
 * missing. Required: a known DISTRICT and a DOCKET; rows without them, or with the wrong number of
 * fields, are rejected. Uid: {@code idb:<court>;<number>;<ORIGIN>;<FILEDATE>}, since a docket number
 * recurs when a case is reopened or remanded.
 */
public final class FjcIdbReader implements SourceReader {

  /** The {@code source} of IDB dockets. */
  public static final String SOURCE = "fjc_idb";

  private static final Charset CHARSET = Charset.forName("windows-1252");
  private static final Set<String> SIGNATURE = Set.of("CIRCUIT", "DISTRICT", "OFFICE", "DOCKET");
  private static final Pattern NAME =
      Pattern.compile(
          "(?i)^(cv\\d{2}(on|to\\d{2})?|civil|fjc[-_]?idb.*|idb[-_]?civil.*)\\.(txt|tsv)$");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
  private static final DateTimeFormatter SAS_DATE =
      new java.time.format.DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("ddMMMuuuu")
          .toFormatter(Locale.ROOT);
  private static final CSVFormat LINE =
      CSVFormat.Builder.create(CSVFormat.DEFAULT)
          .setDelimiter('\t')
          .setQuote('"')
          .setIgnoreEmptyLines(false)
          .get();

  public FjcIdbReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.FJC_IDB;
  }

  /**
   * True when the first line is tab-separated and names CIRCUIT, DISTRICT, OFFICE and DOCKET; with no
   * content, when the name looks like an IDB civil file ({@code cv88on.txt}, {@code fjc-idb*.tsv}).
   */
  @Override
  public boolean sniff(String fileName, String head) {
    if (head != null && !head.isBlank()) {
      int n = head.indexOf('\n');
      String line = (n < 0 ? head : head.substring(0, n)).strip();
      line = FileHead.withoutBom(line);
      if (line.indexOf('\t') < 0) {
        return false;
      }
      Set<String> names = new java.util.HashSet<>();
      for (String part : line.split("\t", -1)) {
        names.add(part.strip().replace("\"", "").toUpperCase(Locale.ROOT));
      }
      return names.containsAll(SIGNATURE);
    }
    if (fileName == null) {
      return false;
    }
    String base = fileName.replace('\\', '/');
    return NAME.matcher(base.substring(base.lastIndexOf('/') + 1)).matches();
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, CHARSET), 1 << 16);
    LineSplitter lines = new LineSplitter(reader);
    String header = lines.next();
    if (header == null) {
      return 0;
    }
    header = FileHead.withoutBom(header);
    String[] names = header.split("\t", -1);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      columns.putIfAbsent(names[i].strip().replace("\"", "").toUpperCase(Locale.ROOT), i);
    }
    long met = 0;
    long lineNo = 1;
    String line;
    while ((line = lines.next()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      met++;
      String reason = emit(line, lineNo, names.length, columns, sourceFile, sink);
      if (reason != null) {
        sink.reject(RejectRecord.of(SOURCE, sourceFile, lineNo, line, reason));
      }
    }
    return met;
  }

  private static String emit(
      String line,
      long lineNo,
      int width,
      Map<String, Integer> columns,
      String sourceFile,
      RecordSink sink) {
    List<String> values;
    try {
      values = fields(line);
    } catch (IOException | RuntimeException e) {
      return "malformed tab-separated row at line " + lineNo + ": " + e.getMessage();
    }
    if (values.size() != width) {
      return "expected "
          + width
          + " tab-separated fields as in the header, found "
          + values.size()
          + " at line "
          + lineNo;
    }
    Row row = new Row(columns, values);
    String district = row.get("DISTRICT");
    String court = FjcDistricts.courtId(district);
    if (court == null) {
      return district == null
          ? "row without DISTRICT at line " + lineNo
          : "unknown FJC district code '" + district + "' at line " + lineNo;
    }
    String number = IdbDocketNumber.of(row.get("OFFICE"), row.get("DOCKET"));
    if (number == null) {
      return "row without a usable DOCKET ('" + row.get("DOCKET") + "') at line " + lineNo;
    }
    String key = DocketKeys.of(court, number);
    LocalDate filed = date(row.get("FILEDATE"));
    String plaintiff = row.get("PLT");
    String defendant = row.get("DEF");
    String proSe = row.get("PROSE");
    String uid =
        "idb:"
            + key
            + ";"
            + (row.get("ORIGIN") == null ? "" : row.get("ORIGIN"))
            + ";"
            + (filed == null ? "" : filed.toString());
    sink.docket(
        new DocketRecord(
            uid,
            key,
            SOURCE,
            sourceFile,
            court,
            number,
            IdbCodebook.caseName(plaintiff, defendant),
            row.get("NOS"),
            IdbCodebook.cause(row.get("TITL", "TITLE"), row.get("SECTION")),
            IdbCodebook.jurisdiction(row.get("JURIS")),
            filed,
            date(row.get("TERMDATE")),
            null,
            null,
            IdbCodebook.parties(plaintiff, defendant, proSe)));
    return null;
  }

  private static List<String> fields(String line) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(line), LINE)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalStateException("expected one row, found " + records.size());
      }
      return new ArrayList<>(records.get(0).toList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** An IDB date (MM/DD/YYYY, YYYY-MM-DD or SAS 05JAN2016), null when missing or unparseable. */
  static LocalDate date(String value) {
    if (value == null) {
      return null;
    }
    for (DateTimeFormatter f :
        new DateTimeFormatter[] {US_DATE, DateTimeFormatter.ISO_LOCAL_DATE, SAS_DATE}) {
      try {
        LocalDate d = LocalDate.parse(value, f);
        return d.getYear() <= 1900 ? null : d;
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return null;
  }

  /** Field access by column name with the IDB's missing-value codes turned into null. */
  private record Row(Map<String, Integer> columns, List<String> values) {
    String get(String... names) {
      for (String name : names) {
        Integer i = columns.get(name);
        if (i != null) {
          String v = values.get(i);
          if (v == null) {
            continue;
          }
          v = v.strip();
          if (!v.isEmpty() && !v.equals("-8") && !v.equals("01/01/1900")) {
            return v;
          }
        }
      }
      return null;
    }
  }

  /**
   * Lines ended by CRLF when the file uses CRLF (a bare LF is then part of a value, as in FJC's own
   * files), else by LF.
   */
  private static final class LineSplitter {
    private final BufferedReader in;
    private Boolean crlf;

    LineSplitter(BufferedReader in) {
      this.in = in;
    }

    String next() throws IOException {
      StringBuilder sb = new StringBuilder();
      int c;
      boolean any = false;
      while ((c = in.read()) != -1) {
        any = true;
        if (c == '\n') {
          boolean cr = sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r';
          if (crlf == null) {
            crlf = cr;
          }
          if (cr) {
            sb.setLength(sb.length() - 1);
            return sb.toString();
          }
          if (!crlf) {
            return sb.toString();
          }
          sb.append(' ');
        } else {
          sb.append((char) c);
        }
      }
      if (!any) {
        return null;
      }
      int n = sb.length();
      return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }
  }
}

package org.conferral.ingest.courtlistener.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV dialect of CourtListener's bulk files: PostgreSQL {@code COPY} with {@code FORCE_QUOTE *}
 * and {@code ESCAPE '\'}. Every non-NULL value is quoted, an unquoted empty field is SQL NULL (read as
 * null) and {@code ""} is the empty string. The quote is {@code "} since 2025-01-23 and a backtick
 * before.
 */
final class CopyCsvDialect {

  static final char ESCAPE = '\\';
  static final char DOUBLE_QUOTE = '"';
  static final char BACKTICK = '`';

  /** Snapshots dated before this used the backtick as quote character. */
  static final LocalDate BACKTICK_UNTIL = LocalDate.of(2025, 1, 23);

  private static final Pattern NAME_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private final char quote;
  private final CSVFormat format;

  CopyCsvDialect(char quote) {
    this.quote = quote;
    // ALL_NON_NULL quote mode with no null string makes Commons CSV return null for an unquoted empty
    // field and "" for a quoted one: exactly PostgreSQL's NULL versus empty string.
    this.format =
        CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(',')
            .setQuote(quote)
            .setEscape(ESCAPE)
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString(null)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();
  }

  char quote() {
    return quote;
  }

  /**
   * The quote character of a file: the first character of its header or of its first data line when
   * that is a quote; else the snapshot date in its name; else {@code "}.
   */
  static char detectQuote(String headerLine, int firstDataChar, String fileName) {
    if (!headerLine.isEmpty() && isQuote(headerLine.charAt(0))) {
      return headerLine.charAt(0);
    }
    if (firstDataChar != -1 && isQuote((char) firstDataChar)) {
      return (char) firstDataChar;
    }
    if (fileName != null) {
      Matcher m = NAME_DATE.matcher(fileName);
      if (m.find()) {
        try {
          return LocalDate.parse(m.group(1)).isBefore(BACKTICK_UNTIL) ? BACKTICK : DOUBLE_QUOTE;
        } catch (RuntimeException e) {
          return DOUBLE_QUOTE;
        }
      }
    }
    return DOUBLE_QUOTE;
  }

  private static boolean isQuote(char c) {
    return c == DOUBLE_QUOTE || c == BACKTICK;
  }

  /**
   * The values of one logical record (null = SQL NULL).
   *
   * @throws IOException with Commons CSV's message when the record is malformed
   * @throws IllegalStateException when the text holds more than one record
   */
  List<String> parse(String record) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(record), format)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalStateException("expected one record, found " + records.size());
      }
      return records.get(0).toList();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

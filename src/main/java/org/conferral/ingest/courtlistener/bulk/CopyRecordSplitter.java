package org.conferral.ingest.courtlistener.bulk;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text written by PostgreSQL {@code COPY ... (FORMAT csv, ESCAPE '\')} into logical records:
 * a record ends at a line break outside quotes, so quoted values may span lines. Inside quotes the
 * escape character protects the next character. Records keep their raw text and first line number.
 */
final class CopyRecordSplitter {

  /** One logical record: raw text without its line break, first physical line, and quote state. */
  record RawRecord(String text, long line, boolean unterminatedQuote) {}

  private final Reader in;
  private final char quote;
  private final char escape;
  private long line;

  /**
   * @param firstLine the physical line number of the first character {@code in} will deliver
   */
  CopyRecordSplitter(Reader in, char quote, char escape, long firstLine) {
    this.in = in;
    this.quote = quote;
    this.escape = escape;
    this.line = firstLine;
  }

  /** The next record, or null at end of input. */
  RawRecord next() throws IOException {
    StringBuilder sb = new StringBuilder();
    long start = line;
    boolean inQuote = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      char ch = (char) c;
      if (inQuote) {
        sb.append(ch);
        if (ch == '\n') {
          line++;
        }
        if (ch == escape && escape != quote) {
          int d = in.read();
          if (d == -1) {
            break;
          }
          sb.append((char) d);
          if (d == '\n') {
            line++;
          }
        } else if (ch == quote) {
          inQuote = false;
        }
      } else if (ch == '\n') {
        line++;
        return new RawRecord(stripCr(sb), start, false);
      } else {
        if (ch == quote) {
          inQuote = true;
        }
        sb.append(ch);
      }
    }
    return any ? new RawRecord(stripCr(sb), start, inQuote) : null;
  }

  private static String stripCr(StringBuilder sb) {
    int n = sb.length();
    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
  }
}

package org.conferral.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An RFC 4180 CSV writer for published extracts: text cells pass through {@link Text#csvCell} so a
 * spreadsheet never runs docket text as a formula; numbers and booleans are written as they are.
 */
public final class SafeCsv implements Closeable {
  private final CSVPrinter printer;

  public SafeCsv(Writer out, String... header) throws IOException {
    this.printer =
        CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get().print(out);
  }

  /** Writes one record; null is an empty cell. */
  public void row(Object... cells) throws IOException {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] instanceof CharSequence s ? Text.csvCell(s.toString()) : cells[i];
    }
    printer.printRecord(safe);
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}

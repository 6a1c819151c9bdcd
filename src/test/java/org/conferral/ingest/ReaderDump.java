package org.conferral.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every sink call a reader makes over some files, one line each, so that two versions of a
 * reader can be compared with {@code cmp}. Usage: {@code ReaderDump READER_CLASS OUT FILE...}.
 */
public final class ReaderDump {

  private ReaderDump() {}

  public static void main(String[] args) throws Exception {
    SourceReader reader =
        (SourceReader) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (int i = 2; i < args.length; i++) {
        Path f = Path.of(args[i]);
        out.write("FILE " + f.getFileName() + "\n");
        RecordSink sink = new Lines(out);
        try (InputStream in = Files.newInputStream(f)) {
          out.write("RETURN " + reader.read(in, f.getFileName().toString(), sink) + "\n");
        } catch (IOException | RuntimeException e) {
          out.write("THROWS " + line(e.toString()) + "\n");
        }
      }
    }
  }

  /** {@code s} on one line of printable ASCII: backslash and every other character escaped. */
  private static String line(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** One escaped line per call. */
  private record Lines(BufferedWriter out) implements RecordSink {
    private void write(String kind, Object r) {
      try {
        out.write(kind + " " + line(String.valueOf(r)) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void docket(DocketRecord docket) {
      write("D", docket);
    }

    @Override
    public void entry(EntryRecord entry) {
      write("E", entry);
    }

    @Override
    public void document(DocumentRecord document) {
      write("P", document);
    }

    @Override
    public void reject(RejectRecord reject) {
      write("R", reject);
    }
  }
}

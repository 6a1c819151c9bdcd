package org.conferral.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.conferral.io.Compression;

/**
 * Reads one input file end to end in plain Java: checksums the raw bytes, decompresses, detects the
 * format (unless forced), runs its reader, and accounts for every record. Never throws for bad
 * content: an unknown format, a broken stream or a reader's failure become rejects with their
 * reason. Dates outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE} (a year 0001 or 9999
 * placeholder, a typo) are read as unknown (null), as unparseable optional fields are; the record
 * itself is kept.
 */
public final class FileIngest {
  /** How much decompressed content format detection looks at. */
  static final int HEAD_BYTES = 64 * 1024;

  public static final String UNKNOWN_SOURCE = "unknown";

  /** The first federal courts sat in 1789; no docket date before that is real. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1789, 1, 1);

  /** A fixed bound (not today's date), so that a rerun years later reads a file the same way. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  private final Readers readers;
  private final SourceFormat forced;

  public FileIngest(Readers readers, Optional<SourceFormat> forced) {
    this.readers = readers;
    this.forced = forced.orElse(null);
  }

  /** Reads {@code raw} (the file's bytes as stored) into {@code sink}. */
  public FileSummary read(String path, long size, InputStream raw, RecordSink sink) {
    MessageDigest sha = sha256();
    CountingSink counting = new CountingSink(new PlausibleDates(sink));
    String format = null;
    long read = 0;
    String error = null;
    try (InputStream digesting = new DigestInputStream(raw, sha);
        InputStream in = new BufferedInputStream(Compression.decompress(digesting), 1 << 16)) {
      String name = Compression.baseName(path);
      in.mark(HEAD_BYTES + 1);
      String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
      in.reset();
      SourceReader reader = forced != null ? readers.forFormat(forced) : readers.detect(name, head);
      if (reader == null) {
        error = "unknown format: no reader recognises this file (use --format to force one)";
        counting.reject(
            RejectRecord.of(
                UNKNOWN_SOURCE, path, 0, head.substring(0, Math.min(200, head.length())), error));
        read = 1;
      } else {
        format = reader.format().id();
        try {
          read = reader.read(new CloseShield(in), path, counting);
        } catch (IOException | RuntimeException e) {
          // The stream broke (truncated .gz/.bz2, I/O error) or the reader failed: keep what was
          // sent,
          // account for the rest of the file as one reject.
          error = "file unreadable after " + counting.total() + " records: " + describe(e);
          counting.reject(RejectRecord.of(format, path, counting.total() + 1, null, error));
          read = counting.total();
        }
      }
      try {
        digesting.transferTo(OutputStreamSink.INSTANCE); // the checksum covers the whole file
      } catch (IOException e) {
        sha = null; // the records are accounted for; only the checksum is unknown
      }
    } catch (IOException e) {
      error = "cannot open: " + describe(e);
      counting.reject(
          RejectRecord.of(format == null ? UNKNOWN_SOURCE : format, path, 0, null, error));
      read = counting.total();
    }
    return new FileSummary(
        path,
        format,
        size,
        sha == null ? null : HexFormat.of().formatHex(sha.digest()),
        read,
        counting.dockets,
        counting.entries,
        counting.documents,
        counting.rejects,
        error);
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Passes records on with implausible dates replaced by null. */
  private static final class PlausibleDates implements RecordSink {
    private final RecordSink next;

    PlausibleDates(RecordSink next) {
      this.next = next;
    }

    private static boolean plausible(LocalDate d) {
      return d == null || (!d.isBefore(EARLIEST_DATE) && !d.isAfter(LATEST_DATE));
    }

    private static LocalDate orNull(LocalDate d) {
      return plausible(d) ? d : null;
    }

    @Override
    public void docket(DocketRecord d) {
      if (!plausible(d.dateFiled()) || !plausible(d.dateTerminated())) {
        d = d.withDates(orNull(d.dateFiled()), orNull(d.dateTerminated()));
      }
      next.docket(d);
    }

    @Override
    public void entry(EntryRecord e) {
      if (!plausible(e.dateFiled())) {
        e = e.withDateFiled(null);
      }
      next.entry(e);
    }

    @Override
    public void document(DocumentRecord d) {
      next.document(d);
    }

    @Override
    public void reject(RejectRecord r) {
      next.reject(r);
    }
  }

  /** Keeps a reader (or its XML/JSON parser) from closing the stream this class still reads. */
  private static final class CloseShield extends java.io.FilterInputStream {
    CloseShield(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }

  /** Discards bytes; used to finish the checksum of a file the reader did not read to its end. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}

package org.conferral.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Opens gzip and bzip2 files transparently, by magic bytes (a wrong suffix does not fool it). */
public final class Compression {
  private Compression() {}

  /** The decompressed stream of {@code raw}. */
  public static InputStream decompress(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    if (b0 == 'B' && b1 == 'Z' && b2 == 'h') {
      return new BufferedInputStream(new BZip2CompressorInputStream(in, true), 1 << 16);
    }
    return in;
  }

  /** The file name without a compression suffix ({@code dockets.csv.bz2} gives {@code dockets.csv}). */
  public static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".bz2", ".gzip"}) {
      if (lower.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}

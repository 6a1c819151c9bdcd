package org.conferral.ingest;

/**
 * A source record that could not be read, kept with its reason so that nothing read is lost.
 *
 * @param position 1-based position in the file (line for line formats, else record index; 0 = whole file)
 * @param raw the raw record, truncated to {@link #MAX_RAW} characters
 */
public record RejectRecord(String source, String sourceFile, long position, String raw, String reason) {

  public static final int MAX_RAW = 2000;

  public static RejectRecord of(
      String source, String sourceFile, long position, String raw, String reason) {
    String r = raw == null ? null : raw.length() > MAX_RAW ? raw.substring(0, MAX_RAW) : raw;
    return new RejectRecord(source, sourceFile, position, r, reason);
  }
}

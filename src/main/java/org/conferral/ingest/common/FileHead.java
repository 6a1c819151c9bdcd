package org.conferral.ingest.common;

/** The opening text of a file, as readers see it when sniffing a format or reading a header. */
public final class FileHead {

  private static final String BOM = "\uFEFF";

  private FileHead() {}

  /** {@code text} without a leading byte-order mark. */
  public static String withoutBom(String text) {
    return text.startsWith(BOM) ? text.substring(1) : text;
  }
}

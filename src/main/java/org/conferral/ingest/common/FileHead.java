package org.conferral.ingest.common;

/** The opening text of a file, as readers see it when sniffing a format or reading a header. */
public final class FileHead {

  private static final String BOM = "\uFEFF";

  private FileHead() {}

  /** {@code text} without a leading byte-order mark. */
  public static String withoutBom(String text) {
    return text.startsWith(BOM) ? text.substring(1) : text;
  }

  /**
   * The head without byte-order mark and leading white space when it opens a JSON object or array;
   * null otherwise (also for a null head).
   */
  public static String json(String head) {
    if (head == null) {
      return null;
    }
    String h = withoutBom(head).stripLeading();
    return h.startsWith("{") || h.startsWith("[") ? h : null;
  }
}

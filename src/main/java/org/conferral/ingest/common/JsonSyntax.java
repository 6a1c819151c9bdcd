package org.conferral.ingest.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.conferral.ingest.RejectRecord;

/**
 * What a reader keeps of a JSON syntax error: a reason with line and column, and the text the
 * parser had not read, for the one reject that stands for the rest of the file.
 */
public final class JsonSyntax {

  /** Appended to a reason when everything after the error is one reject. */
  public static final String REST_UNREAD = "; the rest of the file could not be read";

  private JsonSyntax() {}

  /** "JSON syntax error at line L, column C: message", the message cut at its first line. */
  public static String reason(JsonProcessingException e) {
    return reason(e, null);
  }

  /** As {@link #reason(JsonProcessingException)}, with {@code lineNr} (when given) as the line. */
  public static String reason(JsonProcessingException e, Integer lineNr) {
    JsonLocation at = e.getLocation();
    String where =
        at == null
            ? ""
            : " at line "
                + (lineNr != null ? lineNr : at.getLineNr())
                + ", column "
                + at.getColumnNr();
    String message = String.valueOf(e.getOriginalMessage());
    int nl = message.indexOf('\n');
    return "JSON syntax error" + where + ": " + (nl < 0 ? message : message.substring(0, nl));
  }

  /**
   * The text {@code p} had not consumed at the error, plus more from {@code in}, up to {@link
   * RejectRecord#MAX_RAW} characters; what could be recovered when reading fails.
   */
  public static String unread(JsonParser p, InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.releaseBuffered(out);
      out.write(in.readNBytes(Math.max(0, RejectRecord.MAX_RAW * 4 - out.size())));
    } catch (IOException e) {
      // keep what was recovered
    }
    String s = out.toString(StandardCharsets.UTF_8);
    return s.length() > RejectRecord.MAX_RAW ? s.substring(0, RejectRecord.MAX_RAW) : s;
  }
}

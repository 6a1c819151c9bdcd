package org.conferral.ingest.recap;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Values as the RECAP docket XML writes them: whitespace-padded text and ISO dates. */
final class RecapXmlText {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  private RecapXmlText() {}

  /** Runs of white space collapsed to one space and trimmed; blank becomes null. */
  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = SPACE.matcher(s).replaceAll(" ").trim();
    return t.isEmpty() ? null : t;
  }

  /**
   * The date at the start of {@code s} ({@code 2013-03-22} or {@code 2014-08-05 06:14:08}), else
   * null.
   */
  static LocalDate date(String s) {
    String t = clean(s);
    if (t == null || !ISO_DATE.matcher(t).find()) {
      return null;
    }
    try {
      return LocalDate.parse(t.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The JDK's own StAX reader (not one a classpath brings: Hadoop ships a shaded Woodstox that throws
   * unchecked exceptions), reading no DTD and resolving no external entity (files name docket.dtd).
   */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f.createXMLStreamReader(in);
  }

  /** "line 12, column 5: message" for a parse error. */
  static String describe(XMLStreamException e) {
    Location at = e.getLocation();
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[12,5]\nMessage: "; keep only the message.
    int m = msg.indexOf("Message: ");
    if (m >= 0) {
      msg = msg.substring(m + "Message: ".length());
    }
    msg = msg.replace('\n', ' ').trim();
    return at == null
        ? msg
        : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + msg;
  }

  /** The I/O failure behind a parse error, if the stream itself failed. */
  static IOException ioCause(XMLStreamException e) {
    if (e.getNestedException() instanceof IOException io) {
      return io;
    }
    return e.getCause() instanceof IOException io ? io : null;
  }
}

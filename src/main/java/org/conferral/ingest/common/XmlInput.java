package org.conferral.ingest.common;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** XML docket files opened safely with the JDK's StAX parser, and its errors told plainly. */
public final class XmlInput {

  private XmlInput() {}

  /**
   * The JDK's own StAX reader (not one a classpath brings: Hadoop ships a shaded Woodstox that
   * throws unchecked exceptions), coalescing text, reading no DTD and resolving no external entity
   * (RECAP files name docket.dtd).
   */
  public static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f.createXMLStreamReader(in);
  }

  /** "line 12, column 5: message" for a parse error (just the message when it has no place). */
  public static String describe(XMLStreamException e) {
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

  /** The I/O failure behind a parse error when the stream itself failed, else null. */
  public static IOException ioCause(XMLStreamException e) {
    if (e.getNestedException() instanceof IOException io) {
      return io;
    }
    return e.getCause() instanceof IOException io ? io : null;
  }
}

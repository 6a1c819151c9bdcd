package org.conferral.ingest.common;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** XML docket files opened safely with the JDK's StAX parser, and its errors told plainly. */
public final class XmlInput {

  /** What a pass over an XML file does with its elements, its end and its errors. */
  public interface Elements {
    /** An element opens ({@code xml} stands at it); false stops the pass. */
    boolean start(XMLStreamReader xml);

    /** Character data, CDATA or white space. */
    void text(String text);

    /** An element closes. */
    void end(String localName);

    /** The file was read to its end. */
    void finish();

    /** The XML broke off or went bad; what was read before stays with the reader. */
    void broken(XMLStreamException e);
  }

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

  /**
   * Reads {@code in} into {@code elements}: {@link Elements#finish} at its end unless a start
   * stopped the pass, {@link Elements#broken} for malformed XML. A failure of the stream itself is
   * thrown.
   */
  public static void read(InputStream in, Elements elements) throws IOException {
    XMLStreamReader xml = null;
    try {
      xml = open(in);
      if (walk(xml, elements)) {
        elements.finish();
      }
    } catch (XMLStreamException e) {
      IOException io = ioCause(e);
      if (io != null) {
        throw io;
      }
      elements.broken(e);
    } finally {
      close(xml);
    }
  }

  /** Hands {@code xml} to {@code elements} up to its end; false when a start stopped the pass. */
  public static boolean walk(XMLStreamReader xml, Elements elements) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!elements.start(xml)) {
          return false;
        }
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        elements.text(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        elements.end(xml.getLocalName());
      }
    }
    return true;
  }

  /** Closes {@code xml} (which may be null) quietly; the stream under it stays open. */
  public static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Closing a reader does not close the stream; nothing is lost.
      }
    }
  }
}

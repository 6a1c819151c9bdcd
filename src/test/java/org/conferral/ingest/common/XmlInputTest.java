package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class XmlInputTest {

  private static XMLStreamReader xml(String text) throws XMLStreamException {
    return XmlInput.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isTheJdkParserWhateverTheClasspathHolds() throws XMLStreamException {
    assertTrue(xml("<a/>").getClass().getName().startsWith("com.sun."));
  }

  @Test
  void walkHandsOverElementsAndTextAndStopsWhenAsked() throws XMLStreamException {
    List<String> seen = new ArrayList<>();
    XmlInput.Elements log =
        new XmlInput.Elements() {
          @Override
          public boolean start(XMLStreamReader x) {
            seen.add("<" + x.getLocalName());
            return !x.getLocalName().equals("stop");
          }

          @Override
          public void text(String text) {
            seen.add(text);
          }

          @Override
          public void end(String localName) {
            seen.add(localName + ">");
          }
        };
    assertTrue(XmlInput.walk(xml("<a><b>x &amp; y</b></a>"), log));
    assertEquals(List.of("<a", "<b", "x & y", "b>", "a>"), seen);
    seen.clear();
    assertFalse(XmlInput.walk(xml("<a><stop/><b/></a>"), log));
    assertEquals(List.of("<a", "<stop"), seen);
  }

  @Test
  void describeGivesLineAndColumnWithoutTheParserPrefix() throws XMLStreamException {
    XMLStreamReader x = xml("<a>\n<b></a>");
    XMLStreamException e =
        assertThrows(
            XMLStreamException.class,
            () -> {
              while (x.hasNext()) {
                x.next();
              }
            });
    String d = XmlInput.describe(e);
    assertTrue(d.startsWith("line 2, column "), d);
    assertFalse(d.contains("ParseError"), d);
  }
}

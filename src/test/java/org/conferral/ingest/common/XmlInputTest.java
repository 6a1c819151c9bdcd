package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class XmlInputTest {

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static XMLStreamReader xml(String text) throws XMLStreamException {
    return XmlInput.open(stream(text));
  }

  @Test
  void isTheJdkParserWhateverTheClasspathHolds() throws XMLStreamException {
    assertTrue(xml("<a/>").getClass().getName().startsWith("com.sun."));
  }

  @Test
  void walkHandsOverElementsAndTextAndStopsWhenAsked() throws XMLStreamException, IOException {
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

          @Override
          public void finish() {
            seen.add("end of file");
          }

          @Override
          public void broken(XMLStreamException e) {
            seen.add("broken at " + XmlInput.describe(e));
          }
        };
    assertTrue(XmlInput.walk(xml("<a><b>x &amp; y</b></a>"), log));
    assertEquals(List.of("<a", "<b", "x & y", "b>", "a>"), seen);
    seen.clear();
    assertFalse(XmlInput.walk(xml("<a><stop/><b/></a>"), log));
    assertEquals(List.of("<a", "<stop"), seen);
    seen.clear();
    XmlInput.read(stream("<a>x</a>"), log);
    assertEquals(List.of("<a", "x", "a>", "end of file"), seen);
    seen.clear();
    XmlInput.read(stream("<a><stop/></a>"), log);
    assertEquals(List.of("<a", "<stop"), seen);
    seen.clear();
    XmlInput.read(stream("<a>\n<b>"), log);
    assertEquals(List.of("<a", "\n", "<b"), seen.subList(0, 3));
    assertTrue(seen.get(3).startsWith("broken at line 2, column "), seen.get(3));
    assertEquals(4, seen.size());
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

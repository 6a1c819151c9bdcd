package org.conferral.ingest.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonSyntaxTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void reasonGivesLineAndColumnAndTheFirstLineOfTheMessage() {
    JsonProcessingException e =
        assertThrows(JsonProcessingException.class, () -> MAPPER.readTree("{\n\"a\": tru }"));
    String reason = JsonSyntax.reason(e);
    assertTrue(reason.startsWith("JSON syntax error at line 2, column "), reason);
    assertFalse(reason.contains("\n"), reason);
    assertTrue(JsonSyntax.reason(e, 40).startsWith("JSON syntax error at line 40, column "));
  }

  @Test
  void unreadIsTheTextAfterTheError() throws Exception {
    InputStream in = new ByteArrayInputStream("[1, 2, x, 4]".getBytes(StandardCharsets.UTF_8));
    JsonParser p = MAPPER.getFactory().createParser(in);
    assertThrows(
        JsonProcessingException.class,
        () -> {
          while (p.nextToken() != null) {
            // read until the error
          }
        });
    String rest = JsonSyntax.unread(p, in);
    assertTrue(rest.endsWith(" 4]") && !rest.contains("2"), rest);
    assertEquals(-1, in.read());
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class NamedPatternTest {

  private static final NamedPattern SANCTIONS = NamedPattern.of("t.sanctions", "\\bmotion\\s+for\\s+sanctions\\b");

  @Test
  void plainTextIsMatchedWithAsciiCaseAtTheSameSpan() {
    String text = "ORDER granting MOTION FOR Sanctions filed by Acme";
    assertTrue(NamedPattern.asciiCaseSafe(text));
    Matcher m = SANCTIONS.reusable(text);
    assertTrue(m.find());
    assertEquals("MOTION FOR Sanctions", m.group());
  }

  @Test
  void charsThatFoldToAsciiLettersKeepUnicodeCaseFolding() {
    // long s (U+017F) and Kelvin sign (U+212A) match "s" and "k" under Unicode case folding only
    String longS = "ORDER granting Motion for \u017Fanctions";
    String kelvin = "MOTION TO COMPEL, \u212Aind of";
    assertFalse(NamedPattern.asciiCaseSafe(longS));
    assertFalse(NamedPattern.asciiCaseSafe(kelvin));
    assertTrue(SANCTIONS.reusable(longS).find());
    assertTrue(NamedPattern.of("t.kind", "\\bkind\\b").reusable(kelvin).find());
  }

  @Test
  void latinOneAccentsAreSafe() {
    assertTrue(NamedPattern.asciiCaseSafe("Motion by Jos\u00E9 M\u00FCller \u00A7 1927"));
  }
}

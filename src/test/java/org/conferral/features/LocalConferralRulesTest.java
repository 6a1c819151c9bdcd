package org.conferral.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalConferralRulesTest {

  /** The 94 US district courts as CourtListener spells their ids. */
  private static final Set<String> DISTRICT_COURTS =
      Set.of(
          "almd", "alnd", "alsd", "akd", "azd", "ared", "arwd", "cacd", "caed", "cand", "casd",
          "cod", "ctd", "ded", "dcd", "flmd", "flnd", "flsd", "gamd", "gand", "gasd", "hid", "idd",
          "ilcd", "ilnd", "ilsd", "innd", "insd", "iand", "iasd", "ksd", "kyed", "kywd", "laed",
          "lamd", "lawd", "med", "mdd", "mad", "mied", "miwd", "mnd", "msnd", "mssd", "moed",
          "mowd", "mtd", "ned", "nvd", "nhd", "njd", "nmd", "nyed", "nynd", "nysd", "nywd", "nced",
          "ncmd", "ncwd", "ndd", "ohnd", "ohsd", "oked", "oknd", "okwd", "ord", "paed", "pamd",
          "pawd", "rid", "scd", "sdd", "tned", "tnmd", "tnwd", "txed", "txnd", "txsd", "txwd",
          "utd", "vtd", "vaed", "vawd", "waed", "wawd", "wvnd", "wvsd", "wied", "wiwd", "wyd",
          "gud", "nmid", "prd", "vid");

  private static final String HEADER = String.join(",", LocalConferralRules.HEADER) + "\n";

  private static Map<String, LocalConferralRule> projectFile() throws IOException {
    Path csv = Path.of("data", "local-rules.csv");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return LocalConferralRules.read(in);
    }
  }

  @Test
  void fileHasEveryDistrictCourtOnceAndNothingElse() throws IOException {
    Map<String, LocalConferralRule> rules = projectFile();

    assertEquals(94, DISTRICT_COURTS.size());
    assertEquals(DISTRICT_COURTS, rules.keySet());
    rules.values().forEach(r -> assertNotNull(r.courtName(), r.courtId()));
  }

  @Test
  void everyFilledRowNamesItsSource() throws IOException {
    for (LocalConferralRule r : projectFile().values()) {
      boolean filled =
          r.rule() != null
              || r.requiresCertification() != null
              || r.requiresInPersonOrPhone() != null
              || r.lettersEmailsSuffice() != null
              || r.premotionConferenceWithJudge() != null
              || r.notes() != null;
      if (filled) {
        assertNotNull(r.source(), r.courtId() + " has content without a source");
      }
    }
  }

  @Test
  void kansasRuleIsTheSeedOrdersRule() throws IOException {
    LocalConferralRule ksd = projectFile().get("ksd");

    assertEquals("D. Kan. Rule 37.2", ksd.rule());
    assertEquals(Boolean.FALSE, ksd.lettersEmailsSuffice());
  }

  @Test
  void flagsReadAsTrueFalseOrUnknown() throws IOException {
    Map<String, LocalConferralRule> rules =
        LocalConferralRules.read(
            new StringReader(HEADER + "xxd,Court,R. 1,true,false,,,\"a, b\",src\n"));
    LocalConferralRule r = rules.get("xxd");

    assertTrue(r.requiresCertification());
    assertFalse(r.requiresInPersonOrPhone());
    assertNull(r.lettersEmailsSuffice());
    assertEquals("a, b", r.notes());
  }

  @Test
  void badFlagDuplicateAndWrongHeaderAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LocalConferralRules.read(new StringReader(HEADER + "xxd,Court,,yes,,,,,\n")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LocalConferralRules.read(
                new StringReader(HEADER + "xxd,Court,,,,,,,\nxxd,Court,,,,,,,\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> LocalConferralRules.read(new StringReader("court,rule\nxxd,R\n")));
  }
}

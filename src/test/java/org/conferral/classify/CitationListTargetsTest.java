package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Orders citing several motions in one mention get one ruling per cited entry number; years, closing citations of another motion and sub-entries are read as courts write them. */
class CitationListTargetsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "ORDER Denying Plaintiff's Motion to Compel as Procedurally Deficient (Docs. 31 & 33), signed by Magistrate Judge A. Bee on 3/4/2015.|31/compel/denied;33/compel/denied",
    "MEMORANDUM AND ORDER - The plaintiff's Motions to Compel (filing nos. 41 and 47) are granted in part.|41/compel/granted_in_part;47/compel/granted_in_part",
    "ORDER granting defendant's 12, 15, 19 Motions to Compel in part; ORDER setting discovery deadline.|12/compel/granted_in_part;15/compel/granted_in_part;19/compel/granted_in_part",
    "ORDER signed by Magistrate Judge A. Bee on 2/1/2011 ORDERING that pltf's 22, 24, 27 motions to compel are DENIED as moot.|22/compel/moot;24/compel/moot;27/compel/moot",
    "ORDER that 81 and 82 Motions to Compel are DENIED as moot; 83 Motion is TERMINATED.|81/compel/moot;82/compel/moot",
    "ORDER signed by Magistrate Judge A. Bee on 05/02/12 denying plaintiff's motions to compel 64, 65. Plaintiff shall respond within 21 days.|64/compel/denied;65/compel/denied",
    "ORDER: Defendant's Motions to Compel 210 & 233 are GRANTED in part and DENIED in part. (abc)|210/compel/granted_in_part;233/compel/granted_in_part",
    "ORDER on the Parties' Motions to Compel (Doc. 52, 53), signed by Magistrate Judge A. Bee on 6/6/2016.|52/compel/other;53/compel/other",
    "ORDER: Plaintiff's ECF Nos. 17 and 19 motions to compel are denied.|17/compel/denied;19/compel/denied",
    "ORDER. Plaintiff's Motion to Compel 44 and Amended Motion to Compel 48 are granted in part.|44/compel/granted_in_part;48/compel/granted_in_part",
    "Opinion and Order. Defendants' Motion to dismiss (Related Doc # 5) and Motion for sanctions (Related Doc # 9) are GRANTED.|9/sanctions/granted",
    "MEMORANDUM AND ORDER - Plaintiff's Motion for Subpoena (filing no. 71) and Motion for Production of Documents (filing no. 72) are denied as moot.|72/compel/moot",
    "ORDER signed on 6/8/12: plaintiff's March 12, 2012 motion to compel discovery 15 is DENIED.|15/compel/denied",
    "ORDER: Plaintiff's June 2, 2011 motion to compel (dkt. no. 58) is denied.|58/compel/denied",
    "MEMORANDUM AND ORDER granting Plaintiff's Motion to Compel (Dkt. #81).(XYZ, law2)|81/compel/granted",
    "ORDER denying [310-1] Plaintiff's Motion for Sanctions against Dr. Roe.|310-1/sanctions/denied",
    "ORDER granting (404) Motion to Compel in case 8:09-cv-00111; granting (99) Motion to Compel in case 4:09-cv-00222.|404/compel/granted;99/compel/granted",
    "ORDER granting 35 and 36 Motion to Compel and Amended Motion to Compel. Signed by Judge A. Bee.|35/compel/granted;36/compel/granted"
  })
  void everyCitedEntryGetsItsRuling(String text, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.stream(expected.split(";")).sorted().toList();
    assertEquals(want, Labels.rulings(Labels.of(text)).stream().sorted().toList(), text);
  }
}

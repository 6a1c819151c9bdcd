package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Entries whose own text is only a caption (CourtListener opinion clusters, orders-only exports) are
 * orders when their filed document decrees; and non-compliance with a court-prefixed local rule that
 * "requires the movant to confer" is a conferral ground, not a general statement of the law.
 */
class OrdersKnownByTheirDocumentTest {
  private final EntryClassifier classifier = new EntryClassifier();

  @Test
  void aCaptionWithADecreeingDocumentIsAnOrderAndItsRulingsComeFromTheDocument() {
    String body =
        "This matter comes before the court on defendant's Motion for Protective Order (ECF No. 52)."
            + " Defendant's certificate recites only that counsel exchanged e-mails. That is not a"
            + " reasonable effort to confer. IT IS THEREFORE ORDERED that defendant's Motion for"
            + " Protective Order (ECF No. 52) is denied.";
    EntryLabels l = classifier.classify("Baker v. Northfield Mills, Inc.", body);
    assertEquals(EntryKind.ORDER, l.kind());
    assertEquals(1, l.rulings().size());
    RulingLabel r = l.rulings().get(0);
    assertEquals(MotionType.PROTECTIVE_ORDER, r.motionType());
    assertEquals(Outcome.DENIED, r.outcome());
    assertTrue(r.conferralGround());
    assertTrue(r.fromDocument());
  }

  @Test
  void aCaptionWithADocumentThatDecreesNothingStaysOther() {
    EntryLabels l =
        classifier.classify(
            "Baker v. Northfield Mills, Inc.",
            "Plaintiff's brief in opposition. The court should order the defendant to produce.");
    assertEquals(EntryKind.OTHER, l.kind());
  }

  @Test
  void nonComplianceWithACourtPrefixedRuleThatRequiresConferralIsAGround() {
    for (String text :
        new String[] {
          "ORDER denying without prejudice 31 Motion to Compel. The motion does not comply with"
              + " D.C.COLO.LCivR 7.1(a), which requires the movant to confer with opposing counsel"
              + " before filing.",
          "MINUTE ORDER striking 44 Motion for Protective Order for failure to comply with"
              + " W.D.Wash.LCR 26(c)(1), which requires the movant to certify a good faith conference."
        }) {
      RulingLabel r = classifier.classify(text, null).rulings().get(0);
      assertTrue(r.conferralGround(), text);
    }
  }

  @Test
  void aRuleThatRequiresConferralStatedInGeneralIsStillNoGround() {
    RulingLabel r =
        classifier
            .classify(
                "ORDER denying 12 Motion to Compel. Local Rule 37.1 requires the parties to meet and"
                    + " confer before filing; they did, and the requests are overbroad.",
                null)
            .rulings()
            .get(0);
    assertFalse(r.conferralGround());
  }
}

package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How full orders word a conferral failure that decides a discovery motion, and the sentences that
 * mention conferral without making it a ground (law stated in general, directions for the future,
 * excused failures, adequate conferral). The docket text names the motion and the outcome; the
 * ground comes from the document, sentence by sentence.
 */
class ConferralPhrasingInOrdersTest {

  private static final String DENIED = "ORDER denying without prejudice 31 Motion to Compel. Signed by Magistrate Judge A. Bee.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // grounds
    "The movant gave no declaration or other proof that she tried to meet and confer; the motion is therefore denied without prejudice.|true",
    "Because the motion fails to comply with Local Rule 251, the Court denies it without prejudice.|true",
    "A single telephone call placed eleven months before filing does not comply with the good faith meet and confer provision of N.D.L.R. 37.1.|true",
    "The motion does not include any indication that counsel attempted to meet and confer before filing it.|true",
    "Because counsel did not adequately meet and confer, the Court denies the motion without prejudice.|true",
    "The motion contains no certification of good faith conferral as Rule 37(a)(1) requires.|true",
    "Counsel's single email to opposing counsel does not satisfy the conferral requirement.|true",
    "An unanswered voicemail is not a conferral.|true",
    "Plaintiff never conferred with defense counsel before filing, so the motion is denied.|true",
    // not grounds
    "Local Rule 37.1 requires the movant to confer in good faith before filing any discovery motion.|false",
    "The parties are ordered to meet and confer about the remaining requests within fourteen days.|false",
    "The Court excuses the failure to confer and reaches the merits.|false",
    "The parties met and conferred in person on two occasions, which satisfies Local Rule 37.1.|false",
    "Defendant argues that plaintiff failed to meet and confer, but the record shows two telephone conferences.|false"
  })
  void groundFromDocumentSentence(String sentence, boolean ground) {
    List<RulingLabel> r = Labels.of(DENIED, "ORDER. " + sentence + " IT IS SO ORDERED.").rulings();
    assertEquals(1, r.size(), sentence);
    assertEquals(ground, r.get(0).conferralGround(), sentence);
  }
}

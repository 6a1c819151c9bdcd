package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.conferral.schema.Tables;
import org.junit.jupiter.api.Test;

class LabelRowsTest {
  private static final String MOTION =
      "Plaintiff's MOTION to Compel Responses to Interrogatories by Dana Whitlow.";

  /** The internal rows the ingest pass writes hold what the relabelling stage's rows hold. */
  @Test
  void internalRowIsTheClassifyStageRowConverted() {
    Evidence span = new Evidence("kind.motion", 0, 17, "Plaintiff's MOTION", false);
    Evidence inDoc = new Evidence("outcome.denied", 40, 52, "is DENIED", true);
    List<EntryLabels> cases =
        List.of(
            new EntryLabels(
                EntryKind.OTHER, List.of(), List.of(), false, false, false, List.of(), List.of()),
            new EntryLabels(
                EntryKind.MOTION,
                List.of(MotionType.COMPEL, MotionType.SANCTIONS),
                List.of(),
                true,
                false,
                true,
                List.of("12", "14"),
                List.of(span)),
            new EntryLabels(
                EntryKind.MOTION, List.of(), List.of(), false, true, false, List.of(), List.of()),
            new EntryLabels(
                EntryKind.ORDER,
                List.of(),
                List.of(
                    new RulingLabel(
                        "45",
                        MotionType.PROTECTIVE_ORDER,
                        Outcome.DENIED_WITHOUT_PREJUDICE,
                        true,
                        ConferralKind.NO_CERTIFICATION,
                        true,
                        List.of("outcome.denied", "ground.conferral"),
                        List.of(span, inDoc)),
                    new RulingLabel(
                        null,
                        MotionType.COMPEL,
                        Outcome.GRANTED,
                        false,
                        null,
                        false,
                        List.of(),
                        List.of())),
                false,
                false,
                false,
                List.of("45"),
                List.of(inDoc)));
    for (EntryLabels l : cases) {
      for (String documentText : new String[] {null, "ORDER. The motion is DENIED."}) {
        for (LocalDate date : new LocalDate[] {null, LocalDate.of(2024, 2, 29)}) {
          Object expected =
              CatalystTypeConverters.createToCatalystConverter(Tables.ENTRY_LABELS.schema())
                  .apply(
                      ClassifyStage.toRow(
                          RowFactory.create(
                              "d1", "d1#7", "7", 3, date, MOTION, documentText),
                          l));
          InternalRow actual =
              LabelRows.internal("d1", "d1#7", "7", 3, date, MOTION, documentText, l);
          assertEquals(expected, actual, l + " / " + documentText + " / " + date);
        }
      }
    }
  }
}

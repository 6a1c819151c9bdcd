package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocketStreamTest {
  private final EntryClassifier classifier = new EntryClassifier();
  private final List<String> labelled = new ArrayList<>();
  private final List<EntryLabels> labels = new ArrayList<>();
  private final List<String> documentTexts = new ArrayList<>();
  private final List<String> dockets = new ArrayList<>();
  private final List<String> orphans = new ArrayList<>();
  private final DocketStream stream =
      new DocketStream(
          classifier,
          new DocketStream.Out() {
            @Override
            public void labelled(DocketStream.Entry e, String documentText, EntryLabels l) {
              labelled.add(e.entryUid());
              labels.add(l);
              documentTexts.add(documentText);
            }

            @Override
            public void docket(String docketUid, boolean resolved) {
              dockets.add(docketUid + (resolved ? "" : " unresolved"));
            }

            @Override
            public void orphan(String why) {
              orphans.add(why);
            }
          });

  private static DocketStream.Entry entry(String docket, int seq, String number, String text) {
    return new DocketStream.Entry(
        docket, docket + "#" + number, number, seq, LocalDate.of(2024, 1, 1).plusDays(seq), text);
  }

  private static final String MOTION =
      "MOTION to Compel Responses to Interrogatories by Plaintiff Dana Whitlow. (Attachments: # 1"
          + " Exhibit A)";
  private static final String ORDER = "ORDER granting 45 Motion. Signed by Judge Ada Quill.";

  @Test
  void labelsEachDocketInDocketOrderWithTheContextOfItsEarlierMotions() {
    // the order arrives first in the file but follows the motion on the docket
    stream.entry(entry("d1", 2, "47", ORDER));
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.entry(entry("d2", 0, "1", "COMPLAINT against Harrow Freight LLC."));
    stream.finish();

    assertEquals(List.of("d1#45", "d1#47", "d2#1"), labelled);
    List<EntryLabels> expected =
        classifier.classifyDocket(
            List.of(new DocketEntryText("45", MOTION, null), new DocketEntryText("47", ORDER, null)));
    assertEquals(expected, labels.subList(0, 2));
    assertEquals(
        MotionType.COMPEL,
        labels.get(1).rulings().get(0).motionType(),
        "the order types the cited motion from the docket's context");
    assertEquals(classifier.classify("COMPLAINT against Harrow Freight LLC.", null), labels.get(2));
    assertEquals(List.of("d1", "d2"), dockets);
    assertTrue(orphans.isEmpty());
  }

  @Test
  void aDocketThatComesBackAfterAnotherIsLeftToTheJob() {
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.entry(entry("d2", 0, "1", "COMPLAINT."));
    stream.entry(entry("d1", 2, "47", ORDER));
    stream.finish();

    assertEquals(List.of("d1", "d2", "d1 unresolved"), dockets);
    assertEquals(List.of("d1#45", "d2#1"), labelled, "no labels for the unresolved run");
  }

  @Test
  void aRepeatedEntryOrDocumentUidLeavesTheDocketToTheJob() {
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.entry(entry("d2", 0, "1", "COMPLAINT."));
    stream.document(new DocketStream.Doc("doc-1", "d2#1", "d2", null, "text"));
    stream.document(new DocketStream.Doc("doc-1", "d2#1", "d2", null, "text"));
    stream.finish();

    assertEquals(List.of("d1 unresolved", "d2 unresolved"), dockets);
    assertTrue(labelled.isEmpty());
  }

  @Test
  void documentsJoinTheirEntryInAttachmentOrderMainDocumentFirst() {
    stream.entry(entry("d1", 1, "50", "ORDER on discovery motions."));
    stream.document(new DocketStream.Doc("u3", "d1#50", "d1", "2", "second attachment"));
    stream.document(new DocketStream.Doc("u1", "d1#50", null, null, "main document"));
    stream.document(new DocketStream.Doc("u2", "d1#50", "d1", "1", "first attachment"));
    stream.document(new DocketStream.Doc("u4", "d1#50", "d1", "3", null)); // metadata only
    stream.finish();

    assertEquals(
        "main document\n\nfirst attachment\n\nsecond attachment", documentTexts.get(0));
    assertTrue(orphans.isEmpty());
  }

  @Test
  void anEntryWithoutDocumentsReadsNoDocumentText() {
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.finish();
    assertNull(documentTexts.get(0));
  }

  @Test
  void aDocumentApartFromItsEntryOrAnEntryWithoutDocketIsAnOrphan() {
    stream.document(new DocketStream.Doc("u0", "d9#1", null, null, "text before any docket"));
    stream.entry(entry("d1", 1, "45", MOTION));
    stream.document(new DocketStream.Doc("u1", "d7#3", "d1", null, "an order of another entry"));
    stream.entry(new DocketStream.Entry(null, "x#1", "1", 0, null, "ORDER."));
    stream.finish();

    assertEquals(3, orphans.size(), orphans.toString());
  }
}

package org.conferral.link;

import java.time.LocalDate;
import org.conferral.classify.EntryLabels;

/**
 * One docket entry with the classifier's labels: the linker's input.
 *
 * <p>Required: {@code docketUid}, {@code entryUid}, {@code labels}. {@code entryNumber} is the
 * number as the docket prints it ({@code "133"}), null for unnumbered entries; {@code sequence} is
 * the entry's position in docket order; {@code dateFiled} may be null.
 */
public record ClassifiedEntry(
    String docketUid,
    String entryUid,
    String entryNumber,
    int sequence,
    LocalDate dateFiled,
    String courtId,
    EntryLabels labels) {

  public ClassifiedEntry {
    if (docketUid == null || entryUid == null || labels == null) {
      throw new IllegalArgumentException(
          "docketUid, entryUid and labels are required: " + docketUid + " / " + entryUid);
    }
  }
}

package org.conferral.ingest;

import java.time.LocalDate;

/**
 * One docket entry: the clerk's text of one filing or order, in the canonical shape of the {@code entries}
 * table.
 *
 * @param entryUid stable id, unique across sources ({@code docketUid + "#" + entry number or sequence})
 * @param entryNumber the number the docket shows ({@code "133"}), or null for unnumbered entries
 * @param sequence 0-based order of the entry within its docket in the source
 * @param position 1-based position of the record in its source file (line for line formats, else record index)
 */
public record EntryRecord(
    String docketUid,
    String entryUid,
    String source,
    String sourceFile,
    long position,
    String entryNumber,
    int sequence,
    LocalDate dateFiled,
    String text) {

  /** The same entry with another filing date. */
  public EntryRecord withDateFiled(LocalDate filed) {
    return new EntryRecord(
        docketUid, entryUid, source, sourceFile, position, entryNumber, sequence, filed, text);
  }
}

package org.conferral.ingest;

/**
 * The full text of one filed document (a RECAP {@code plain_text}, an opinion or order body), keyed to its
 * docket entry, in the canonical shape of the {@code documents} table.
 *
 * @param entryUid the entry the document belongs to (the same uid the entry's reader gives it)
 * @param text the document's full text; null when the source has only metadata
 */
public record DocumentRecord(
    String documentUid,
    String entryUid,
    String docketUid,
    String source,
    String sourceFile,
    long position,
    String documentNumber,
    String attachmentNumber,
    String description,
    String text) {}

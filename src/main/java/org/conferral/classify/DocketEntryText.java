package org.conferral.classify;

/**
 * One docket entry as the classifier sees it in docket context.
 *
 * @param entryNumber the entry number as the docket gives it, or null
 * @param text the docket text (required; null is read as empty)
 * @param documentText the filed document's full text, or null
 */
public record DocketEntryText(String entryNumber, String text, String documentText) {}

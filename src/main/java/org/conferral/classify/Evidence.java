package org.conferral.classify;

/**
 * The span of text that made a rule fire: offsets into the docket text, or into the document text when
 * {@code inDocument}.
 */
public record Evidence(String rule, int start, int end, String text, boolean inDocument) {}

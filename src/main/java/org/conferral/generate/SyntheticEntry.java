package org.conferral.generate;

import java.time.LocalDate;

/**
 * One generated docket entry: its number, date, docket text, the short description of its main
 * document, and the document's full text (an order's opinion text), null when the document has none.
 */
record SyntheticEntry(
    int number, LocalDate dateFiled, String text, String documentDescription, String documentText) {}

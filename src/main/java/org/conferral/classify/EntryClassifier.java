package org.conferral.classify;

import java.util.List;

/** Placeholder until the classifier lands: labels everything OTHER. */
public final class EntryClassifier {
  public EntryLabels classify(String text, String documentText) {
    return new EntryLabels(EntryKind.OTHER, List.of(), List.of(), false, false, false, List.of(), List.of());
  }
}

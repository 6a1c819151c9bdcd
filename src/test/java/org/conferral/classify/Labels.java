package org.conferral.classify;

import java.util.List;

/** Shared classifier instance and short descriptions of rulings for assertions. */
final class Labels {
  static final EntryClassifier CLASSIFIER = new EntryClassifier();

  private Labels() {}

  static EntryLabels of(String text) {
    return CLASSIFIER.classify(text, null);
  }

  static EntryLabels of(String text, String doc) {
    return CLASSIFIER.classify(text, doc);
  }

  /** "target/type/outcome[/ground]" per ruling. */
  static List<String> rulings(EntryLabels l) {
    return l.rulings().stream()
        .map(r -> r.target() + "/" + r.motionType().label() + "/" + r.outcome().label()
            + (r.conferralGround() ? "/ground" : ""))
        .toList();
  }
}

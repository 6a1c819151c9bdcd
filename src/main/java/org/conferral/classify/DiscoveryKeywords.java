package org.conferral.classify;

import org.ahocorasick.trie.Trie;

/**
 * Aho-Corasick prefilter: whether a text mentions anything discovery-related, so that the regular
 * expressions run only on the small share of entries that do.
 */
final class DiscoveryKeywords {

  static final String[] KEYWORDS = {
    "compel", "sanction", "protective", "quash", "discovery", "brady", "jencks", "produc",
    "disclos", "contempt", "spoliation", "adverse inference", "confer", "404(b)", "rule 11",
    "1927", "subpoena", "interrogator", "deposition", "confidential", "non-public"
  };

  private final Trie trie;

  DiscoveryKeywords() {
    this.trie = Trie.builder().ignoreCase().stopOnHit().addKeywords(KEYWORDS).build();
  }

  boolean mentionsDiscovery(String text) {
    return text != null && !text.isEmpty() && trie.firstMatch(text) != null;
  }
}

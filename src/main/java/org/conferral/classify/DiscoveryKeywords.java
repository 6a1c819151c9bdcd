package org.conferral.classify;

import org.ahocorasick.trie.Trie;

/**
 * Aho-Corasick prefilter: whether a text mentions anything discovery-related, so that the regular
 * expressions run only on the small share of entries that do.
 */
public final class DiscoveryKeywords {

  static final String[] KEYWORDS = {
    "compel", "sanction", "protective", "quash", "discovery", "brady", "jencks", "produc",
    "disclos", "contempt", "spoliation", "adverse inference", "confer", "404(b)", "rule 11",
    "1927", "subpoena", "interrogator", "deposition"
  };

  private final Trie trie;

  public DiscoveryKeywords() {
    this.trie = Trie.builder().ignoreCase().stopOnHit().addKeywords(KEYWORDS).build();
  }

  public boolean mentionsDiscovery(String text) {
    return text != null && !text.isEmpty() && trie.firstMatch(text) != null;
  }
}

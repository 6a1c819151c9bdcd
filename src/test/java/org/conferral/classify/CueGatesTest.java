package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Trie;
import org.conferral.eval.ClassifierBenchmark;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The cue gates only skip work: with them the classifier labels real and gold entries exactly as it
 * does when every rule runs on every entry. Fails when a rule changes so that it can fire without the
 * cue words that gate it (then update the cue lists in DiscoveryKeywords).
 */
class CueGatesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void gatedLabelsEqualUngatedOnGoldDockets() throws IOException {
    EntryClassifier gated = new EntryClassifier();
    EntryClassifier everyRule = new EntryClassifier(false);
    int n = 0;
    for (String f : List.of("dev-dockets.jsonl", "dev-entries.jsonl", "dev-orders.jsonl")) {
      for (List<DocketEntryText> docket : dockets(SharedData.resolve("gold/" + f))) {
        List<EntryLabels> fast = gated.classifyDocket(docket);
        List<EntryLabels> slow = everyRule.classifyDocket(docket);
        for (int i = 0; i < docket.size(); i++, n++) {
          assertEquals(slow.get(i), fast.get(i), docket.get(i).text());
        }
      }
    }
    assertEquals(true, n > 2000, "entries compared: " + n);
  }

  @Test
  void gatedLabelsEqualUngatedOnRealPacerEntries() throws IOException {
    EntryClassifier gated = new EntryClassifier();
    EntryClassifier everyRule = new EntryClassifier(false);
    List<String> texts = pacerDescriptions();
    for (String t : texts) {
      assertEquals(everyRule.classify(t, null), gated.classify(t, null), t);
    }
    assertEquals(true, texts.size() > 4000, "entries compared: " + texts.size());
  }

  @Test
  void discoveryKeywordsAgreeWithTheAhoCorasickLibrary() throws IOException {
    Trie library =
        Trie.builder().ignoreCase().stopOnHit().addKeywords(DiscoveryKeywords.KEYWORDS).build();
    DiscoveryKeywords keywords = new DiscoveryKeywords();
    for (String t : pacerDescriptions()) {
      // the library does not fold whitespace: compare on single-spaced text
      String single = t.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ");
      assertEquals(library.firstMatch(single) != null, keywords.mentionsDiscovery(t), t);
    }
  }

  private static List<String> pacerDescriptions() throws IOException {
    List<String> out = new ArrayList<>();
    ClassifierBenchmark.pacerDescriptions(
        SharedData.resolve("realdata/juriscraper/tests/examples/pacer"), out);
    return out;
  }

  private static List<List<DocketEntryText>> dockets(Path gold) throws IOException {
    Map<String, List<DocketEntryText>> out = new LinkedHashMap<>();
    int alone = 0;
    for (String line : Files.readAllLines(gold)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode e = JSON.readTree(line);
      String key = e.path("docket_key").asText(null);
      String doc = e.path("document_text").isTextual() ? e.path("document_text").asText() : null;
      out.computeIfAbsent(key == null ? "\u0000" + alone++ : key, k -> new ArrayList<>())
          .add(new DocketEntryText(
              e.path("entry_number").asText(null), e.path("text").asText(""), doc));
    }
    return new ArrayList<>(out.values());
  }
}

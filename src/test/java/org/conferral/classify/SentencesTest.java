package org.conferral.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conferral.eval.ClassifierBenchmark;
import org.conferral.eval.GoldEntry;
import org.conferral.eval.GoldFiles;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Sentence splitting keeps abbreviations ("No.", "Fed. R. Civ. P.", "U.S.C.") inside sentences, and
 * its fast path (which skips the abbreviation check where none can end) splits exactly as the full
 * pattern does.
 */
class SentencesTest {

  private static List<String> texts(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : Sentences.sentences(text, 0, text.length())) {
      out.add(text.substring(s[0], s[1]).strip());
    }
    return out;
  }

  @Test
  void keepsAbbreviationsInsideASentence() {
    assertEquals(
        List.of(
            "ORDER denying Doc. No. 45 Motion to Compel under Fed. R. Civ. P. 37(a)(1)",
            "The parties did not confer."),
        texts(
            "ORDER denying Doc. No. 45 Motion to Compel under Fed. R. Civ. P. 37(a)(1). The parties"
                + " did not confer."));
    assertEquals(
        List.of("Sanctions under 28 U.S.C. 1927 are denied", "So ordered."),
        texts("Sanctions under 28 U.S.C. 1927 are denied. So ordered."));
  }

  @Test
  void endsSentencesAfterOrdinaryWordsAndBlankLines() {
    assertEquals(
        List.of("The motion is DENIED", "Counsel shall meet and confer", "Signed by Judge Roe"),
        texts("The motion is DENIED. Counsel shall meet and confer\n\nSigned by Judge Roe"));
    // an abbreviation's letters ending a longer word do not keep the sentence open
    assertEquals(
        List.of("This motion is his first", "The motion is granted."),
        texts("This motion is his first. The motion is granted."));
  }

  @Test
  void fastPathSplitsAsTheFullPatternOnRealAndGoldTexts() throws IOException {
    Path gold = SharedData.resolve("gold");
    Path real = SharedData.resolve("realdata");
    List<String> all = new ArrayList<>();
    ClassifierBenchmark.pacerDescriptions(real.resolve("juriscraper/tests/examples/pacer"), all);
    ClassifierBenchmark.govinfoTexts(real.resolve("govinfo-uscourts/docket_texts.even.jsonl.gz"), all);
    for (String f : List.of("dev-dockets.jsonl", "dev-entries.jsonl", "dev-orders.jsonl")) {
      for (GoldEntry e : GoldFiles.read(gold.resolve(f))) {
        all.add(e.text());
        if (e.documentText() != null) {
          all.add(e.documentText());
        }
      }
    }
    int sentences = 0;
    for (String t : all) {
      List<int[]> fast = Sentences.sentences(t, 0, t.length());
      List<int[]> full = Sentences.sentencesByPattern(t);
      assertEquals(render(full), render(fast), t);
      sentences += fast.size();
    }
    assertEquals(true, sentences > all.size(), "texts read: " + all.size());
  }

  private static List<String> render(List<int[]> spans) {
    List<String> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(s[0] + "-" + s[1]);
    }
    return out;
  }
}

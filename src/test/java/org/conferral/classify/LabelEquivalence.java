package org.conferral.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferral.eval.ClassifierBenchmark;

/**
 * Dumps the classifier's full output (every field of every label, evidence included), one line per
 * text, for the benchmark's realistic mix and every gold entry (alone and in docket context), so that a
 * speed-up can be checked to change no label: run before and after, then diff the two files. Not a
 * test; run with {@code java -cp target/test-classes:target/classes:CP
 * org.conferral.classify.LabelEquivalence GOLD_DIR REALDATA_DIR OUT}.
 */
public final class LabelEquivalence {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelEquivalence() {}

  public static void main(String[] args) throws IOException {
    Path gold = Path.of(args[0]);
    Path real = Path.of(args[1]);
    Path outFile = Path.of(args[2]);
    EntryClassifier c = new EntryClassifier();
    List<String> mix = realisticMix(real);
    int lines = 0;
    int orderMismatches = 0;
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
      List<String> forward = new ArrayList<>();
      for (int i = 0; i < mix.size(); i++) {
        String line = "mix " + i + " " + oneLine(c.classify(mix.get(i), null));
        forward.add(line);
        w.println(line);
        lines++;
      }
      // the same instance again, in reverse order: no state may carry over between calls
      for (int i = mix.size() - 1; i >= 0; i--) {
        String line = "mix " + i + " " + oneLine(c.classify(mix.get(i), null));
        if (!line.equals(forward.get(i))) {
          orderMismatches++;
          w.println("ORDER-DEPENDENT " + line);
        }
      }
      for (String f : List.of("dev-dockets.jsonl", "dev-entries.jsonl", "dev-orders.jsonl")) {
        List<JsonNode> entries = readJsonl(gold.resolve(f));
        for (JsonNode e : entries) {
          String text = e.path("text").asText("");
          String doc = e.path("document_text").isTextual() ? e.path("document_text").asText() : null;
          w.println("alone " + f + " " + e.path("id").asText() + " " + oneLine(c.classify(text, doc)));
          w.println("nodoc " + f + " " + e.path("id").asText() + " " + oneLine(c.classify(text, null)));
          lines += 2;
        }
        for (List<JsonNode> docket : dockets(entries)) {
          List<DocketEntryText> texts = new ArrayList<>();
          for (JsonNode e : docket) {
            String num = e.path("entry_number").isTextual() ? e.path("entry_number").asText() : null;
            String doc = e.path("document_text").isTextual() ? e.path("document_text").asText() : null;
            texts.add(new DocketEntryText(num, e.path("text").asText(""), doc));
          }
          List<EntryLabels> labels = c.classifyDocket(texts);
          for (int i = 0; i < docket.size(); i++) {
            w.println("docket " + f + " " + docket.get(i).path("id").asText() + " " + oneLine(labels.get(i)));
            lines++;
          }
        }
      }
    }
    System.out.printf("%d lines written to %s; %d order-dependent results%n", lines, outFile, orderMismatches);
  }

  /** The benchmark's realistic mix: PACER example descriptions, then GovInfo docket texts. */
  public static List<String> realisticMix(Path real) throws IOException {
    List<String> mix = new ArrayList<>();
    ClassifierBenchmark.pacerDescriptions(real.resolve("juriscraper/tests/examples/pacer"), mix);
    ClassifierBenchmark.govinfoTexts(real.resolve("govinfo-uscourts/docket_texts.even.jsonl.gz"), mix);
    return mix;
  }

  private static String oneLine(EntryLabels l) {
    return l.toString().replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  private static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  /** Grouped by docket_key in first-seen order, as the evaluation groups them. */
  private static List<List<JsonNode>> dockets(List<JsonNode> entries) {
    Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
    int alone = 0;
    for (JsonNode e : entries) {
      String key = e.path("docket_key").isTextual() ? e.path("docket_key").asText() : "\u0000" + (alone++);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    return new ArrayList<>(groups.values());
  }

}

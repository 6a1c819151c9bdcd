package org.conferral.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferral.classify.DocketEntryText;
import org.conferral.classify.EntryClassifier;
import org.conferral.classify.EntryLabels;
import org.conferral.classify.Evidence;
import org.conferral.classify.MotionType;
import org.conferral.classify.RulingLabel;

/**
 * The classifier's command-line face: score it against gold files, label a gold-format file, or
 * explain the labels of one text.
 */
public final class EvaluateCommand {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluateCommand() {}

  /** Scores the classifier on gold JSONL files; prints a table (text) or one JSON object (json). */
  public static int evaluate(List<Path> goldFiles, String format, PrintStream out) {
    return evaluate(goldFiles, format, out, false);
  }

  /** As {@link #evaluate(List, String, PrintStream)}, also printing every disagreement when asked. */
  public static int evaluate(List<Path> goldFiles, String format, PrintStream out, boolean printErrors) {
    if (!"text".equals(format) && !"json".equals(format)) {
      out.println("Unknown --format " + format + ": use text or json");
      return 2;
    }
    if (goldFiles == null || goldFiles.isEmpty()) {
      out.println("No --gold file given");
      return 2;
    }
    Evaluation eval;
    try {
      eval = run(goldFiles);
    } catch (BadInput e) {
      out.println(e.getMessage());
      return 2;
    }
    if ("json".equals(format)) {
      out.println(toJson(eval).toString());
    } else {
      out.print(toTable(eval));
    }
    if (printErrors) {
      eval.errors().forEach(out::println);
    }
    return 0;
  }

  /** Runs the classifier over the gold files, docket by docket. */
  public static Evaluation run(List<Path> goldFiles) {
    EntryClassifier classifier = new EntryClassifier();
    Evaluation eval = new Evaluation();
    for (Path f : goldFiles) {
      for (List<GoldEntry> docket : GoldFiles.dockets(readGold(f))) {
        List<EntryLabels> labels = classifier.classifyDocket(texts(docket));
        for (int i = 0; i < docket.size(); i++) {
          eval.add(docket.get(i), labels.get(i));
        }
      }
    }
    return eval;
  }

  /** Labels every entry of a gold-format JSONL file into output (same ids, classifier's labels). */
  public static int classifyFile(Path input, Path output) {
    List<GoldEntry> entries;
    try {
      entries = readGold(input);
    } catch (BadInput e) {
      System.err.println(e.getMessage());
      return 2;
    }
    EntryClassifier classifier = new EntryClassifier();
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (List<GoldEntry> docket : GoldFiles.dockets(entries)) {
        List<EntryLabels> labels = classifier.classifyDocket(texts(docket));
        for (int i = 0; i < docket.size(); i++) {
          w.write(JSON.writeValueAsString(labelled(docket.get(i), labels.get(i))));
          w.newLine();
        }
      }
    } catch (IOException e) {
      System.err.println("Cannot write --output " + output + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }

  /** A human-readable account of what the classifier says about one text, and why. */
  public static String explain(String text, String documentText) {
    EntryLabels l = new EntryClassifier().classify(text, documentText);
    StringBuilder b = new StringBuilder();
    b.append("kind: ").append(l.kind().label());
    l.evidence().stream().findFirst().ifPresent(e -> b.append("   [").append(e.rule()).append("]"));
    b.append('\n');
    if (!l.motionTypes().isEmpty()) {
      b.append("motion types: ");
      b.append(String.join(", ", l.motionTypes().stream().map(MotionType::label).toList()));
      b.append(l.renewed() ? " (renewed)" : "").append(l.joint() ? " (joint)" : "");
      b.append(l.conferralCertified() ? " (mentions conferral)" : "").append('\n');
      for (Evidence e : l.evidence()) {
        b.append("  ").append(e.rule()).append(": \"").append(e.text()).append("\"\n");
      }
    }
    if (!l.citedEntries().isEmpty()) {
      b.append("cites entries: ").append(String.join(", ", l.citedEntries())).append('\n');
    }
    if (l.kind().label().equals("order")) {
      b.append("rulings: ").append(l.rulings().size()).append('\n');
    }
    int n = 1;
    for (RulingLabel r : l.rulings()) {
      b.append(n++).append(". ruling on a ").append(r.motionType().label()).append(" motion");
      b.append(" (target ").append(r.target() == null ? "none named" : r.target()).append(")");
      b.append(": ").append(r.outcome().label()).append('\n');
      b.append("   conferral ground: ").append(r.conferralGround()
          ? "yes (" + r.conferralKind().label() + ")" : "no").append('\n');
      b.append("   decided from: ").append(r.fromDocument() ? "document text" : "docket text").append('\n');
      b.append("   rules: ").append(String.join(", ", r.rules())).append('\n');
      for (Evidence e : r.evidence()) {
        b.append("   evidence [").append(e.rule()).append(", ").append(e.inDocument() ? "document" : "text")
            .append(' ').append(e.start()).append('-').append(e.end()).append("]: \"")
            .append(e.text().replaceAll("\\s+", " ")).append("\"\n");
      }
    }
    return b.toString();
  }

  /** Usage: --gold FILE [--gold FILE ...] [--format text|json] [--errors], or --explain TEXT. */
  public static void main(String[] args) {
    List<Path> gold = new ArrayList<>();
    String format = "text";
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold.add(Path.of(args[++i]));
        case "--format" -> format = args[++i];
        case "--errors" -> errors = true;
        case "--explain" -> {
          EntryLabels l = new EntryClassifier().classify(args[++i], null);
          System.out.println(l.kind().label() + " " + l.motionTypes());
          for (RulingLabel r : l.rulings()) {
            System.out.println("  " + r.target() + " " + r.motionType().label() + " "
                + r.outcome().label() + (r.conferralGround() ? " ground" : "") + " " + r.rules());
          }
          return;
        }
        default -> {
          System.err.println("Unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    System.exit(evaluate(gold, format, System.out, errors));
  }

  private static List<DocketEntryText> texts(List<GoldEntry> docket) {
    List<DocketEntryText> out = new ArrayList<>(docket.size());
    for (GoldEntry e : docket) {
      out.add(new DocketEntryText(e.entryNumber(), e.text(), e.documentText()));
    }
    return out;
  }

  private static List<GoldEntry> readGold(Path f) {
    if (!Files.isRegularFile(f)) {
      throw new BadInput("Cannot read --gold " + f + ": no such file");
    }
    try {
      return GoldFiles.read(f);
    } catch (IOException e) {
      throw new BadInput("Cannot read --gold " + f + ": " + e.getMessage());
    }
  }

  private static ObjectNode labelled(GoldEntry g, EntryLabels l) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", g.id());
    o.put("source", g.source());
    o.put("docket_key", g.docketKey());
    o.put("court_id", g.courtId());
    o.put("entry_number", g.entryNumber());
    o.put("date_filed", g.dateFiled());
    o.put("text", g.text());
    o.put("document_text", g.documentText());
    o.put("kind", l.kind().label());
    ArrayNode types = o.putArray("motion_types");
    l.motionTypes().forEach(t -> types.add(t.label()));
    ArrayNode rulings = o.putArray("rulings");
    for (RulingLabel r : l.rulings()) {
      ObjectNode ro = rulings.addObject();
      ro.put("target", r.target());
      ro.put("motion_type", r.motionType().label());
      ro.put("outcome", r.outcome().label());
      ro.put("conferral_ground", r.conferralGround());
      ro.put("conferral_kind", r.conferralKind() == null ? null : r.conferralKind().label());
      ro.put("from_document", r.fromDocument());
      r.rules().forEach(ro.putArray("rules")::add);
      evidence(ro.putArray("evidence"), r.evidence());
    }
    o.put("renewed", l.renewed());
    o.put("joint", l.joint());
    o.put("conferral_certified", l.conferralCertified());
    l.citedEntries().forEach(o.putArray("cited_entries")::add);
    evidence(o.putArray("evidence"), l.evidence());
    return o;
  }

  private static void evidence(ArrayNode a, List<Evidence> evidence) {
    for (Evidence e : evidence) {
      ObjectNode eo = a.addObject();
      eo.put("rule", e.rule());
      eo.put("start", e.start());
      eo.put("end", e.end());
      eo.put("text", e.text());
      eo.put("in_document", e.inDocument());
    }
  }

  private static ObjectNode toJson(Evaluation eval) {
    ObjectNode o = JSON.createObjectNode();
    for (Map.Entry<String, Score> e : eval.scores().entrySet()) {
      ObjectNode s = o.putObject(e.getKey());
      s.put("precision", round(e.getValue().precision()));
      s.put("recall", round(e.getValue().recall()));
      s.put("f1", round(e.getValue().f1()));
      s.put("support", e.getValue().support());
    }
    ObjectNode outcome = o.putObject("outcome");
    outcome.put("accuracy", round(eval.outcomeAccuracy()));
    outcome.put("support", eval.outcomeSupport());
    return o;
  }

  private static String toTable(Evaluation eval) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-30s %9s %9s %9s %8s%n", "metric", "precision", "recall", "f1", "support"));
    for (Map.Entry<String, Score> e : eval.scores().entrySet()) {
      Score s = e.getValue();
      b.append(String.format(Locale.ROOT, "%-30s %9.3f %9.3f %9.3f %8d%n", e.getKey(), s.precision(), s.recall(), s.f1(), s.support()));
    }
    b.append(String.format(Locale.ROOT, "%-30s %29s %8d%n", "outcome (accuracy)",
        String.format(Locale.ROOT, "%.3f", eval.outcomeAccuracy()), eval.outcomeSupport()));
    return b.toString();
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  /** Bad input from the command line: the message says what and why. */
  private static final class BadInput extends RuntimeException {
    BadInput(String message) {
      super(message);
    }
  }
}

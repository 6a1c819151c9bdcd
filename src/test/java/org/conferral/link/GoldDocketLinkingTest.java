package org.conferral.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferral.classify.EntryKind;
import org.conferral.classify.EntryLabels;
import org.conferral.classify.MotionType;
import org.conferral.classify.Outcome;
import org.conferral.classify.RulingLabel;
import org.conferral.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Links the gold-labelled whole dockets as if the classifier had labelled them perfectly. */
class GoldDocketLinkingTest {

  private record GoldEntry(int line, JsonNode json) {}

  @Test
  void goldDocketsLinkEveryCitedMotionToItsEntry() throws IOException {
    Path file = SharedData.resolve("gold/dev-dockets.jsonl");
    Map<String, List<GoldEntry>> dockets = new LinkedHashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        JsonNode j = mapper.readTree(line);
        dockets
            .computeIfAbsent(j.path("docket_key").asText(), k -> new ArrayList<>())
            .add(new GoldEntry(n++, j));
      }
    }
    DocketLinker linker = new DocketLinker();
    int goldRulings = 0;
    int goldMotionRows = 0;
    int citedChecked = 0;
    Map<LinkMethod, Integer> byMethod = new EnumMap<>(LinkMethod.class);
    List<RulingRow> all = new ArrayList<>();
    List<MotionRow> allMotions = new ArrayList<>();
    for (Map.Entry<String, List<GoldEntry>> d : dockets.entrySet()) {
      List<ClassifiedEntry> entries = inDocketOrder(d.getKey(), d.getValue());
      for (ClassifiedEntry e : entries) {
        goldRulings += e.labels().rulings().size();
        goldMotionRows += e.labels().motionTypes().size();
      }
      DocketLinks links = linker.link(entries);
      all.addAll(links.rulings());
      allMotions.addAll(links.motions());
      for (RulingRow r : links.rulings()) {
        byMethod.merge(r.linkMethod(), 1, Integer::sum);
        ClassifiedEntry cited = motionAt(entries, r.citedTarget(), r.motionType());
        if (cited != null) {
          citedChecked++;
          assertEquals(MotionRow.uid(cited.entryUid(), r.motionType()), r.targetMotionUid());
          assertEquals(LinkMethod.CITED_ENTRY, r.linkMethod());
        }
      }
    }
    System.out.printf(
        "gold dockets=%d motions=%d rulings=%d cited-and-present=%d by method=%s%n",
        dockets.size(), allMotions.size(), all.size(), citedChecked, byMethod);
    assertEquals(goldRulings, all.size());
    assertEquals(
        goldMotionRows, allMotions.stream().filter(m -> !m.implied()).count(), "filed motions");
    assertEquals(
        all.stream().filter(r -> r.linkMethod() == LinkMethod.IMPLIED_BY_RULING).count(),
        allMotions.stream().filter(MotionRow::implied).count(),
        "one implied motion per ruling on a motion the docket does not show");
    assertTrue(citedChecked > 0, "the gold dockets cite some of their motions");
  }

  private static List<ClassifiedEntry> inDocketOrder(String docket, List<GoldEntry> gold) {
    List<GoldEntry> sorted = new ArrayList<>(gold);
    sorted.sort(
        Comparator.comparing((GoldEntry g) -> g.json().path("date_filed").asText(""))
            .thenComparing(g -> number(g.json().path("entry_number").asText("")))
            .thenComparing(GoldEntry::line));
    List<ClassifiedEntry> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      JsonNode j = sorted.get(i).json();
      String date = j.path("date_filed").asText("");
      out.add(
          new ClassifiedEntry(
              docket,
              j.path("id").asText(),
              j.path("entry_number").isNull() ? null : j.path("entry_number").asText(),
              i,
              date.isEmpty() ? null : LocalDate.parse(date),
              j.path("court_id").asText(null),
              labels(j)));
    }
    return out;
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static EntryLabels labels(JsonNode j) {
    List<MotionType> types = new ArrayList<>();
    j.path("motion_types").forEach(t -> types.add(MotionType.fromLabel(t.asText())));
    List<RulingLabel> rulings = new ArrayList<>();
    for (JsonNode r : j.path("rulings")) {
      rulings.add(
          new RulingLabel(
              r.path("target").isNull() ? null : r.path("target").asText(),
              MotionType.fromLabel(r.path("motion_type").asText()),
              Outcome.fromLabel(r.path("outcome").asText()),
              r.path("conferral_ground").asBoolean(),
              null,
              false,
              List.of("gold"),
              List.of()));
    }
    EntryKind kind = EntryKind.valueOf(j.path("kind").asText().toUpperCase(java.util.Locale.ROOT));
    return new EntryLabels(kind, types, rulings, false, false, false, List.of(), List.of());
  }

  private static ClassifiedEntry motionAt(List<ClassifiedEntry> entries, String n, MotionType t) {
    if (n == null) {
      return null;
    }
    for (ClassifiedEntry e : entries) {
      if (n.equals(e.entryNumber()) && e.labels().motionTypes().contains(t)) {
        return e;
      }
    }
    return null;
  }
}

package org.conferral.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferral.classify.EntryKind;
import org.conferral.classify.EntryLabels;
import org.conferral.classify.MotionType;
import org.conferral.classify.RulingLabel;

/**
 * The metrics of gold/LABELS.md over pairs of gold entries and predicted labels: kind, motion types,
 * rulings matched one to one, outcome accuracy over matched rulings, conferral ground.
 */
public final class Evaluation {

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private int outcomeCorrect;
  private int outcomeTotal;
  private final List<String> errors = new ArrayList<>();

  public Evaluation() {
    for (String k : List.of("kind.motion", "kind.order", "motion_type.compel", "motion_type.sanctions",
        "motion_type.protective_order", "ruling", "conferral_ground")) {
      scores.put(k, new Score());
    }
  }

  /** Adds one entry's gold labels and prediction. */
  public void add(GoldEntry gold, EntryLabels predicted) {
    String pk = predicted.kind().label();
    scores.get("kind.motion").add("motion".equals(gold.kind()), predicted.kind() == EntryKind.MOTION);
    scores.get("kind.order").add("order".equals(gold.kind()), predicted.kind() == EntryKind.ORDER);
    if (!pk.equals(gold.kind())) {
      errors.add("kind " + gold.id() + ": gold " + gold.kind() + " predicted " + pk);
    }
    for (MotionType t : MotionType.values()) {
      boolean g = gold.motionTypes().contains(t.label());
      boolean p = predicted.motionTypes().contains(t);
      scores.get("motion_type." + t.label()).add(g, p);
      if (g != p) {
        errors.add("motion_type." + t.label() + " " + gold.id() + ": gold " + g + " predicted " + p);
      }
    }
    matchRulings(gold, predicted.rulings());
  }

  private void matchRulings(GoldEntry gold, List<RulingLabel> predicted) {
    List<GoldEntry.GoldRuling> g = gold.rulings();
    int[] gm = new int[g.size()];
    int[] pm = new int[predicted.size()];
    java.util.Arrays.fill(gm, -1);
    java.util.Arrays.fill(pm, -1);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < g.size(); i++) {
        if (gm[i] >= 0 || (pass == 1 && g.get(i).target() != null)) {
          continue;
        }
        for (int j = 0; j < predicted.size(); j++) {
          RulingLabel p = predicted.get(j);
          if (pm[j] >= 0 || !p.motionType().label().equals(g.get(i).motionType())) {
            continue;
          }
          if (pass == 1 || java.util.Objects.equals(g.get(i).target(), p.target())) {
            gm[i] = j;
            pm[j] = i;
            break;
          }
        }
      }
    }
    Score ruling = scores.get("ruling");
    Score ground = scores.get("conferral_ground");
    for (int i = 0; i < g.size(); i++) {
      GoldEntry.GoldRuling gr = g.get(i);
      if (gm[i] < 0) {
        ruling.fn++;
        ground.add(gr.conferralGround(), false);
        errors.add("ruling " + gold.id() + ": missed " + gr);
        continue;
      }
      ruling.tp++;
      RulingLabel p = predicted.get(gm[i]);
      outcomeTotal++;
      if (p.outcome().label().equals(gr.outcome())) {
        outcomeCorrect++;
      } else {
        errors.add("outcome " + gold.id() + ": gold " + gr.outcome() + " predicted " + p.outcome().label()
            + " (" + gr.motionType() + " " + gr.target() + ")");
      }
      ground.add(gr.conferralGround(), p.conferralGround());
      if (gr.conferralGround() != p.conferralGround()) {
        errors.add("conferral_ground " + gold.id() + ": gold " + gr.conferralGround() + " predicted "
            + p.conferralGround() + " " + p.rules());
      }
    }
    for (int j = 0; j < predicted.size(); j++) {
      if (pm[j] < 0) {
        ruling.fp++;
        RulingLabel p = predicted.get(j);
        ground.add(false, p.conferralGround());
        errors.add("ruling " + gold.id() + ": extra " + p.target() + " " + p.motionType().label() + " "
            + p.outcome().label() + " " + p.rules());
      }
    }
  }

  public Score score(String key) {
    return scores.get(key);
  }

  public Map<String, Score> scores() {
    return scores;
  }

  public double outcomeAccuracy() {
    return outcomeTotal == 0 ? 1.0 : (double) outcomeCorrect / outcomeTotal;
  }

  public int outcomeSupport() {
    return outcomeTotal;
  }

  /** One line per disagreement, for error analysis. */
  public List<String> errors() {
    return errors;
  }
}

package org.conferral.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferral.classify.EntryKind;
import org.conferral.classify.EntryLabels;
import org.conferral.classify.Evidence;
import org.conferral.classify.MotionType;
import org.conferral.classify.Outcome;
import org.conferral.classify.RulingLabel;

/**
 * Turns one docket's classified entries into motion rows and ruling rows, linking each ruling to
 * the motion it decides.
 *
 * <p>Linking, in order of preference:
 *
 * <ol>
 *   <li>{@link LinkMethod#CITED_ENTRY}: the ruling's target (else, when it has none, the first
 *       entry the order cites that is a motion of the ruling's type and not yet taken by this
 *       order) is the number of a motion entry in the docket. Same type: {@link
 *       LinkConfidence#CITED_SAME_TYPE} (or {@link LinkConfidence#CITED_BY_ORDER} via the order's
 *       citations); the entry files other types only: its first type, {@link
 *       LinkConfidence#CITED_OTHER_TYPE}. A target naming no motion entry falls through to an
 *       implied motion (below): the order speaks of a motion this docket does not show.
 *   <li>{@link LinkMethod#NEAREST_OPEN_MOTION}: no target; the latest earlier motion of the
 *       ruling's type that is still open and not already taken by another ruling of the same order.
 *   <li>{@link LinkMethod#IMPLIED_BY_RULING}: neither found: the order rules on a motion this docket
 *       does not show, so an implied motion row stands for it (one per cited number and type, shared
 *       by later orders citing the same number; one per ruling when no number is cited).
 *   <li>{@link LinkMethod#NONE}: the ruling has no motion type.
 * </ol>
 *
 * <p>A motion is open until a ruling other than {@code deferred} links to it. A later ruling on the
 * same motion supersedes the earlier one as final (see {@code features.MotionOutcomes}).
 *
 * <p>Refiling chain ({@link MotionRow#previousMotionUid()}): a renewed motion points at the latest
 * earlier motion of its type; any other motion points at the latest earlier motion of its type that
 * was ruled on (last ruling not {@code granted}) before it and has no successor yet.
 *
 * <p>Stateless: one instance may serve many dockets, from many threads.
 */
public final class DocketLinker {

  /** Links one docket; {@code entries} are that docket's entries, sorted here by sequence. */
  public DocketLinks link(List<ClassifiedEntry> entries) {
    return new Run(entries).run();
  }

  /** The state of one docket's pass. */
  private static final class Run {
    private final List<ClassifiedEntry> entries;
    private final Map<String, List<ClassifiedEntry>> motionEntriesByNumber = new HashMap<>();
    private final Map<MotionType, List<MotionRow>> motionsByType = new HashMap<>();
    private final Map<String, MotionState> states = new HashMap<>();
    private final List<MotionRow> motions = new ArrayList<>();
    private final List<RulingRow> rulings = new ArrayList<>();
    private final Map<String, MotionRow> implied = new HashMap<>();

    Run(List<ClassifiedEntry> entries) {
      List<ClassifiedEntry> sorted = new ArrayList<>(entries);
      sorted.sort(Comparator.comparingInt(ClassifiedEntry::sequence));
      this.entries = sorted;
    }

    DocketLinks run() {
      for (ClassifiedEntry e : entries) {
        String n = EntryNumbers.normalize(e.entryNumber());
        if (n != null && isDiscoveryMotion(e.labels())) {
          motionEntriesByNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
        }
      }
      for (ClassifiedEntry e : entries) {
        EntryLabels labels = e.labels();
        if (isDiscoveryMotion(labels)) {
          addMotions(e);
        } else if (labels.kind() == EntryKind.ORDER && labels.rulings() != null) {
          addRulings(e);
        }
      }
      return new DocketLinks(motions, rulings);
    }

    private static boolean isDiscoveryMotion(EntryLabels labels) {
      return labels.kind() == EntryKind.MOTION
          && labels.motionTypes() != null
          && !labels.motionTypes().isEmpty();
    }

    private void addMotions(ClassifiedEntry e) {
      EntryLabels labels = e.labels();
      List<String> rules = ruleNames(labels.evidence());
      for (MotionType type : new LinkedHashSet<>(labels.motionTypes())) {
        List<MotionRow> sameType = motionsByType.computeIfAbsent(type, k -> new ArrayList<>());
        MotionRow previous = previousOf(labels.renewed(), sameType);
        MotionRow row =
            new MotionRow(
                MotionRow.uid(e.entryUid(), type),
                e.docketUid(),
                e.entryUid(),
                e.entryNumber(),
                e.sequence(),
                e.courtId(),
                e.dateFiled(),
                type,
                labels.renewed(),
                labels.joint(),
                labels.conferralCertified(),
                previous == null ? null : previous.motionUid(),
                rules,
                false);
        if (previous != null) {
          state(previous.motionUid()).hasSuccessor = true;
        }
        sameType.add(row);
        motions.add(row);
      }
    }

    private MotionRow previousOf(boolean renewed, List<MotionRow> earlierSameType) {
      if (earlierSameType.isEmpty()) {
        return null;
      }
      if (renewed) {
        return earlierSameType.get(earlierSameType.size() - 1);
      }
      for (int i = earlierSameType.size() - 1; i >= 0; i--) {
        MotionRow m = earlierSameType.get(i);
        MotionState s = states.get(m.motionUid());
        if (s != null
            && s.lastOutcome != null
            && s.lastOutcome != Outcome.GRANTED
            && !s.hasSuccessor) {
          return m;
        }
      }
      return null;
    }

    private void addRulings(ClassifiedEntry order) {
      List<RulingLabel> labels = order.labels().rulings();
      Set<String> takenByThisOrder = new HashSet<>();
      for (int i = 0; i < labels.size(); i++) {
        RulingLabel r = labels.get(i);
        Link link = linkOf(order, r, takenByThisOrder);
        if (link.motionUid == null && r.motionType() != null) {
          link = implied(order, r, i);
        }
        if (link.motionUid != null) {
          takenByThisOrder.add(link.motionUid);
          MotionState s = state(link.motionUid);
          s.lastOutcome = r.outcome();
          if (r.outcome() != Outcome.DEFERRED) {
            s.closed = true;
          }
        }
        rulings.add(
            new RulingRow(
                order.entryUid() + ":" + i,
                order.entryUid(),
                order.docketUid(),
                order.entryNumber(),
                order.sequence(),
                order.courtId(),
                order.dateFiled(),
                r.target(),
                link.motionUid,
                link.method,
                link.confidence,
                r.motionType(),
                r.outcome(),
                r.conferralGround(),
                r.conferralKind(),
                r.fromDocument(),
                r.evidence() == null ? List.of() : List.copyOf(r.evidence()),
                r.rules() == null ? List.of() : List.copyOf(r.rules())));
      }
    }

    private Link linkOf(ClassifiedEntry order, RulingLabel r, Set<String> taken) {
      String target = EntryNumbers.normalize(r.target());
      if (target != null) {
        ClassifiedEntry motion = motionEntryAt(target, r.motionType());
        if (motion == null) {
          return Link.NONE;
        }
        List<MotionType> types = motion.labels().motionTypes();
        if (r.motionType() != null && types.contains(r.motionType())) {
          return new Link(
              MotionRow.uid(motion.entryUid(), r.motionType()),
              LinkMethod.CITED_ENTRY,
              LinkConfidence.CITED_SAME_TYPE);
        }
        return new Link(
            MotionRow.uid(motion.entryUid(), types.get(0)),
            LinkMethod.CITED_ENTRY,
            LinkConfidence.CITED_OTHER_TYPE);
      }
      if (r.motionType() == null) {
        return Link.NONE;
      }
      Link cited = citedByOrder(order, r.motionType(), taken);
      return cited != null ? cited : nearestOpen(order, r.motionType(), taken);
    }

    /** The motion an order rules on when the docket does not show it; created on first mention. */
    private Link implied(ClassifiedEntry order, RulingLabel r, int index) {
      String target = EntryNumbers.normalize(r.target());
      String uid =
          target != null
              ? order.docketUid() + "#" + target + ":" + r.motionType().label()
              : order.entryUid() + "#" + index + ":" + r.motionType().label();
      if (!implied.containsKey(uid)) {
        MotionRow row =
            new MotionRow(
                uid,
                order.docketUid(),
                order.entryUid(),
                target,
                order.sequence(),
                order.courtId(),
                null,
                r.motionType(),
                false,
                false,
                false,
                null,
                List.of(),
                true);
        implied.put(uid, row);
        motions.add(row);
      }
      return new Link(uid, LinkMethod.IMPLIED_BY_RULING, LinkConfidence.IMPLIED);
    }

    private ClassifiedEntry motionEntryAt(String number, MotionType type) {
      List<ClassifiedEntry> at = motionEntriesByNumber.get(number);
      if (at == null) {
        String main = EntryNumbers.mainEntry(number);
        at = main == null ? null : motionEntriesByNumber.get(main);
      }
      if (at == null) {
        return null;
      }
      for (ClassifiedEntry e : at) {
        if (e.labels().motionTypes().contains(type)) {
          return e;
        }
      }
      return at.get(0);
    }

    private Link citedByOrder(ClassifiedEntry order, MotionType type, Set<String> taken) {
      List<String> cited = order.labels().citedEntries();
      if (cited == null) {
        return null;
      }
      for (String c : cited) {
        List<ClassifiedEntry> at = motionEntriesByNumber.get(EntryNumbers.normalize(c));
        if (at == null) {
          continue;
        }
        for (ClassifiedEntry e : at) {
          String uid = MotionRow.uid(e.entryUid(), type);
          if (e.labels().motionTypes().contains(type) && !taken.contains(uid)) {
            return new Link(uid, LinkMethod.CITED_ENTRY, LinkConfidence.CITED_BY_ORDER);
          }
        }
      }
      return null;
    }

    private Link nearestOpen(ClassifiedEntry order, MotionType type, Set<String> taken) {
      List<MotionRow> sameType = motionsByType.getOrDefault(type, List.of());
      MotionRow nearest = null;
      int open = 0;
      for (MotionRow m : sameType) {
        MotionState s = states.get(m.motionUid());
        if (m.sequence() < order.sequence()
            && (s == null || !s.closed)
            && !taken.contains(m.motionUid())) {
          nearest = m;
          open++;
        }
      }
      if (nearest == null) {
        return Link.NONE;
      }
      return new Link(
          nearest.motionUid(),
          LinkMethod.NEAREST_OPEN_MOTION,
          open == 1 ? LinkConfidence.NEAREST_OPEN_SOLE : LinkConfidence.NEAREST_OPEN_AMONG_SEVERAL);
    }

    private MotionState state(String motionUid) {
      return states.computeIfAbsent(motionUid, k -> new MotionState());
    }

    private static List<String> ruleNames(List<Evidence> evidence) {
      if (evidence == null) {
        return List.of();
      }
      Set<String> names = new LinkedHashSet<>();
      for (Evidence ev : evidence) {
        if (ev != null && ev.rule() != null) {
          names.add(ev.rule());
        }
      }
      return List.copyOf(names);
    }
  }

  /** What the docket has said about one motion so far. */
  private static final class MotionState {
    boolean closed;
    Outcome lastOutcome;
    boolean hasSuccessor;
  }

  private record Link(String motionUid, LinkMethod method, double confidence) {
    static final Link NONE = new Link(null, LinkMethod.NONE, LinkConfidence.NONE);
  }
}

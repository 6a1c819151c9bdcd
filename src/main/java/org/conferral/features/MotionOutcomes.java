package org.conferral.features;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferral.classify.Outcome;
import org.conferral.link.DocketLinks;
import org.conferral.link.MotionRow;
import org.conferral.link.RulingRow;

/** Builds one {@link MotionOutcome} per motion of a linked docket. */
public final class MotionOutcomes {

  private MotionOutcomes() {}

  /** The outcomes of every motion in {@code links}, in docket order; {@code facts} may be null. */
  public static List<MotionOutcome> of(DocketLinks links, DocketFacts facts) {
    DocketFacts f = facts == null ? DocketFacts.UNKNOWN : facts;
    Map<String, List<RulingRow>> rulingsByMotion = new HashMap<>();
    for (RulingRow r : links.rulings()) {
      if (r.targetMotionUid() != null) {
        rulingsByMotion.computeIfAbsent(r.targetMotionUid(), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, RulingRow> finals = new HashMap<>();
    for (Map.Entry<String, List<RulingRow>> e : rulingsByMotion.entrySet()) {
      finals.put(e.getKey(), finalOf(e.getValue()));
    }
    Map<String, MotionRow> firstSuccessor = new HashMap<>();
    for (MotionRow m : links.motions()) {
      if (m.previousMotionUid() != null) {
        firstSuccessor.merge(
            m.previousMotionUid(), m, (a, b) -> a.sequence() <= b.sequence() ? a : b);
      }
    }
    List<MotionOutcome> out = new ArrayList<>(links.motions().size());
    for (MotionRow m : links.motions()) {
      RulingRow fin = finals.get(m.motionUid());
      Outcome outcome = fin == null ? null : fin.outcome();
      boolean ground = fin != null && fin.conferralGround();
      boolean denied = isDenial(outcome);
      boolean deniedConferral = denied && ground;
      boolean partial = deniedConferral || (outcome == Outcome.GRANTED_IN_PART && ground);
      MotionRow next = firstSuccessor.get(m.motionUid());
      boolean refiled = deniedConferral && next != null && next.sequence() > fin.sequence();
      RulingRow nextFinal = refiled ? finals.get(next.motionUid()) : null;
      out.add(
          new MotionOutcome(
              m.motionUid(),
              m.docketUid(),
              m.entryUid(),
              m.courtId(),
              f.judge(),
              f.natureOfSuit(),
              f.movantProSe(),
              m.motionType(),
              m.dateFiled(),
              yearOf(m, fin),
              m.renewed(),
              m.joint(),
              m.conferralCertified(),
              m.previousMotionUid(),
              rulingsByMotion.getOrDefault(m.motionUid(), List.of()).size(),
              fin == null ? null : fin.rulingUid(),
              outcome,
              fin == null ? null : fin.date(),
              fin == null ? null : fin.linkMethod(),
              fin == null ? null : fin.linkConfidence(),
              outcome != null && outcome.isRuledOn(),
              denied,
              deniedConferral,
              partial,
              ground ? fin.conferralKind() : null,
              daysToRuling(m, fin),
              refiled,
              refiled ? next.motionUid() : null,
              nextFinal == null ? null : nextFinal.outcome()));
    }
    return out;
  }

  /** The last ruling that is not a deferral, else the last deferral. */
  static RulingRow finalOf(List<RulingRow> rulingsInOrder) {
    RulingRow lastDeferral = null;
    RulingRow last = null;
    for (RulingRow r : rulingsInOrder) {
      if (r.outcome() == Outcome.DEFERRED) {
        lastDeferral = r;
      } else {
        last = r;
      }
    }
    return last != null ? last : lastDeferral;
  }

  /** Denied or stricken in whole: the outcomes the metric's numerator may count. */
  public static boolean isDenial(Outcome outcome) {
    return outcome == Outcome.DENIED
        || outcome == Outcome.DENIED_WITHOUT_PREJUDICE
        || outcome == Outcome.STRICKEN;
  }

  private static Integer daysToRuling(MotionRow m, RulingRow fin) {
    if (fin == null
        || fin.outcome() == Outcome.DEFERRED
        || m.dateFiled() == null
        || fin.date() == null) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(m.dateFiled(), fin.date());
    return days < 0 ? null : Math.toIntExact(days);
  }

  /** The year the motion was filed; for a motion known only from its ruling, the ruling's year. */
  private static Integer yearOf(MotionRow m, RulingRow fin) {
    if (m.dateFiled() != null) {
      return m.dateFiled().getYear();
    }
    return !m.implied() || fin == null || fin.date() == null ? null : fin.date().getYear();
  }
}

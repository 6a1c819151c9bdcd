package org.conferral.report;

import java.util.List;
import org.conferral.report.ReportData.Rate;

/**
 * The funnel of judges: how many judges are named on motions, how many ruled on one, how many have
 * enough ruled motions for a published rate, and how many of those denied one for conferral. Each
 * step is a subset of the one before. Motions with no judge ({@code unknown}) are not counted.
 */
final class JudgeFunnel {
  /** One step: what it counts and how many judges. */
  record Step(String label, long judges) {}

  private JudgeFunnel() {}

  static List<Step> of(ReportData d) {
    List<Rate> judges =
        d.cells("judge").stream().filter(r -> !"unknown".equals(r.value())).toList();
    long named = judges.stream().filter(r -> r.nMotions() > 0).count();
    long ruled = judges.stream().filter(r -> r.nRuled() > 0).count();
    long published = judges.stream().filter(r -> r.nRuled() >= d.minCell()).count();
    long conferral =
        judges.stream().filter(r -> r.nRuled() >= d.minCell() && r.nDeniedConferral() > 0).count();
    return List.of(
        new Step("named on a discovery motion", named),
        new Step("ruled on at least one", ruled),
        new Step("at least " + d.minCell() + " ruled (rate published)", published),
        new Step("published, with a conferral denial", conferral));
  }
}

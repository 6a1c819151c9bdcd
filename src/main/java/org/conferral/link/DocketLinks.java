package org.conferral.link;

import java.util.List;

/** The motions of one docket and the rulings on them, each in docket order. */
public record DocketLinks(List<MotionRow> motions, List<RulingRow> rulings) {

  public DocketLinks {
    motions = List.copyOf(motions);
    rulings = List.copyOf(rulings);
  }
}

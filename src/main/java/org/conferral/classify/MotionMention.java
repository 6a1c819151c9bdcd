package org.conferral.classify;

import java.util.List;

/**
 * One motion named in a text: where its head word and title lie, the discovery types its title asks
 * for (empty for other motions), and the entry number it cites, if any ({@code targets} holds every
 * number of a list such as "(Docs. 90 &amp; 92)"; {@code target} is its first).
 */
record MotionMention(
    int headStart,
    int titleEnd,
    List<MotionType> types,
    String target,
    List<String> targets,
    boolean renewed,
    boolean joint,
    List<String> rules,
    Evidence evidence) {

  boolean isDiscovery() {
    return !types.isEmpty();
  }
}

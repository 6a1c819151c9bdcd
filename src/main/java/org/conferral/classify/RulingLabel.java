package org.conferral.classify;

import java.util.List;

/**
 * One ruling an order makes on one discovery motion.
 *
 * @param target the cited entry number of the motion ({@code "133"}), or null when the text names none
 * @param conferralKind null unless {@code conferralGround}
 * @param fromDocument whether outcome or ground was decided from the document's full text
 * @param rules names of the rules that fired for this ruling
 * @param evidence the clause or sentence that decided the outcome and, if any, the conferral ground
 */
public record RulingLabel(
    String target,
    MotionType motionType,
    Outcome outcome,
    boolean conferralGround,
    ConferralKind conferralKind,
    boolean fromDocument,
    List<String> rules,
    List<Evidence> evidence) {}

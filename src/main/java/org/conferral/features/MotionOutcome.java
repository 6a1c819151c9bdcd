package org.conferral.features;

import java.time.LocalDate;
import org.conferral.classify.ConferralKind;
import org.conferral.classify.MotionType;
import org.conferral.classify.Outcome;
import org.conferral.link.LinkMethod;

/**
 * One motion with its final ruling and the features the rates count (DESIGN.md {@code
 * motion_outcomes}).
 *
 * @param year the year the motion was filed, or null
 * @param nRulings how many rulings link to the motion (deferrals included)
 * @param finalRulingUid the last linked ruling that is not {@code deferred}, else the last
 *     deferral, else null
 * @param finalOutcome that ruling's outcome; null = never ruled on; {@code DEFERRED} = only
 *     deferred
 * @param ruledOn the final outcome counts in the metric's denominator ({@link Outcome#isRuledOn()})
 * @param denied the final outcome is denied, denied without prejudice or stricken (in whole)
 * @param deniedConferral {@code denied} with a conferral ground: the metric's numerator
 * @param deniedConferralPartial {@code deniedConferral}, or granted in part with a conferral ground
 * @param conferralKind the final ruling's kind of insufficient conferral, null without a ground
 * @param daysToRuling days from filing to the final, non-deferred ruling; null when a date is
 *     missing or the ruling predates the motion
 * @param refiledAfterConferralDenial {@code deniedConferral} and a later motion of the same type
 *     chains to this one, filed after the final ruling
 * @param refilingMotionUid that later motion (the first), or null
 * @param refilingOutcome that later motion's final outcome, null if never ruled or not refiled
 */
public record MotionOutcome(
    String motionUid,
    String docketUid,
    String entryUid,
    String courtId,
    String judge,
    String natureOfSuit,
    Boolean movantProSe,
    MotionType motionType,
    LocalDate dateFiled,
    Integer year,
    boolean renewed,
    boolean joint,
    boolean conferralCertified,
    String previousMotionUid,
    int nRulings,
    String finalRulingUid,
    Outcome finalOutcome,
    LocalDate finalRulingDate,
    LinkMethod finalLinkMethod,
    Double finalLinkConfidence,
    boolean ruledOn,
    boolean denied,
    boolean deniedConferral,
    boolean deniedConferralPartial,
    ConferralKind conferralKind,
    Integer daysToRuling,
    boolean refiledAfterConferralDenial,
    String refilingMotionUid,
    Outcome refilingOutcome) {}

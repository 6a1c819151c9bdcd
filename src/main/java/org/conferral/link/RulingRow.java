package org.conferral.link;

import java.time.LocalDate;
import java.util.List;
import org.conferral.classify.ConferralKind;
import org.conferral.classify.Evidence;
import org.conferral.classify.MotionType;
import org.conferral.classify.Outcome;

/**
 * One ruling of one order on one discovery motion (DESIGN.md {@code rulings}).
 *
 * @param rulingUid {@code entryUid + ":" + index} of the ruling within the order, from 0
 * @param entryUid the order's entry
 * @param sequence the order entry's position in docket order
 * @param date the order's filing date, or null
 * @param citedTarget the motion's entry number as the order cites it, or null
 * @param targetMotionUid the motion ruled on, or null when unlinked
 * @param linkConfidence one of the {@link LinkConfidence} constants
 * @param conferralKind null unless {@code conferralGround}
 * @param evidence the spans that decided outcome and ground, with offsets into docket or document
 *     text
 */
public record RulingRow(
    String rulingUid,
    String entryUid,
    String docketUid,
    String entryNumber,
    int sequence,
    String courtId,
    LocalDate date,
    String citedTarget,
    String targetMotionUid,
    LinkMethod linkMethod,
    double linkConfidence,
    MotionType motionType,
    Outcome outcome,
    boolean conferralGround,
    ConferralKind conferralKind,
    boolean fromDocument,
    List<Evidence> evidence,
    List<String> rules) {}

package org.conferral.link;

import java.time.LocalDate;
import java.util.List;
import org.conferral.classify.MotionType;

/**
 * One discovery motion of one type (DESIGN.md {@code motions}): a motion entry that seeks two types
 * gives two rows.
 *
 * @param motionUid {@code entryUid + ":" + motionType.label()}
 * @param sequence the motion entry's position in docket order
 * @param previousMotionUid the earlier motion of the same type in the docket that this one renews
 *     or refiles, or null
 * @param rules names of the classifier rules behind the entry's kind and types
 */
public record MotionRow(
    String motionUid,
    String docketUid,
    String entryUid,
    String entryNumber,
    int sequence,
    String courtId,
    LocalDate dateFiled,
    MotionType motionType,
    boolean renewed,
    boolean joint,
    boolean conferralCertified,
    String previousMotionUid,
    List<String> rules,
    boolean implied) {

  /** The uid of the motion of {@code type} filed by entry {@code entryUid}. */
  public static String uid(String entryUid, MotionType type) {
    return entryUid + ":" + type.label();
  }
}

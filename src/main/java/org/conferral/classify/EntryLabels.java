package org.conferral.classify;

import java.util.List;

/**
 * Everything the classifier says about one docket entry.
 *
 * @param motionTypes for motions: the discovery motion types it files (empty for other motions)
 * @param rulings for orders: one per discovery motion ruled on
 * @param renewed a motion that says it is renewed, second or amended
 * @param joint a joint or stipulated motion
 * @param conferralCertified a motion that mentions a conferral certification or meet-and-confer
 * @param citedEntries entry numbers the text cites ("re 133", "ECF No. 133"), in order of appearance
 * @param evidence spans behind kind and motion types
 */
public record EntryLabels(
    EntryKind kind,
    List<MotionType> motionTypes,
    List<RulingLabel> rulings,
    boolean renewed,
    boolean joint,
    boolean conferralCertified,
    List<String> citedEntries,
    List<Evidence> evidence) {}

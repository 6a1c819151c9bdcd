package org.conferral.features;

/**
 * A district court's local rule on conferring before a discovery motion, as {@code
 * data/local-rules.csv} records it. Each flag is null where the rule could not be established.
 *
 * @param rule the citation, e.g. {@code "D. Kan. Rule 37.2"}, or null
 * @param source where the entry was established (URL or citation), or null
 */
public record LocalConferralRule(
    String courtId,
    String courtName,
    String rule,
    Boolean requiresCertification,
    Boolean requiresInPersonOrPhone,
    Boolean lettersEmailsSuffice,
    Boolean premotionConferenceWithJudge,
    String notes,
    String source) {}

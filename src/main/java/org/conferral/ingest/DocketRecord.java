package org.conferral.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One docket (a case) as a reader found it, in the canonical shape of the {@code dockets} table.
 *
 * @param docketUid stable id, prefixed by source namespace ({@code "cl:123"}, {@code "pacer:ilnd;1:19-cv-01234"})
 * @param docketKey {@code court_id;docket_number} normalized by {@link DocketKeys}, for joins across sources;
 *     null when court or number is unknown
 * @param parties parties where the source lists them (empty otherwise)
 */
public record DocketRecord(
    String docketUid,
    String docketKey,
    String source,
    String sourceFile,
    String courtId,
    String docketNumber,
    String caseName,
    String natureOfSuit,
    String cause,
    String jurisdiction,
    LocalDate dateFiled,
    LocalDate dateTerminated,
    String assignedJudge,
    String referredJudge,
    List<Party> parties) {

  /** The same docket with other filing and termination dates. */
  public DocketRecord withDates(LocalDate filed, LocalDate terminated) {
    return new DocketRecord(
        docketUid, docketKey, source, sourceFile, courtId, docketNumber, caseName, natureOfSuit,
        cause, jurisdiction, filed, terminated, assignedJudge, referredJudge, parties);
  }

  /** A party to a case: name, role as the source gives it ("Plaintiff", "Defendant"), pro se flag. */
  public record Party(String name, String role, boolean proSe) {}
}

package org.conferral.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns canonical records into rows of their tables ({@code dockets}, {@code entries}, ...) for
 * {@link org.conferral.io.PartFile}. Dates stay {@link java.time.LocalDate}s, which its converter
 * counts in days directly ({@code java.sql.Date.valueOf} went through a calendar).
 */
final class IngestRows {

  private IngestRows() {}

  static Row docket(DocketRecord d) {
    Object[] parties = d.parties() == null ? new Object[0] : new Object[d.parties().size()];
    Boolean proSePlaintiff = null;
    Boolean proSeDefendant = null;
    for (int i = 0; i < parties.length; i++) {
      DocketRecord.Party p = d.parties().get(i);
      parties[i] = RowFactory.create(p.name(), p.role(), p.proSe());
      String role = p.role() == null ? "" : p.role().toLowerCase(java.util.Locale.ROOT);
      if (role.contains("plaintiff") || role.contains("petitioner")) {
        proSePlaintiff = (proSePlaintiff != null && proSePlaintiff) || p.proSe();
      } else if (role.contains("defendant") || role.contains("respondent")) {
        proSeDefendant = (proSeDefendant != null && proSeDefendant) || p.proSe();
      }
    }
    Row r =
        RowFactory.create(
            d.docketUid(),
            d.docketKey(),
            d.source(),
            d.sourceFile(),
            d.courtId(),
            d.docketNumber(),
            d.caseName(),
            d.natureOfSuit(),
            d.cause(),
            d.jurisdiction(),
            d.dateFiled(),
            d.dateTerminated(),
            d.assignedJudge(),
            d.referredJudge(),
            parties,
            proSePlaintiff,
            proSeDefendant);
    return r;
  }

  static Row entry(EntryRecord e) {
    Row r =
        RowFactory.create(
            e.docketUid(),
            e.entryUid(),
            e.source(),
            e.sourceFile(),
            e.position(),
            e.entryNumber(),
            e.sequence(),
            e.dateFiled(),
            e.text(),
            contentHash(e));
    return r;
  }

  static Row document(DocumentRecord d) {
    Row r =
        RowFactory.create(
            d.documentUid(),
            d.entryUid(),
            d.docketUid(),
            d.source(),
            d.sourceFile(),
            d.position(),
            d.documentNumber(),
            d.attachmentNumber(),
            d.description(),
            d.text());
    return r;
  }

  static Row reject(RejectRecord x) {
    Row r = RowFactory.create(x.source(), x.sourceFile(), x.position(), x.raw(), x.reason());
    return r;
  }


  /** SHA-256 of what identifies an entry's content: its docket, number, date and text. */
  static String contentHash(EntryRecord e) {
    MessageDigest md = SHA256.get();
    md.reset();
    md.update(String.valueOf(e.docketUid()).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(String.valueOf(e.entryNumber()).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(String.valueOf(e.dateFiled()).getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(String.valueOf(e.text()).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  /** One digest per thread: looking the algorithm up for every entry cost more than hashing it. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException ex) {
              throw new IllegalStateException(ex);
            }
          });
}

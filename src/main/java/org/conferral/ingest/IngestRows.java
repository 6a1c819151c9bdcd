package org.conferral.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Turns canonical records into rows of their tables ({@code dockets}, {@code entries}, ...) for
 * {@link org.conferral.io.TableParts}, in Spark's internal form (strings as {@link UTF8String},
 * dates as days since the epoch), so that no generic row is built and converted for each record.
 * One per task: it keeps the last source file, source and docket uid encoded, as consecutive records
 * share them.
 */
final class IngestRows {
  private final Utf8 sourceFiles = new Utf8();
  private final Utf8 sources = new Utf8();
  private final Utf8 docketUids = new Utf8();

  InternalRow docket(DocketRecord d) {
    Object[] parties = d.parties() == null ? new Object[0] : new Object[d.parties().size()];
    Boolean proSePlaintiff = null;
    Boolean proSeDefendant = null;
    for (int i = 0; i < parties.length; i++) {
      DocketRecord.Party p = d.parties().get(i);
      parties[i] = row(utf8(p.name()), utf8(p.role()), p.proSe());
      String role = p.role() == null ? "" : p.role().toLowerCase(java.util.Locale.ROOT);
      if (role.contains("plaintiff") || role.contains("petitioner")) {
        proSePlaintiff = (proSePlaintiff != null && proSePlaintiff) || p.proSe();
      } else if (role.contains("defendant") || role.contains("respondent")) {
        proSeDefendant = (proSeDefendant != null && proSeDefendant) || p.proSe();
      }
    }
    return row(
        docketUids.of(d.docketUid()),
        utf8(d.docketKey()),
        sources.of(d.source()),
        sourceFiles.of(d.sourceFile()),
        utf8(d.courtId()),
        utf8(d.docketNumber()),
        utf8(d.caseName()),
        utf8(d.natureOfSuit()),
        utf8(d.cause()),
        utf8(d.jurisdiction()),
        days(d.dateFiled()),
        days(d.dateTerminated()),
        utf8(d.assignedJudge()),
        utf8(d.referredJudge()),
        new GenericArrayData(parties),
        proSePlaintiff,
        proSeDefendant);
  }

  InternalRow entry(EntryRecord e) {
    UTF8String docketUid = docketUids.of(e.docketUid());
    UTF8String number = utf8(e.entryNumber());
    UTF8String text = utf8(e.text());
    return row(
        docketUid,
        utf8(e.entryUid()),
        sources.of(e.source()),
        sourceFiles.of(e.sourceFile()),
        e.position(),
        number,
        e.sequence(),
        days(e.dateFiled()),
        text,
        contentHash(docketUid, number, e.dateFiled(), text));
  }

  InternalRow document(DocumentRecord d) {
    return row(
        utf8(d.documentUid()),
        utf8(d.entryUid()),
        docketUids.of(d.docketUid()),
        sources.of(d.source()),
        sourceFiles.of(d.sourceFile()),
        d.position(),
        utf8(d.documentNumber()),
        utf8(d.attachmentNumber()),
        utf8(d.description()),
        utf8(d.text()));
  }

  InternalRow reject(RejectRecord x) {
    return row(
        utf8(x.source()), utf8(x.sourceFile()), x.position(), utf8(x.raw()), utf8(x.reason()));
  }

  private static InternalRow row(Object... values) {
    return new GenericInternalRow(values);
  }

  private static UTF8String utf8(String s) {
    return UTF8String.fromString(s);
  }

  private static Integer days(LocalDate d) {
    return d == null ? null : DateTimeUtils.localDateToDays(d);
  }

  /** The last string met and its encoding (strings are compared, never assumed the same). */
  private static final class Utf8 {
    private String last;
    private UTF8String encoded;

    UTF8String of(String s) {
      if (s == null) {
        return null;
      }
      if (!s.equals(last)) {
        last = s;
        encoded = UTF8String.fromString(s);
      }
      return encoded;
    }
  }

  /**
   * SHA-256 of what identifies an entry's content: its docket, number, date and text (each as
   * {@code String.valueOf} writes it, in UTF-8, followed by a zero byte but the last), as 32 hex
   * digits.
   */
  private UTF8String contentHash(
      UTF8String docketUid, UTF8String number, LocalDate date, UTF8String text) {
    sha256.update(bytes(docketUid));
    sha256.update((byte) 0);
    sha256.update(bytes(number));
    sha256.update((byte) 0);
    sha256.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(bytes(text));
    byte[] digest = sha256.digest();
    byte[] hex = new byte[32];
    for (int i = 0; i < 16; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return UTF8String.fromBytes(hex);
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

  /** The UTF-8 bytes of {@code String.valueOf} of the string {@code s} encodes. */
  private static byte[] bytes(UTF8String s) {
    return s == null ? NULL : s.getBytes();
  }

  /** One digest per task (digest() leaves it reset for the next entry). */
  private final MessageDigest sha256 = sha256();

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}

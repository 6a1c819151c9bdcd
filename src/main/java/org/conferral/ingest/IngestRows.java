package org.conferral.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.LongType$;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.conferral.schema.Tables;

/**
 * Turns canonical records into rows of one union schema, so that a single pass over the input files
 * yields every table: column {@code kind} says which struct column holds the record.
 */
final class IngestRows {
  static final String DOCKET = "docket";
  static final String ENTRY = "entry";
  static final String DOCUMENT = "document";
  static final String REJECT = "reject";
  static final String FILE = "file";

  static final StructType FILE_SUMMARY =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("path", StringType, false),
            DataTypes.createStructField("format", StringType, true),
            DataTypes.createStructField("size", LongType$.MODULE$, false),
            DataTypes.createStructField("sha256", StringType, true),
            DataTypes.createStructField("records_read", LongType$.MODULE$, false),
            DataTypes.createStructField("dockets", LongType$.MODULE$, false),
            DataTypes.createStructField("entries", LongType$.MODULE$, false),
            DataTypes.createStructField("documents", LongType$.MODULE$, false),
            DataTypes.createStructField("rejects", LongType$.MODULE$, false),
            DataTypes.createStructField("error", StringType, true)
          });

  static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("kind", StringType, false),
            DataTypes.createStructField(DOCKET, Tables.DOCKETS.schema(), true),
            DataTypes.createStructField(ENTRY, Tables.ENTRIES.schema(), true),
            DataTypes.createStructField(DOCUMENT, Tables.DOCUMENTS.schema(), true),
            DataTypes.createStructField(REJECT, Tables.REJECTS.schema(), true),
            DataTypes.createStructField(FILE, FILE_SUMMARY, true)
          });

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
            date(d.dateFiled()),
            date(d.dateTerminated()),
            d.assignedJudge(),
            d.referredJudge(),
            parties,
            proSePlaintiff,
            proSeDefendant);
    return union(DOCKET, r);
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
            date(e.dateFiled()),
            e.text(),
            contentHash(e));
    return union(ENTRY, r);
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
    return union(DOCUMENT, r);
  }

  static Row reject(RejectRecord x) {
    Row r = RowFactory.create(x.source(), x.sourceFile(), x.position(), x.raw(), x.reason());
    return union(REJECT, r);
  }

  static Row file(FileSummary s) {
    Row r =
        RowFactory.create(
            s.path(),
            s.format(),
            s.size(),
            s.sha256(),
            s.recordsRead(),
            s.dockets(),
            s.entries(),
            s.documents(),
            s.rejects(),
            s.error());
    return union(FILE, r);
  }

  static FileSummary fileSummary(Row r) {
    return new FileSummary(
        r.getString(0),
        r.getString(1),
        r.getLong(2),
        r.getString(3),
        r.getLong(4),
        r.getLong(5),
        r.getLong(6),
        r.getLong(7),
        r.getLong(8),
        r.getString(9));
  }

  private static Row union(String kind, Row r) {
    Object[] v = new Object[6];
    v[0] = kind;
    v[switch (kind) {
          case DOCKET -> 1;
          case ENTRY -> 2;
          case DOCUMENT -> 3;
          case REJECT -> 4;
          default -> 5;
        }] =
        r;
    return RowFactory.create(v);
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  /** SHA-256 of what identifies an entry's content: its docket, number, date and text. */
  static String contentHash(EntryRecord e) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(String.valueOf(e.docketUid()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(String.valueOf(e.entryNumber()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(String.valueOf(e.dateFiled()).getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(String.valueOf(e.text()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}

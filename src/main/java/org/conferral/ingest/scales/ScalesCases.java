package org.conferral.ingest.scales;

import static org.conferral.ingest.common.JsonFields.firstKeys;
import static org.conferral.ingest.common.JsonFields.kind;
import static org.conferral.ingest.common.JsonFields.optional;
import static org.conferral.ingest.common.JsonFields.scalar;
import static org.conferral.ingest.scales.ScalesJson.date;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord.Party;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.common.BadRecord;
import org.conferral.ingest.common.DocketJsonStream;
import org.conferral.ingest.common.EntryUids;
import org.conferral.ingest.common.FileEntries;
import org.conferral.ingest.common.JsonSyntax;

/**
 * Turns SCALES case objects of one file into a docket record and its entry records.
 *
 * <p>Required: {@code ucid} ({@code "azd;;3:18-cv-08134"}), or {@code court} and {@code case_id} to
 * build it; without it the case and its entries are one reject. Entries need only be objects with
 * scalar {@code ind}, {@code date_filed} and {@code docket_text}. Positions: a case's is its
 * 1-based index among the cases of the file, an entry's its 1-based index among all entries of the
 * file.
 */
final class ScalesCases implements DocketJsonStream.Dockets<CaseInProgress> {

  private static final String SOURCE = SourceFormat.SCALES.id();

  private final String sourceFile;
  private final RecordSink sink;
  private long caseIndex;
  private final FileEntries entries;

  ScalesCases(String sourceFile, RecordSink sink) {
    this.sourceFile = sourceFile;
    this.sink = sink;
    this.entries = new FileEntries(SOURCE, sourceFile, sink);
  }

  @Override
  public CaseInProgress start() {
    return new CaseInProgress();
  }

  /** A case object read completely. */
  @Override
  public void finish(CaseInProgress c) {
    JsonNode docketField = c.fields.get("docket");
    if (docketField != null) {
      rejectCase(c, "docket is " + kind(docketField) + ", expected a list of entries");
      return;
    }
    if (!c.hasEntries && !c.fields.has("ucid")) {
      rejectCase(
          c,
          c.fields.isEmpty()
              ? "empty JSON object: not a SCALES case"
              : "not a SCALES case: no ucid and no docket (keys " + firstKeys(c.fields) + ")");
      return;
    }
    emit(c);
  }

  /**
   * A case cut short by a syntax error: kept with the entries read so far when its ucid was read
   * before the error; otherwise it and those entries join the reject of the rest.
   */
  @Override
  public void broken(CaseInProgress c, String rest, String reason) {
    if (ucid(c) != null) {
      emit(c);
      rejectRest(rest, reason + JsonSyntax.REST_UNREAD);
    } else {
      sink.reject(
          RejectRecord.of(
              SOURCE,
              sourceFile,
              ++caseIndex,
              c.raw() + "\n" + rest,
              reason
                  + "; the case's ucid was not read before it, so the case and its "
                  + c.entries.size()
                  + " entries read so far are rejected with the rest of the file"));
    }
  }

  /** Rejects what follows a syntax error outside any case. */
  @Override
  public void rejectRest(String rest, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, entries.nextPosition(), rest, reason));
  }

  /** A top-level value that is not an object. */
  @Override
  public void rejectNonObject(JsonNode value) {
    String reason = "not a SCALES case: " + kind(value);
    sink.reject(RejectRecord.of(SOURCE, sourceFile, ++caseIndex, value.toString(), reason));
  }

  /** The case's ucid, or {@code court;;case_id} when only those are given; null when unknown. */
  private static String ucid(CaseInProgress c) {
    String ucid = optional(c.fields, "ucid");
    if (ucid != null) {
      return ucid;
    }
    String court = optional(c.fields, "court");
    String caseId = optional(c.fields, "case_id");
    return court == null || caseId == null ? null : court + ";;" + caseId;
  }

  private void emit(CaseInProgress c) {
    String ucid = ucid(c);
    if (ucid == null) {
      rejectCase(
          c,
          "case without ucid (or court and case_id): its "
              + c.entries.size()
              + " entries cannot be keyed");
      return;
    }
    int split = ucid.indexOf(";;");
    String court = optional(c.fields, "court");
    if (court == null && split > 0) {
      court = ucid.substring(0, split);
    }
    String caseId = optional(c.fields, "case_id");
    if (caseId == null && split > 0) {
      caseId = ucid.substring(split + 2);
    }
    String docketUid = "scales:" + ucid;
    caseIndex++;
    sink.docket(
        new DocketRecord(
            docketUid,
            DocketKeys.of(court, caseId),
            SOURCE,
            sourceFile,
            court == null ? null : court.toLowerCase(Locale.ROOT),
            caseId,
            optional(c.fields, "case_name"),
            optional(c.fields, "nature_suit"),
            optional(c.fields, "cause"),
            optional(c.fields, "jurisdiction"),
            date(c.fields, "filing_date"),
            date(c.fields, "terminating_date"),
            optional(c.fields, "judge"),
            judges(c.fields.get("referred_judges")),
            parties(c.fields.get("parties"))));
    entries.emit(
        docketUid,
        c.entries,
        (e, sequence, position, uids) -> entry(e, docketUid, sequence, position, uids));
  }

  private EntryRecord entry(
      JsonNode e, String docketUid, int sequence, long position, EntryUids uids) throws BadRecord {
    if (!e.isObject()) {
      throw new BadRecord("docket entry is " + kind(e) + ", expected an object");
    }
    String ind = scalar(e, "ind");
    String text = scalar(e, "docket_text");
    return new EntryRecord(
        docketUid,
        uids.unique(docketUid + "#" + (ind != null ? ind : "s" + sequence)),
        SOURCE,
        sourceFile,
        position,
        ind,
        sequence,
        date(e, "date_filed"),
        text);
  }

  /** Referred judges: a list joined with "; ", or a single name. */
  private static String judges(JsonNode referred) {
    if (referred == null || referred.isNull()) {
      return null;
    }
    if (!referred.isArray()) {
      return referred.isTextual() && !referred.asText().isBlank()
          ? referred.asText().strip()
          : null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode j : referred) {
      if (j.isTextual() && !j.asText().isBlank()) {
        names.add(j.asText().strip());
      }
    }
    return names.isEmpty() ? null : String.join("; ", names);
  }

  /**
   * Parties with their role; pro se when a counsel listing has {@code is_pro_se} true or says PRO
   * SE. Parties without a name, or that are not objects, are skipped.
   */
  private static List<Party> parties(JsonNode parties) {
    List<Party> out = new ArrayList<>();
    if (parties == null || !parties.isArray()) {
      return out;
    }
    for (JsonNode p : parties) {
      String name = p.isObject() ? optional(p, "name") : null;
      if (name == null) {
        continue;
      }
      String role = optional(p, "role");
      out.add(
          new Party(
              name, role != null ? role : optional(p, "party_type"), proSe(p.get("counsel"))));
    }
    return out;
  }

  private static boolean proSe(JsonNode counsel) {
    if (counsel == null || !counsel.isArray()) {
      return false;
    }
    for (JsonNode c : counsel) {
      JsonNode flag = c.get("is_pro_se");
      if ((flag != null && flag.asBoolean(false))
          || c.toString().toUpperCase(Locale.ROOT).contains("PRO SE")) {
        return true;
      }
    }
    return false;
  }

  private void rejectCase(CaseInProgress c, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, ++caseIndex, c.raw(), reason));
  }
}

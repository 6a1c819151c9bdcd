package org.conferral.ingest.govinfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.FileHead;
import org.conferral.ingest.common.IsoDates;
import org.conferral.ingest.common.Whitespace;

/**
 * Reads GovInfo USCOURTS docket texts as JSON lines, one granule (an opinion or order) a line:
 * {@code {courtCode, courtType, caseNumber, caseType, natureSuitCode, natureSuit, cause,
 * caseOffice, file, accessId, dateIssued, docketText}}.
 *
 * <p>Each line becomes an {@link EntryRecord} (entryUid {@code "govinfo:" + accessId}, dateFiled
 * {@code dateIssued}, text {@code docketText}, entry number null, position the line number,
 * sequence the line's place among its case's lines in this file). The first line of each case also
 * yields the case's {@link DocketRecord} (docketUid {@code "govinfo:" + DocketKeys.of(courtCode,
 * caseNumber)}, the same as {@link GovInfoModsReader} gives it; nature of suit and cause; no
 * parties, judges or case name; case type dropped), because a JSON-lines file is often the only GovInfo input a user has. So the
 * records met are the lines plus the distinct cases they name, and {@link #read} returns that
 * number: every line yields one or two sink calls (docket and entry) or one reject. Blank lines are
 * not records.
 *
 * <p>courtCode, caseNumber and accessId are required; a line without them, or that is not one JSON
 * object, is rejected with its line number. An unreadable dateIssued becomes null.
 */
public final class GovInfoJsonlReader implements SourceReader {

  private static final String SOURCE = SourceFormat.GOVINFO_JSONL.id();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public GovInfoJsonlReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.GOVINFO_JSONL;
  }

  /**
   * True when the first non-blank line of {@code head} is a JSON object naming {@code "courtCode"}
   * and {@code "docketText"} (or, when the head ends inside that line, {@code "courtCode"} and a
   * USCOURTS {@code "accessId"}).
   */
  @Override
  public boolean sniff(String fileName, String head) {
    if (head == null) {
      return false;
    }
    String h = FileHead.withoutBom(head).stripLeading();
    if (!h.startsWith("{")) {
      return false;
    }
    int nl = h.indexOf('\n');
    String first = nl < 0 ? h : h.substring(0, nl);
    if (!first.contains("\"courtCode\"")) {
      return false;
    }
    return first.contains("\"docketText\"")
        || (nl < 0 && first.contains("\"accessId\"") && first.contains("USCOURTS-"));
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    Map<String, Integer> casesSeen = new HashMap<>();
    long count = 0;
    long lineNumber = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      count += readLine(line, lineNumber, sourceFile, casesSeen, sink);
    }
    return count;
  }

  /** Reads one line; returns the number of sink calls it made. */
  private static int readLine(
      String line,
      long lineNumber,
      String sourceFile,
      Map<String, Integer> casesSeen,
      RecordSink sink) {
    JsonNode row;
    try {
      row = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage() == null ? e.getMessage() : e.getOriginalMessage();
      return reject(sink, sourceFile, lineNumber, line, "Not JSON: " + msg.replace('\n', ' '));
    }
    if (row == null || !row.isObject()) {
      return reject(sink, sourceFile, lineNumber, line, "Not a JSON object");
    }
    String court = GovInfoCase.lower(text(row, "courtCode"));
    String number = text(row, "caseNumber");
    String accessId = text(row, "accessId");
    String docketUid = GovInfoCase.docketUid(court, number);
    if (docketUid == null) {
      return reject(sink, sourceFile, lineNumber, line, "Missing courtCode or caseNumber");
    }
    if (accessId == null) {
      return reject(sink, sourceFile, lineNumber, line, "Missing accessId");
    }
    int calls = 0;
    Integer sequence = casesSeen.merge(docketUid, 1, Integer::sum) - 1;
    if (sequence == 0) {
      sink.docket(
          new DocketRecord(
              docketUid,
              DocketKeys.of(court, number),
              SOURCE,
              sourceFile,
              court,
              number,
              null,
              GovInfoCase.natureOfSuit(text(row, "natureSuitCode"), text(row, "natureSuit")),
              text(row, "cause"),
              null,
              null,
              null,
              null,
              null,
              List.of()));
      calls++;
    }
    sink.entry(
        new EntryRecord(
            docketUid,
            "govinfo:" + accessId,
            SOURCE,
            sourceFile,
            lineNumber,
            null,
            sequence,
            IsoDates.inText(text(row, "dateIssued")),
            text(row, "docketText")));
    return calls + 1;
  }

  /** A field as cleaned text; null when absent, JSON null or blank. Numbers are taken as text. */
  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return Whitespace.collapse(v.asText());
  }

  private static int reject(
      RecordSink sink, String sourceFile, long lineNumber, String line, String reason) {
    sink.reject(RejectRecord.of(SOURCE, sourceFile, lineNumber, line, reason));
    return 1;
  }
}

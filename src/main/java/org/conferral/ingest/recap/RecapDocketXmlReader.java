package org.conferral.ingest.recap;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.conferral.ingest.DocketKeys;
import org.conferral.ingest.DocketRecord;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.EntryRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.RejectRecord;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.FileHead;
import org.conferral.ingest.common.IsoDates;
import org.conferral.ingest.common.Whitespace;
import org.conferral.ingest.common.XmlInput;

/**
 * Reads a RECAP docket as the Internet Archive stores it ({@code
 * gov.uscourts.<court>.<pacer_case_id> .docket.xml}, root {@code <gov_uscourts_docket>} or {@code
 * <docket>}).
 *
 * <p>Source records and what each becomes (one sink call each):
 *
 * <ul>
 *   <li>the case ({@code case_details}, {@code party_list}) becomes one {@link DocketRecord} with
 *       {@code docketUid = "pacer:" + DocketKeys.of(court, docket_num)}, the same id the
 *       Juriscraper reader gives the case. Court and docket number are required; when the XML lacks
 *       the court, the file name supplies it; when it lacks the docket number, the uid falls back
 *       to {@code "pacer:<court>;pacer-case-<pacer_case_num>"} with a null docket key. A case with
 *       neither is rejected, and so is each of its documents.
 *   <li>each main {@code <document>} ({@code attachment_num} 0 or absent) becomes an {@link
 *       EntryRecord}: entryUid {@code docketUid + "#" + doc_num} ({@code "~2"}, {@code "~3"}
 *       appended to repeats of a number; {@code "#seq<n>"} when doc_num is missing), text {@code
 *       long_desc}, else {@code short_desc}, white space collapsed; dateFiled {@code date_filed},
 *       else {@code date_entered}; an unreadable date becomes null.
 *   <li>each attachment becomes a {@link DocumentRecord} with metadata only (text null), keyed to
 *       entry {@code docketUid + "#" + doc_num}; an attachment without doc_num is rejected.
 * </ul>
 *
 * <p>A party is pro se when an attorney's role says PRO SE or the attorney's contact is the line
 * {@code PRO SE} (PACER lists pro se parties as their own attorney).
 *
 * <p>Positions are the 1-based index of the {@code <document>} element (0 for the case). XML that
 * breaks off or goes bad mid-file keeps the records read before it and adds one reject for the
 * rest, with the parser's message, line and column.
 */
public final class RecapDocketXmlReader implements SourceReader {

  private static final String SOURCE = SourceFormat.RECAP_XML.id();
  private static final Set<String> ROOTS = Set.of("gov_uscourts_docket", "docket");
  private static final Set<String> CASE_FIELDS =
      Set.of(
          "court",
          "docket_num",
          "case_name",
          "pacer_case_num",
          "date_case_filed",
          "date_case_terminated",
          "assigned_to",
          "referred_to",
          "case_cause",
          "nature_of_suit",
          "jurisdiction");
  private static final Pattern FILE_NAME =
      Pattern.compile(
          "gov\\.uscourts\\.([a-z0-9]+)\\.(\\d+)\\.docket\\.xml", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT_ELEMENT =
      Pattern.compile(
          "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\\w.:-]*)", Pattern.DOTALL);

  public RecapDocketXmlReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.RECAP_XML;
  }

  /**
   * True when the first element of {@code head} is {@code <gov_uscourts_docket>} or {@code
   * <docket>}, or when {@code head} has no element yet and the name is {@code
   * gov.uscourts.*.docket.xml}.
   */
  @Override
  public boolean sniff(String fileName, String head) {
    String root = rootElement(head);
    if (root != null) {
      return ROOTS.contains(root);
    }
    return fileName != null && FILE_NAME.matcher(baseName(fileName)).matches();
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    return new Pass(sourceFile, sink).run(in);
  }

  static String rootElement(String head) {
    if (head == null) {
      return null;
    }
    String h = FileHead.withoutBom(head);
    Matcher m = ROOT_ELEMENT.matcher(h);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    return name.substring(name.indexOf(':') + 1);
  }

  private static String baseName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.replaceFirst("(?i)\\.(gz|bz2)$", "");
  }

  /** The state of reading one file. */
  private static final class Pass implements XmlInput.Elements {
    private final String sourceFile;
    private final RecordSink sink;
    private final Map<String, String> caseFields = new HashMap<>();
    private final List<DocketRecord.Party> parties = new ArrayList<>();
    private final Map<String, Integer> seenNumbers = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private long count;
    private int documentIndex;
    private int sequence;
    private boolean rootSeen;
    private boolean docketDone;
    private String docketUid;
    private Map<String, String> document;
    private PartyDraft party;

    Pass(String sourceFile, RecordSink sink) {
      this.sourceFile = sourceFile;
      this.sink = sink;
    }

    long run(InputStream in) throws IOException {
      XmlInput.read(in, this);
      return count;
    }

    @Override
    public void finish() {
      if (!rootSeen) {
        reject(0, null, "No XML element in the file");
      } else {
        finishDocket();
      }
    }

    /** Handles an element start; false when the file is not a RECAP docket at all. */
    @Override
    public boolean start(XMLStreamReader xml) {
      String name = xml.getLocalName();
      text.setLength(0);
      if (!rootSeen) {
        rootSeen = true;
        if (!ROOTS.contains(name)) {
          reject(0, null, "Not a RECAP docket: the root element is <" + name + ">");
          return false;
        }
        return true;
      }
      if (name.equals("document") && document == null) {
        finishDocket();
        documentIndex++;
        document = new LinkedHashMap<>();
        document.put("doc_num", xml.getAttributeValue(null, "doc_num"));
        document.put("attachment_num", xml.getAttributeValue(null, "attachment_num"));
      } else if (name.equals("party") && document == null && party == null) {
        party = new PartyDraft();
      }
      return true;
    }

    @Override
    public void text(String chars) {
      text.append(chars);
    }

    @Override
    public void end(String name) {
      String value = text.toString();
      text.setLength(0);
      if (document != null) {
        if (name.equals("document")) {
          emitDocument(document);
          document = null;
        } else {
          document.putIfAbsent(name, value);
        }
      } else if (party != null) {
        party.take(name, value);
        if (name.equals("party")) {
          if (party.name != null) {
            parties.add(new DocketRecord.Party(party.name, party.role, party.proSe));
          }
          party = null;
        }
      } else if (CASE_FIELDS.contains(name)) {
        caseFields.putIfAbsent(name, Whitespace.collapse(value));
      }
    }

    /** Sends the docket once, before the first document or at the end of the file. */
    private void finishDocket() {
      if (docketDone) {
        return;
      }
      docketDone = true;
      Matcher fileName = FILE_NAME.matcher(baseName(sourceFile == null ? "" : sourceFile));
      boolean named = fileName.matches();
      String court = caseFields.get("court");
      if (court == null && named) {
        court = fileName.group(1).toLowerCase(Locale.ROOT);
      }
      String pacerCaseId = caseFields.get("pacer_case_num");
      if (pacerCaseId == null && named) {
        pacerCaseId = fileName.group(2);
      }
      String number = caseFields.get("docket_num");
      String key = DocketKeys.of(court, number);
      if (key != null) {
        docketUid = "pacer:" + key;
      } else if (court != null && pacerCaseId != null) {
        docketUid = "pacer:" + court.toLowerCase(Locale.ROOT) + ";pacer-case-" + pacerCaseId;
      } else {
        reject(0, caseFields.toString(), "Docket has no court and docket number or PACER case id");
        return;
      }
      count++;
      sink.docket(
          new DocketRecord(
              docketUid,
              key,
              SOURCE,
              sourceFile,
              court == null ? null : court.toLowerCase(Locale.ROOT),
              number,
              caseFields.get("case_name"),
              caseFields.get("nature_of_suit"),
              caseFields.get("case_cause"),
              caseFields.get("jurisdiction"),
              IsoDates.inText(caseFields.get("date_case_filed")),
              IsoDates.inText(caseFields.get("date_case_terminated")),
              caseFields.get("assigned_to"),
              caseFields.get("referred_to"),
              List.copyOf(parties)));
    }

    private void emitDocument(Map<String, String> d) {
      String docNum = Whitespace.collapse(d.get("doc_num"));
      String attachment = Whitespace.collapse(d.get("attachment_num"));
      boolean main = attachment == null || attachment.equals("0");
      if (docketUid == null) {
        reject(documentIndex, d.toString(), "Document of a docket that has no id");
        return;
      }
      String longDesc = Whitespace.collapse(d.get("long_desc"));
      String shortDesc = Whitespace.collapse(d.get("short_desc"));
      if (main) {
        String entryUid;
        if (docNum == null) {
          entryUid = docketUid + "#seq" + sequence;
        } else {
          int seen = seenNumbers.merge(docNum, 1, Integer::sum);
          entryUid = docketUid + "#" + docNum + (seen > 1 ? "~" + seen : "");
        }
        var filed = IsoDates.inText(d.get("date_filed"));
        if (filed == null) {
          filed = IsoDates.inText(d.get("date_entered"));
        }
        count++;
        sink.entry(
            new EntryRecord(
                docketUid,
                entryUid,
                SOURCE,
                sourceFile,
                documentIndex,
                docNum,
                sequence++,
                filed,
                longDesc != null ? longDesc : shortDesc));
      } else if (docNum == null) {
        reject(documentIndex, d.toString(), "Attachment " + attachment + " has no doc_num");
      } else {
        String key = docNum + "/" + attachment;
        int seen = seenNumbers.merge(key, 1, Integer::sum);
        count++;
        sink.document(
            new DocumentRecord(
                docketUid + "#" + key + (seen > 1 ? "~" + seen : ""),
                docketUid + "#" + docNum,
                docketUid,
                SOURCE,
                sourceFile,
                documentIndex,
                docNum,
                attachment,
                shortDesc != null ? shortDesc : longDesc,
                null));
      }
    }

    /** Keeps what was read, then one reject for the rest of the file. */
    @Override
    public void broken(XMLStreamException e) {
      if (rootSeen) {
        finishDocket();
      }
      long position = document != null ? documentIndex : documentIndex + 1;
      String raw = document != null ? document.toString() : null;
      reject(
          position,
          raw,
          "Malformed XML at " + XmlInput.describe(e) + "; the rest of the file is not read");
    }

    private void reject(long position, String raw, String reason) {
      count++;
      sink.reject(RejectRecord.of(SOURCE, sourceFile, position, raw, reason));
    }
  }

  /** A party as read so far. */
  private static final class PartyDraft {
    String name;
    String role;
    boolean proSe;

    void take(String element, String value) {
      String v = Whitespace.collapse(value);
      switch (element) {
        case "name" -> name = name == null ? v : name;
        case "type" -> role = role == null ? v : role;
        case "attorney_role" -> proSe |= v != null && v.toUpperCase(Locale.ROOT).contains("PRO SE");
        case "contact" ->
            proSe |= value.lines().anyMatch(l -> l.strip().equalsIgnoreCase("PRO SE"));
        default -> {}
      }
    }
  }
}

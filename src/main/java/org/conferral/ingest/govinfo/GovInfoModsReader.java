package org.conferral.ingest.govinfo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
import org.conferral.ingest.common.XmlInput;

/**
 * Reads one GovInfo USCOURTS package (MODS 3 XML, {@code <mods
 * xmlns="http://www.loc.gov/mods/v3">}): one case and the opinions and orders the court published
 * in it.
 *
 * <p>Source records and what each becomes (one sink call each):
 *
 * <ul>
 *   <li>the package becomes one {@link DocketRecord}: docketUid {@code "govinfo:" + DocketKeys.of(
 *       courtCode, caseNumber)} from the package {@code <extension>} (else from the package id or
 *       file name, {@code ksd-2_06-cr-20018.xml}), case name from the package title, nature of suit
 *       as {@code "<natureSuitCode> <natureSuit>"}, cause, parties from {@code <party fullName
 *       role>}. MODS names no judge and no filing date, so those are null; case type and office
 *       have no column in {@link DocketRecord} and are dropped. Court and case number are
 *       required: a package without them is rejected, and so is each of its granules.
 *   <li>each granule ({@code <relatedItem type="constituent">}) becomes an {@link EntryRecord}:
 *       entryUid {@code "govinfo:" + accessId} (the granule's, e.g. {@code
 *       USCOURTS-ksd-2_06-cr-20018-0}), dateFiled its date issued, text its {@code <docketText>},
 *       else its subtitle or title; entry number null (GovInfo gives none); position and sequence
 *       the granule's place in the package.
 * </ul>
 *
 * <p>XML that breaks off or goes bad mid-file keeps the docket and the granules read before it and
 * adds one reject for the rest, with the parser's message, line and column.
 */
public final class GovInfoModsReader implements SourceReader {

  static final String MODS_NS = "http://www.loc.gov/mods/v3";
  private static final String SOURCE = SourceFormat.GOVINFO_MODS.id();
  private static final Pattern MODS_ROOT =
      Pattern.compile(
          "^(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\\w.-]+:)?mods[\\s>]",
          Pattern.DOTALL);

  public GovInfoModsReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.GOVINFO_MODS;
  }

  /**
   * True when {@code head} starts with a {@code <mods>} element in the MODS namespace and either
   * names a USCOURTS package (the word appears about 1,300 characters in) or the file is named like
   * one ({@code ksd-2_06-cr-20018.xml}, {@code USCOURTS-ksd-2_06-cr-20018.xml}).
   */
  @Override
  public boolean sniff(String fileName, String head) {
    if (head == null) {
      return false;
    }
    String h = FileHead.withoutBom(head);
    if (!MODS_ROOT.matcher(h).find() || !h.contains(MODS_NS)) {
      return false;
    }
    return h.contains("USCOURTS") || GovInfoCase.fromPackageName(fileName) != null;
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    return new Pass(sourceFile, sink).run(in);
  }

  /** The state of reading one package. */
  private static final class Pass implements XmlInput.Elements {
    private final String sourceFile;
    private final RecordSink sink;
    private final List<String> path = new ArrayList<>();
    private final Map<String, String> packageFields = new HashMap<>();
    private final Map<String, DocketRecord.Party> parties = new LinkedHashMap<>();
    private final List<Map<String, String>> granules = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Map<String, String> granule;
    private boolean rootSeen;
    private long count;

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
        emitAll();
      }
    }

    @Override
    public void broken(XMLStreamException e) {
      if (rootSeen) {
        emitAll();
      }
      String raw = granule == null ? null : granule.toString();
      reject(
          granules.size() + 1,
          raw,
          "Malformed XML at " + XmlInput.describe(e) + "; the rest of the file is not read");
    }

    @Override
    public boolean start(XMLStreamReader xml) {
      String name = xml.getLocalName();
      text.setLength(0);
      if (!rootSeen) {
        rootSeen = true;
        if (!name.equals("mods")) {
          reject(0, null, "Not a MODS package: the root element is <" + name + ">");
          return false;
        }
        return true;
      }
      path.add(name);
      if (path.size() == 1 && name.equals("relatedItem")) {
        String type = xml.getAttributeValue(null, "type");
        if (type == null || type.equals("constituent")) {
          granule = new HashMap<>();
          String id = xml.getAttributeValue(null, "ID");
          if (id != null) {
            granule.put("@ID", id.startsWith("id-") ? id.substring(3) : id);
          }
        }
      } else if (path.size() == 2
          && granule == null
          && name.equals("party")
          && path.get(0).equals("extension")) {
        addParty(xml);
      }
      return true;
    }

    @Override
    public void text(String chars) {
      text.append(chars);
    }

    @Override
    public void end(String localName) {
      String value = Whitespace.collapse(text.toString());
      text.setLength(0);
      if (path.isEmpty()) {
        return; // the root closes
      }
      if (granule != null) {
        if (path.size() == 1) {
          granules.add(granule);
          granule = null;
        } else if (value != null) {
          granule.putIfAbsent(String.join("/", path.subList(1, path.size())), value);
        }
      } else if (value != null) {
        packageFields.putIfAbsent(String.join("/", path), value);
      }
      path.remove(path.size() - 1);
    }

    private void addParty(XMLStreamReader xml) {
      String full = Whitespace.collapse(xml.getAttributeValue(null, "fullName"));
      if (full == null) {
        String first = xml.getAttributeValue(null, "firstName");
        String last = xml.getAttributeValue(null, "lastName");
        full = Whitespace.collapse((first == null ? "" : first) + " " + (last == null ? "" : last));
      }
      if (full != null) {
        String role = Whitespace.collapse(xml.getAttributeValue(null, "role"));
        parties.putIfAbsent(full + "|" + role, new DocketRecord.Party(full, role, false));
      }
    }

    /** The docket, then every granule read. */
    private void emitAll() {
      String court = GovInfoCase.lower(packageFields.get("extension/courtCode"));
      String number = packageFields.get("extension/caseNumber");
      String packageId = packageFields.get("extension/accessId");
      if (court == null || number == null) {
        String[] named = GovInfoCase.fromPackageName(packageId);
        if (named == null) {
          named = GovInfoCase.fromPackageName(sourceFile);
        }
        if (named != null) {
          court = court == null ? named[0] : court;
          number = number == null ? named[1] : number;
        }
      }
      String docketUid = GovInfoCase.docketUid(court, number);
      if (docketUid == null) {
        reject(0, packageFields.toString(), "Package has no court code and case number");
        for (int i = 0; i < granules.size(); i++) {
          reject(i + 1, granules.get(i).toString(), "Granule of a package that has no case");
        }
        return;
      }
      count++;
      sink.docket(
          new DocketRecord(
              docketUid,
              DocketKeys.of(court, number),
              SOURCE,
              sourceFile,
              court,
              number,
              packageFields.get("titleInfo/title"),
              GovInfoCase.natureOfSuit(
                  packageFields.get("extension/natureSuitCode"),
                  packageFields.get("extension/natureSuit")),
              packageFields.get("extension/cause"),
              null,
              null,
              null,
              null,
              null,
              List.copyOf(parties.values())));
      for (int i = 0; i < granules.size(); i++) {
        emitGranule(docketUid, packageId, i, granules.get(i));
      }
    }

    private void emitGranule(String docketUid, String packageId, int index, Map<String, String> g) {
      String id = g.get("extension/accessId");
      if (id == null) {
        id = g.get("@ID");
      }
      if (id == null) {
        id = (packageId == null ? docketUid : packageId) + "-" + index;
      }
      var date = IsoDates.inText(g.get("extension/dateIssued"));
      if (date == null) {
        date = IsoDates.inText(g.get("originInfo/dateIssued"));
      }
      String text = g.get("extension/docketText");
      if (text == null) {
        text = g.get("titleInfo/subTitle");
      }
      if (text == null) {
        text = g.get("titleInfo/title");
      }
      count++;
      sink.entry(
          new EntryRecord(
              docketUid, "govinfo:" + id, SOURCE, sourceFile, index + 1, null, index, date, text));
    }

    private void reject(long position, String raw, String reason) {
      count++;
      sink.reject(RejectRecord.of(SOURCE, sourceFile, position, raw, reason));
    }
  }
}

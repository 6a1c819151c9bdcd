package org.conferral.ingest.juriscraper;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;
import org.conferral.ingest.SourceReader;
import org.conferral.ingest.common.DocketJsonStream;
import org.conferral.ingest.common.FileHead;
import org.conferral.ingest.common.RecordsMet;

/**
 * Reads PACER docket reports as Juriscraper parses them to JSON: one docket object a file (district
 * and bankruptcy dockets, docket history reports, Internet Archive dockets), and also a JSON array
 * of dockets (Juriscraper's RSS feed output) or a NEF object holding {@code dockets[]}.
 *
 * <p>A docket becomes {@code pacer:<court_id>;<docket number>} (normalized by {@link
 * org.conferral.ingest.DocketKeys}), with its parties; each of its {@code docket_entries} becomes
 * an entry {@code <docket uid>#<document_number>}, or {@code #s<pacer_seq_no>} (else {@code
 * #s<index>}) for unnumbered entries; a number seen twice in one docket gets a suffix ({@code
 * #12_2}). The entry text is {@code description}, else {@code short_description}. Valid JSON that
 * is not a docket (such as the {@code {}} Juriscraper writes for a docket it could not parse) is
 * rejected with its reason. Entries are streamed; a docket's entries are held until its {@code
 * court_id} and {@code docket_number} are read.
 */
public final class JuriscraperDocketReader implements SourceReader {

  private static final Pattern MARKERS =
      Pattern.compile("\"(?:docket_entries|pacer_seq_no|attorneys)\"\\s*:");

  /** Docket fields that open a Juriscraper file with sorted keys, before any entry. */
  private static final Pattern ASSIGNED = Pattern.compile("\"assigned_to_str\"\\s*:");

  private static final Pattern COURT_ID = Pattern.compile("\"court_id\"\\s*:");

  /** Keys of the other JSON formats, which this reader must not claim. */
  private static final Pattern OTHER_FORMATS =
      Pattern.compile(
          "\"(?:ucid|docket_text|recap_documents|resource_uri|entry_number|recap_sequence_number"
              + "|pacer_sequence_number|docket_number_core)\"\\s*:"
              + "|\"model\"\\s*:\\s*\"search\\.|courtlistener\\.com/api/rest/");

  public JuriscraperDocketReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.JURISCRAPER;
  }

  @Override
  public boolean sniff(String fileName, String head) {
    String h = FileHead.json(head);
    return h != null
        && (MARKERS.matcher(h).find() || (ASSIGNED.matcher(h).find() && COURT_ID.matcher(h).find()))
        && !OTHER_FORMATS.matcher(h).find();
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    RecordsMet counting = new RecordsMet(sink);
    DocketJsonStream.read(in, "docket_entries", new JuriscraperDockets(sourceFile, counting));
    return counting.count();
  }
}

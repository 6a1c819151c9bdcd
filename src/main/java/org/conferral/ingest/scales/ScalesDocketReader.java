package org.conferral.ingest.scales;

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
 * Reads SCALES-OKN parsed dockets (JSON, one case a file, also a JSON array or JSON lines of
 * cases).
 *
 * <p>A case becomes the docket {@code scales:<ucid>} ({@code scales:azd;;3:18-cv-08134}) with
 * court, filing and terminating dates ({@code MM/DD/YYYY}), judge, referred judges, nature of suit
 * and parties; each element of its {@code docket[]} becomes an entry {@code <docket uid>#<ind>} (or
 * {@code #s<index>} when {@code ind} is empty; a repeated {@code ind} gets a suffix {@code _2})
 * with {@code docket_text} as its text. The {@code documents} and {@code edges} of an entry
 * (document links, cross-references) are not records of their own. Valid JSON that is not a case
 * (SCALES label files, for instance) is rejected with its reason.
 */
public final class ScalesDocketReader implements SourceReader {

  private static final Pattern UCID = Pattern.compile("\"ucid\"\\s*:\\s*\"");
  private static final Pattern DOCKET_TEXT = Pattern.compile("\"docket_text\"\\s*:");
  private static final Pattern IND = Pattern.compile("\"ind\"\\s*:");

  public ScalesDocketReader() {}

  @Override
  public SourceFormat format() {
    return SourceFormat.SCALES;
  }

  @Override
  public boolean sniff(String fileName, String head) {
    String h = FileHead.json(head);
    return h != null
        && (UCID.matcher(h).find() || (DOCKET_TEXT.matcher(h).find() && IND.matcher(h).find()));
  }

  @Override
  public long read(InputStream in, String sourceFile, RecordSink sink) throws IOException {
    RecordsMet counting = new RecordsMet(sink);
    DocketJsonStream.read(in, "docket", new ScalesCases(sourceFile, counting));
    return counting.count();
  }
}

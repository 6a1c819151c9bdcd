package org.conferral.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conferral.ingest.FileIngest;
import org.conferral.ingest.FileSummary;

/** Records read, ingested, rejected and lost per source format, summed over its files. */
record SourceTotals(String source, long files, long read, long ingested, long rejected, long lost) {

  static Map<String, SourceTotals> of(List<FileSummary> files) {
    Map<String, SourceTotals> m = new TreeMap<>();
    for (FileSummary f : files) {
      String s = f.format() == null ? FileIngest.UNKNOWN_SOURCE : f.format();
      SourceTotals t = m.getOrDefault(s, new SourceTotals(s, 0, 0, 0, 0, 0));
      m.put(
          s,
          new SourceTotals(
              s,
              t.files + 1,
              t.read + f.recordsRead(),
              t.ingested + f.ingested(),
              t.rejected + f.rejects(),
              t.lost + f.lost()));
    }
    return m;
  }

  double rejectShare() {
    return read == 0 ? 0 : (double) rejected / read;
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", files);
    m.put("records_read", read);
    m.put("ingested", ingested);
    m.put("rejected", rejected);
    m.put("lost", lost);
    return m;
  }
}

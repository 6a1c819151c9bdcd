package org.conferral.ingest.courtlistener.bulk;

import java.util.Set;
import org.conferral.ingest.DocumentRecord;
import org.conferral.ingest.RecordSink;
import org.conferral.ingest.SourceFormat;

/**
 * Reads CourtListener's bulk {@code opinions-YYYY-MM-DD.csv}: one {@link DocumentRecord} per row, uid
 * {@code cl-opinion:<id>}, belonging to entry {@code cl-cluster:<cluster_id>}. Text is {@code
 * plain_text}, else the first filled HTML/XML column with its markup removed (null when none is).
 * The docket uid is null: the opinions file does not carry it; it is had by joining the entry (the
 * cluster) to its docket. Description is the opinion type ({@code 010combined}, ...). Required: {@code
 * id}, {@code cluster_id}.
 */
public final class BulkOpinionsReader extends BulkCsvReader {

  private static final String[] MARKUP_COLUMNS = {
    "html_with_citations", "html", "html_lawbox", "html_columbia", "html_anon_2020", "xml_harvard"
  };

  public BulkOpinionsReader() {
    super("opinions", Set.of("author_str", "per_curiam", "plain_text"));
  }

  @Override
  public SourceFormat format() {
    return SourceFormat.CL_BULK_OPINIONS;
  }

  @Override
  protected String emit(BulkRow row, String sourceFile, RecordSink sink) {
    String id = row.text("id");
    String clusterId = row.text("cluster_id");
    if (id == null || clusterId == null) {
      return "opinion row without " + (id == null ? "id" : "cluster_id");
    }
    sink.document(
        new DocumentRecord(
            "cl-opinion:" + id,
            "cl-cluster:" + clusterId,
            null,
            SOURCE,
            sourceFile,
            row.line(),
            null,
            null,
            row.text("type"),
            text(row)));
    return null;
  }

  static String text(BulkRow row) {
    String plain = row.value("plain_text");
    if (plain != null && !plain.isBlank()) {
      return plain;
    }
    for (String c : MARKUP_COLUMNS) {
      String markup = row.text(c);
      if (markup != null) {
        String t = MarkupText.of(markup);
        if (!t.isBlank()) {
          return t;
        }
      }
    }
    return null;
  }
}

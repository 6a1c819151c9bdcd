package org.conferral.classify;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels entries as a reader streams them out, docket by docket, with the result {@link ClassifyStage}
 * gives over the whole input: the entries of one docket that arrive together, with their documents, are
 * labelled in docket order ({@link EntryClassifier#classifyDocket}) when the next docket begins or
 * the stream ends.
 *
 * <p>A docket this stream cannot label exactly on its own is reported unresolved, for the job to
 * relabel it over the whole input: it comes back after another docket began, or repeats an entry or
 * document uid. A document with text whose entry is not with it (or an entry without a docket) is an
 * orphan: it may change the labels of an entry anywhere, so the job relabels everything.
 */
public final class DocketStream {

  /** An entry as the classifier needs it. {@code sequence} and {@code date} give docket order. */
  public record Entry(
      String docketUid,
      String entryUid,
      String entryNumber,
      int sequence,
      LocalDate date,
      String text) {}

  /** A document: only one with text and an entry uid can change a label. */
  public record Doc(
      String documentUid, String entryUid, String docketUid, String attachmentNumber, String text) {}

  /** Where the stream's results go. */
  public interface Out {
    /** One entry's labels; {@code documentText} is what the classifier read of its documents. */
    void labelled(Entry entry, String documentText, EntryLabels labels);

    /** The stream finished with one run of a docket's records; false when it is unresolved. */
    void docket(String docketUid, boolean resolved);

    /** A record that may change labels outside its docket (see the class comment). */
    void orphan(String why);
  }

  private final EntryClassifier classifier;
  private final Out out;
  private final Set<String> finished = new HashSet<>();
  private String docket;
  private boolean resolved;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> entryUids = new HashSet<>();
  private final Set<String> documentUids = new HashSet<>();
  private final Map<String, List<Doc>> docs = new HashMap<>();

  public DocketStream(EntryClassifier classifier, Out out) {
    this.classifier = classifier;
    this.out = out;
  }

  public void entry(Entry e) {
    if (e.docketUid() == null) {
      out.orphan("entry " + e.entryUid() + " has no docket");
      return;
    }
    switchTo(e.docketUid());
    if (!entryUids.add(String.valueOf(e.entryUid()))) {
      resolved = false;
    }
    entries.add(e);
  }

  public void document(Doc d) {
    if (d.docketUid() != null) {
      switchTo(d.docketUid());
    }
    if (docket != null && d.documentUid() != null && !documentUids.add(d.documentUid())) {
      resolved = false;
    }
    if (d.text() == null || d.entryUid() == null) {
      return; // the classifier never reads it
    }
    if (docket == null) {
      out.orphan("document " + d.documentUid() + " arrived before any docket");
      return;
    }
    docs.computeIfAbsent(d.entryUid(), k -> new ArrayList<>()).add(d);
  }

  /** Labels the last docket; call once, after the last record. */
  public void finish() {
    flush();
  }

  private void switchTo(String docketUid) {
    if (docketUid.equals(docket)) {
      return;
    }
    flush();
    docket = docketUid;
    resolved = finished.add(docketUid);
  }

  private void flush() {
    if (docket == null) {
      return;
    }
    for (String entryUid : docs.keySet()) {
      if (!entryUids.contains(entryUid)) {
        out.orphan("a document of entry " + entryUid + " came without its entry");
      }
    }
    if (resolved) {
      List<Entry> ordered = new ArrayList<>(entries);
      ordered.sort(DOCKET_ORDER);
      List<DocketEntryText> texts = new ArrayList<>(ordered.size());
      List<String> docTexts = new ArrayList<>(ordered.size());
      for (Entry e : ordered) {
        String doc = documentText(docs.get(e.entryUid()));
        docTexts.add(doc);
        texts.add(new DocketEntryText(e.entryNumber(), e.text() == null ? "" : e.text(), doc));
      }
      List<EntryLabels> labels = classifier.classifyDocket(texts);
      for (int i = 0; i < ordered.size(); i++) {
        out.labelled(ordered.get(i), docTexts.get(i), labels.get(i));
      }
    }
    out.docket(docket, resolved);
    docket = null;
    entries.clear();
    entryUids.clear();
    documentUids.clear();
    docs.clear();
  }

  /**
   * The documents' texts joined by a blank line, ordered by attachment number, document uid and text
   * (nulls first, strings by their UTF-8 bytes), as the stage's SQL orders them; null without any.
   */
  static String documentText(List<Doc> docs) {
    if (docs == null || docs.isEmpty()) {
      return null;
    }
    List<Doc> sorted = new ArrayList<>(docs);
    sorted.sort(
        Comparator.comparing(Doc::attachmentNumber, UTF8_NULLS_FIRST)
            .thenComparing(Doc::documentUid, UTF8_NULLS_FIRST)
            .thenComparing(Doc::text, UTF8_NULLS_FIRST));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        b.append("\n\n");
      }
      b.append(sorted.get(i).text());
    }
    return b.toString();
  }

  private static final Comparator<String> UTF8_NULLS_FIRST =
      Comparator.nullsFirst(
          (a, b) ->
              Arrays.compareUnsigned(
                  a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

  /** Docket order as {@link ClassifyStage} sorts: sequence, then filing date, then uid. */
  static final Comparator<Entry> DOCKET_ORDER =
      Comparator.comparingInt(Entry::sequence)
          .thenComparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Entry::entryUid, Comparator.nullsFirst(Comparator.naturalOrder()));
}

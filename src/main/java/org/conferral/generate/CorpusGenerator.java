package org.conferral.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic corpus of CourtListener API v4 exports: JSON lines of dockets
 * ({@code dockets-NNNNN.jsonl}) and of docket entries with their nested RECAP documents
 * ({@code entries-NNNNN.jsonl}), split into parts of {@code entriesPerFile} entries (about 600 bytes an
 * entry, so 100,000 make a 60 MB file). All entries of a docket sit in one part with their docket.
 * Ninety district courts, cases filed 2005-2024. About 1 line in 20,000 is bad (a truncated line, or an
 * entry without its docket) and must be rejected by the reader.
 *
 * <p>Deterministic: the same entries, seed and part size give byte-identical files, whatever the
 * number of threads (each part has its own random stream).
 */
public final class CorpusGenerator {
  /** The default part size: 100,000 entries, about 60 MB. */
  public static final int DEFAULT_ENTRIES_PER_FILE = 100_000;

  private static final String API = "https://www.courtlistener.com/api/rest/v4/";
  private static final long IDS_PER_PART = 1_000_000_000L;
  private static final JsonFactory JSON = new JsonFactory();

  private CorpusGenerator() {}

  /** {@link #generate(Path, long, long, int, int)} with 100,000 entries a part, on all cores. */
  public static Corpus generate(Path outDir, long entries, long seed) throws IOException {
    return generate(outDir, entries, seed, DEFAULT_ENTRIES_PER_FILE,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Writes {@code entries} docket entries (and their dockets) under {@code outDir}, creating it;
   * existing files of the same names are replaced.
   */
  public static Corpus generate(Path outDir, long entries, long seed, int entriesPerFile, int threads)
      throws IOException {
    if (entries < 0 || entriesPerFile < 1 || threads < 1) {
      throw new IllegalArgumentException("entries >= 0, entriesPerFile >= 1 and threads >= 1");
    }
    Files.createDirectories(outDir);
    int parts = (int) Math.max(1, (entries + entriesPerFile - 1) / entriesPerFile);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        int part = p;
        long n = Math.min(entriesPerFile, entries - (long) p * entriesPerFile);
        done.add(pool.submit(() -> writePart(outDir, part, Math.max(0, n), seed)));
      }
      List<Path> files = new ArrayList<>();
      long dockets = 0;
      long bad = 0;
      long bytes = 0;
      for (int p = 0; p < parts; p++) {
        long[] c = get(done.get(p));
        dockets += c[0];
        bad += c[1];
        files.add(outDir.resolve(name("dockets", p)));
        files.add(outDir.resolve(name("entries", p)));
        bytes += Files.size(files.get(files.size() - 2)) + Files.size(files.get(files.size() - 1));
      }
      return new Corpus(outDir, files, dockets, entries, bad, bytes);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] get(Future<long[]> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("generation interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw new IOException("generation failed: " + e.getCause(), e.getCause());
    }
  }

  static String name(String table, int part) {
    return String.format("%s-%05d.jsonl", table, part);
  }

  /** Writes one part; returns {dockets, bad lines}. */
  private static long[] writePart(Path dir, int part, long entries, long seed) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + part);
    long docketId = part * IDS_PER_PART;
    long entryId = part * IDS_PER_PART;
    long docketCount = 0;
    long bad = 0;
    try (OutputStream dOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name("dockets", part))), 1 << 16);
        OutputStream eOut = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name("entries", part))), 1 << 16)) {
      long written = 0;
      while (written < entries) {
        docketId++;
        docketCount++;
        // Docket sizes: many short cases, a long tail of big ones (mean about 45 entries).
        int size = (int) Math.min(entries - written, 5 + (long) (-Math.log(1 - r.nextDouble()) * 40));
        String court = Names.pick(r, Names.COURTS);
        LocalDate filed = LocalDate.of(2005 + r.nextInt(20), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String plaintiff = Names.party(r);
        String defendant = Names.party(r);
        String judge = Names.person(r);
        String magistrate = Names.person(r);
        String number = (1 + r.nextInt(4)) + ":" + String.format("%02d", filed.getYear() % 100)
            + "-cv-" + String.format("%05d", r.nextInt(100_000));
        dOut.write(docketLine(docketId, court, number, plaintiff + " v. " + defendant, filed,
            judge, magistrate, r));
        dOut.write('\n');
        for (SyntheticEntry e : new DocketStory(r, filed, judge, magistrate, plaintiff, defendant).entries(size)) {
          entryId++;
          byte[] line = entryLine(entryId, docketId, e);
          if (r.nextInt(20_000) == 0) {
            bad++;
            line = r.nextBoolean()
                ? java.util.Arrays.copyOf(line, line.length / 2) // a line cut short by a failed pull
                : entryLine(entryId, -1, e); // an entry that lost its docket
          }
          eOut.write(line);
          eOut.write('\n');
          written++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new long[] {docketCount, bad};
  }

  private static byte[] docketLine(long id, String court, String number, String caseName,
      LocalDate filed, String judge, String magistrate, SplittableRandom r) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(buf, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("resource_uri", API + "dockets/" + id + "/");
      g.writeNumberField("id", id);
      g.writeStringField("court", API + "courts/" + court + "/");
      g.writeStringField("court_id", court);
      g.writeStringField("docket_number", number);
      g.writeStringField("docket_number_core", number.replaceAll("\\D", "").substring(1));
      g.writeStringField("case_name", caseName);
      g.writeStringField("date_filed", filed.toString());
      if (r.nextInt(3) == 0) {
        g.writeStringField("date_terminated", filed.plusDays(200 + r.nextInt(900)).toString());
      } else {
        g.writeNullField("date_terminated");
      }
      g.writeStringField("assigned_to_str", judge);
      g.writeStringField("referred_to_str", magistrate);
      g.writeStringField("nature_of_suit", Names.pick(r, Names.NATURES));
      g.writeStringField("cause", Names.pick(r, Names.CAUSES));
      g.writeStringField("jurisdiction_type", r.nextBoolean() ? "Federal question" : "Diversity");
      g.writeStringField("source", "RECAP");
      g.writeEndObject();
    }
    return buf.toByteArray();
  }

  /** {@code docketId < 0} writes an entry without its docket reference (a bad record). */
  private static byte[] entryLine(long id, long docketId, SyntheticEntry e) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = JSON.createGenerator(buf, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("resource_uri", API + "docket-entries/" + id + "/");
      g.writeNumberField("id", id);
      if (docketId >= 0) {
        g.writeStringField("docket", API + "dockets/" + docketId + "/");
      } else {
        g.writeNullField("docket");
      }
      g.writeStringField("date_filed", e.dateFiled().toString());
      g.writeNullField("time_filed");
      g.writeNumberField("entry_number", e.number());
      g.writeStringField("recap_sequence_number", e.dateFiled() + ".001");
      g.writeNullField("pacer_sequence_number");
      g.writeStringField("description", e.text());
      g.writeArrayFieldStart("recap_documents");
      if (e.documentDescription() != null) {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("document_type", 1);
        g.writeStringField("document_number", Integer.toString(e.number()));
        g.writeNullField("attachment_number");
        g.writeStringField("pacer_doc_id", Long.toString(10_000_000_000L + id % 9_000_000_000L));
        g.writeBooleanField("is_available", e.documentText() != null);
        g.writeStringField("description", e.documentDescription());
        g.writeStringField("plain_text", e.documentText() == null ? "" : e.documentText());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return buf.toByteArray();
  }

  /** {@code CorpusGenerator OUT_DIR ENTRIES [SEED [ENTRIES_PER_FILE]]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator OUT_DIR ENTRIES [SEED [ENTRIES_PER_FILE]]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    int perFile = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_ENTRIES_PER_FILE;
    long t0 = System.nanoTime();
    Corpus c = generate(Path.of(args[0]), Long.parseLong(args[1]), seed, perFile,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("generated %d entries, %d dockets, %d bad lines, %d files, %.1f MB in %.1f s%n",
        c.entries(), c.dockets(), c.badRecords(), c.files().size(), c.bytes() / 1e6,
        (System.nanoTime() - t0) / 1e9);
  }
}

package org.conferral.features;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads {@code data/local-rules.csv}: one row per district court, keyed by court id. */
public final class LocalConferralRules {

  /** The columns, in file order. */
  public static final String[] HEADER = {
    "court_id",
    "court_name",
    "rule",
    "requires_certification",
    "requires_in_person_or_phone",
    "letters_emails_suffice",
    "premotion_conference_with_judge",
    "notes",
    "source"
  };

  private LocalConferralRules() {}

  /**
   * The rules by court id, in file order.
   *
   * @throws IllegalArgumentException on a wrong header, a missing court id, a duplicate court id or
   *     a flag other than {@code true}, {@code false} or empty, naming the line
   */
  public static Map<String, LocalConferralRule> read(Reader in) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    Map<String, LocalConferralRule> rules = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().equals(java.util.List.of(HEADER))) {
        throw new IllegalArgumentException(
            "Unexpected header " + parser.getHeaderNames() + "; want " + String.join(",", HEADER));
      }
      for (CSVRecord r : parser) {
        String id = text(r, "court_id");
        if (id == null) {
          throw new IllegalArgumentException("Line " + r.getRecordNumber() + ": no court_id");
        }
        LocalConferralRule rule =
            new LocalConferralRule(
                id,
                text(r, "court_name"),
                text(r, "rule"),
                flag(r, "requires_certification"),
                flag(r, "requires_in_person_or_phone"),
                flag(r, "letters_emails_suffice"),
                flag(r, "premotion_conference_with_judge"),
                text(r, "notes"),
                text(r, "source"));
        if (rules.putIfAbsent(id, rule) != null) {
          throw new IllegalArgumentException(
              "Line " + r.getRecordNumber() + ": duplicate court_id " + id);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rules;
  }

  private static String text(CSVRecord r, String column) {
    String v = r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    return v.isEmpty() ? null : v;
  }

  private static Boolean flag(CSVRecord r, String column) {
    String v = text(r, column);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new IllegalArgumentException(
              "Line "
                  + r.getRecordNumber()
                  + ": "
                  + column
                  + " must be true, false or empty, got "
                  + v);
    };
  }
}

package org.conferral.ingest.fjc;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The 94 federal judicial districts: FJC IDB district code ({@code "83"}, {@code "3A"}) to
 * CourtListener court id ({@code "ksd"}, {@code "flmd"}), from {@code district-codes.csv}.
 */
public final class FjcDistricts {

  private static final String RESOURCE = "district-codes.csv";
  private static final Map<String, String> COURT_BY_CODE = load();

  private FjcDistricts() {}

  /**
   * The CourtListener court id of a district code, or null when unknown. Codes are matched
   * case-insensitively, and a one-digit code gets its dropped leading zero back.
   */
  public static String courtId(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() == 1) {
      c = "0" + c;
    }
    return COURT_BY_CODE.get(c);
  }

  /** Every district code and its court id. */
  public static Map<String, String> all() {
    return COURT_BY_CODE;
  }

  private static Map<String, String> load() {
    try (InputStream in = FjcDistricts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      CSVFormat format =
          CSVFormat.Builder.create(CSVFormat.DEFAULT)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setCommentMarker('#')
              .get();
      Map<String, String> map = new HashMap<>();
      try (CSVParser parser =
          CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
        for (CSVRecord r : parser) {
          map.put(r.get("fjc_code").strip().toUpperCase(Locale.ROOT), r.get("court_id").strip());
        }
      }
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}

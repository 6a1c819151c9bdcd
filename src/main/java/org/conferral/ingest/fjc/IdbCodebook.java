package org.conferral.ingest.fjc;

import java.util.ArrayList;
import java.util.List;
import org.conferral.ingest.DocketRecord.Party;

/** Meanings of the FJC civil codebook's JURIS and PROSE codes. */
public final class IdbCodebook {

  private IdbCodebook() {}

  /** JURIS 1..5 as the words PACER uses for jurisdiction; null for missing or unknown codes. */
  public static String jurisdiction(String code) {
    if (code == null) {
      return null;
    }
    return switch (code.strip()) {
      case "1" -> "U.S. Government Plaintiff";
      case "2" -> "U.S. Government Defendant";
      case "3" -> "Federal Question";
      case "4" -> "Diversity";
      case "5" -> "Local Question";
      default -> null;
    };
  }

  /** PROSE 1 or 3: the plaintiff appears without counsel. */
  public static boolean plaintiffProSe(String code) {
    return "1".equals(strip(code)) || "3".equals(strip(code));
  }

  /** PROSE 2 or 3: the defendant appears without counsel. */
  public static boolean defendantProSe(String code) {
    return "2".equals(strip(code)) || "3".equals(strip(code));
  }

  /**
   * The first plaintiff and defendant as the IDB names them, with the pro se flags of PROSE. A side
   * is listed when it is named or pro se (its name then may be null).
   */
  public static List<Party> parties(String plaintiff, String defendant, String proSe) {
    List<Party> parties = new ArrayList<>(2);
    if (plaintiff != null || plaintiffProSe(proSe)) {
      parties.add(new Party(plaintiff, "Plaintiff", plaintiffProSe(proSe)));
    }
    if (defendant != null || defendantProSe(proSe)) {
      parties.add(new Party(defendant, "Defendant", defendantProSe(proSe)));
    }
    return List.copyOf(parties);
  }

  /** "PLT v. DEF" when both are named, else the one named, else null. */
  public static String caseName(String plaintiff, String defendant) {
    if (plaintiff != null && defendant != null) {
      return plaintiff + " v. " + defendant;
    }
    return plaintiff != null ? plaintiff : defendant;
  }

  /** "TITLE:SECTION" of the U.S. Code cause of action, or null when the title is missing. */
  public static String cause(String title, String section) {
    if (title == null) {
      return null;
    }
    return section == null ? title : title + ":" + section;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}

package org.conferral.features;

import java.util.HashMap;
import java.util.Map;

/** The federal judicial circuit of each district court, by CourtListener court id. */
public final class Circuits {
  private static final Map<String, String> CIRCUIT = new HashMap<>();

  static {
    put("1", "med", "mad", "nhd", "rid", "prd");
    put("2", "ctd", "nyed", "nynd", "nysd", "nywd", "vtd");
    put("3", "ded", "njd", "paed", "pamd", "pawd", "vid");
    put("4", "mdd", "nced", "ncmd", "ncwd", "scd", "vaed", "vawd", "wvnd", "wvsd");
    put("5", "laed", "lamd", "lawd", "msnd", "mssd", "txed", "txnd", "txsd", "txwd");
    put("6", "kyed", "kywd", "mied", "miwd", "ohnd", "ohsd", "tned", "tnmd", "tnwd");
    put("7", "ilcd", "ilnd", "ilsd", "innd", "insd", "wied", "wiwd");
    put("8", "ared", "arwd", "iand", "iasd", "mnd", "moed", "mowd", "ned", "ndd", "sdd");
    put(
        "9", "akd", "azd", "cacd", "caed", "cand", "casd", "gud", "hid", "idd", "mtd", "nmid", "nvd",
        "ord", "waed", "wawd");
    put("10", "cod", "ksd", "nmd", "oked", "oknd", "okwd", "utd", "wyd");
    put("11", "almd", "alnd", "alsd", "flmd", "flnd", "flsd", "gamd", "gand", "gasd");
    put("dc", "dcd");
  }

  private Circuits() {}

  private static void put(String circuit, String... courts) {
    for (String c : courts) {
      CIRCUIT.put(c, circuit);
    }
  }

  /** The circuit ("1".."11", "dc"), or null for a court that is not a district court. */
  public static String of(String courtId) {
    return courtId == null ? null : CIRCUIT.get(courtId);
  }

  /** How many district courts are known (94). */
  static int size() {
    return CIRCUIT.size();
  }
}

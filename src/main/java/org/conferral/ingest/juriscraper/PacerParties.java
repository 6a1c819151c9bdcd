package org.conferral.ingest.juriscraper;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferral.ingest.DocketRecord.Party;
import org.conferral.ingest.common.JsonFields;

/**
 * The parties of a Juriscraper docket ({@code parties[{name, type, attorneys[{name, contact,
 * roles}]}]}).
 *
 * <p>A party is pro se when one of its attorney listings says {@code PRO SE} (PACER lists a
 * self-represented party as its own attorney with that note). An empty attorney list is not taken
 * as pro se: in real dockets it marks defendants not yet served, trustees and claims agents.
 * Parties without a name, or that are not JSON objects, are skipped.
 */
final class PacerParties {

  private PacerParties() {}

  static List<Party> of(JsonNode parties) {
    List<Party> out = new ArrayList<>();
    if (parties == null || !parties.isArray()) {
      return out;
    }
    for (JsonNode p : parties) {
      if (!p.isObject()) {
        continue;
      }
      String name = JsonFields.optional(p, "name");
      if (name != null) {
        out.add(new Party(name, JsonFields.optional(p, "type"), proSe(p.get("attorneys"))));
      }
    }
    return out;
  }

  private static boolean proSe(JsonNode attorneys) {
    if (attorneys == null || !attorneys.isArray()) {
      return false;
    }
    for (JsonNode a : attorneys) {
      if (a.toString().toUpperCase(Locale.ROOT).contains("PRO SE")) {
        return true;
      }
    }
    return false;
  }
}

package org.conferral.ingest.scales;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.conferral.ingest.common.DocketJsonStream;

/**
 * One SCALES case object as far as it has been read: its top-level fields and its {@code docket}
 * entries (kept apart, since the {@code ucid} that keys them may come after them).
 */
final class CaseInProgress implements DocketJsonStream.Docket {
  final ObjectNode fields = JsonNodeFactory.instance.objectNode();
  final List<JsonNode> entries = new ArrayList<>();
  boolean hasEntries;

  @Override
  public void openEntries() {
    hasEntries = true;
  }

  @Override
  public void addEntry(JsonNode entry) {
    entries.add(entry);
  }

  @Override
  public void add(String field, JsonNode value) {
    if ("docket".equals(field) && value.isArray()) {
      hasEntries = true;
      value.forEach(entries::add);
    } else if ("docket".equals(field) && value.isNull()) {
      hasEntries = true;
    } else {
      fields.set(field, value);
    }
  }

  /** The case as JSON again, for a reject's raw text. */
  String raw() {
    ObjectNode all = fields.deepCopy();
    if (hasEntries) {
      ArrayNode list = all.putArray("docket");
      entries.forEach(list::add);
    }
    return all.toString();
  }
}

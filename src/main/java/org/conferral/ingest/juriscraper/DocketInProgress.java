package org.conferral.ingest.juriscraper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.conferral.ingest.common.DocketJsonStream;

/**
 * One docket object as far as it has been read: its top-level fields, its {@code docket_entries}
 * (kept apart, since the fields that key them may come after them), and nested {@code dockets} of a
 * NEF.
 */
final class DocketInProgress implements DocketJsonStream.Docket {
  final ObjectNode fields = JsonNodeFactory.instance.objectNode();
  final List<JsonNode> entries = new ArrayList<>();
  boolean hasEntries;
  ArrayNode nestedDockets;

  /** Splits a docket read whole into fields and entries. */
  static DocketInProgress of(ObjectNode docket) {
    DocketInProgress d = new DocketInProgress();
    for (Iterator<Map.Entry<String, JsonNode>> it = docket.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      d.add(f.getKey(), f.getValue());
    }
    return d;
  }

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
    if ("docket_entries".equals(field) && value.isArray()) {
      hasEntries = true;
      value.forEach(entries::add);
    } else if ("docket_entries".equals(field) && value.isNull()) {
      hasEntries = true;
    } else if ("dockets".equals(field) && value.isArray()) {
      nestedDockets = (ArrayNode) value;
    } else {
      fields.set(field, value);
    }
  }

  /** The docket as JSON again, for a reject's raw text. */
  String raw() {
    ObjectNode all = fields.deepCopy();
    if (hasEntries) {
      ArrayNode list = all.putArray("docket_entries");
      entries.forEach(list::add);
    }
    if (nestedDockets != null) {
      all.set("dockets", nestedDockets);
    }
    return all.toString();
  }
}

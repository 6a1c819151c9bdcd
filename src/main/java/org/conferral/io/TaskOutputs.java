package org.conferral.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferral.schema.Table;

/**
 * The tables one task writes into a staging directory ({@code DIR/<table>/...}): one {@link
 * TableParts} per table, opened on first use.
 */
public final class TaskOutputs implements AutoCloseable {
  private final String dir;
  private final int partition;
  private final int attempt;
  private final Map<String, String> settings;
  private final Map<String, TableParts> tables = new LinkedHashMap<>();

  public TaskOutputs(String dir, int partition, int attempt, Map<String, String> settings) {
    this.dir = dir;
    this.partition = partition;
    this.attempt = attempt;
    this.settings = settings;
  }

  /** The part files of {@code table} this task writes. */
  public TableParts table(Table table) {
    return tables.computeIfAbsent(
        table.name(), n -> new TableParts(table, dir + "/" + n, partition, attempt, settings));
  }

  @Override
  public void close() {
    for (TableParts t : tables.values()) {
      t.close();
    }
  }

  /** Every file written, with its rows (after {@link #close}). */
  public List<TableParts.Part> parts() {
    List<TableParts.Part> out = new ArrayList<>();
    tables.values().forEach(t -> out.addAll(t.parts()));
    return out;
  }
}

package org.conferral.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.conferral.schema.Table;

/**
 * The tables one task writes into a staging directory ({@code DIR/<table>/...}): one {@link
 * TableParts} per table, opened on first use; and the sorted uid hashes it writes for the driver to
 * look for repeats ({@code DIR/_uids/<name>/...}, {@link UidRuns}).
 */
public final class TaskOutputs implements AutoCloseable {
  private final String dir;
  private final int partition;
  private final int attempt;
  private final Map<String, String> settings;
  private final Map<String, TableParts> tables = new LinkedHashMap<>();
  private final Map<String, UidRuns.Writer> uids = new LinkedHashMap<>();

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

  /** The uid hashes this task writes under {@code name}, for {@link UidRuns#repeats}. */
  public UidRuns.Writer uids(String name) {
    return uids.computeIfAbsent(
        name,
        n -> {
          Configuration conf = new Configuration(false);
          settings.forEach(conf::set);
          return new UidRuns.Writer(dir + "/_uids/" + n, partition, attempt, conf);
        });
  }

  @Override
  public void close() {
    for (TableParts t : tables.values()) {
      t.close();
    }
    uids.values().forEach(UidRuns.Writer::close);
  }

  /** Every file written, with its rows (after {@link #close}). */
  public List<TableParts.Part> parts() {
    List<TableParts.Part> out = new ArrayList<>();
    tables.values().forEach(t -> out.addAll(t.parts()));
    return out;
  }

  /** The uid run files written, by name (after {@link #close}). */
  public Map<String, List<String>> uidRuns() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    uids.forEach((n, w) -> out.put(n, new ArrayList<>(w.files())));
    return out;
  }
}

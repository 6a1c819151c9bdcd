package org.conferral.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.conferral.schema.Table;

/**
 * The part files one task writes for one table under the table's directory, laid out as {@code
 * DataFrameWriter.partitionBy} lays them out ({@code source=cl-api/part-...parquet}, partition columns
 * kept out of the files), opened as rows arrive. Names carry the task's partition and attempt, so a
 * retried task never mixes its files with a failed attempt's; {@link #close} says which files count.
 */
public final class TableParts implements AutoCloseable {

  /** A finished part file and its row count. */
  public record Part(String table, String path, long rows) implements Serializable {}

  private final Table table;
  private final String dir;
  private final String name;
  private final Map<String, String> settings;
  private final int[] partitionIndex;
  private final int[] dataIndex;
  private final StructType dataSchema;
  private final Map<List<Object>, PartFile> open = new LinkedHashMap<>();

  /** Parts of {@code table} under {@code dir} for task {@code partition}, attempt {@code attempt}. */
  public TableParts(
      Table table, String dir, int partition, int attempt, Map<String, String> settings) {
    this.table = table;
    this.dir = dir;
    this.name = String.format(Locale.ROOT, "part-%05d-a%d.zstd.parquet", partition, attempt);
    this.settings = settings;
    List<String> names = Arrays.asList(table.schema().fieldNames());
    this.partitionIndex = table.partitionBy().stream().mapToInt(names::indexOf).toArray();
    List<StructField> data = new ArrayList<>();
    List<Integer> dataIdx = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!table.partitionBy().contains(names.get(i))) {
        data.add(table.schema().fields()[i]);
        dataIdx.add(i);
      }
    }
    this.dataIndex = dataIdx.stream().mapToInt(Integer::intValue).toArray();
    this.dataSchema = new StructType(data.toArray(StructField[]::new));
  }

  /** Writes one row given in the table's column order. */
  public void write(Row row) {
    if (partitionIndex.length == 0) {
      file(List.of()).write(row);
      return;
    }
    Object[] key = new Object[partitionIndex.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = row.get(partitionIndex[i]);
    }
    Object[] values = new Object[dataIndex.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(dataIndex[i]);
    }
    file(Arrays.asList(key)).write(RowFactory.create(values));
  }

  private PartFile file(List<Object> key) {
    PartFile f = open.get(key);
    if (f == null) {
      StringBuilder path = new StringBuilder(dir);
      for (int i = 0; i < key.size(); i++) {
        Object v = key.get(i);
        path.append('/')
            .append(table.partitionBy().get(i))
            .append('=')
            .append(
                v == null
                    ? ExternalCatalogUtils.DEFAULT_PARTITION_NAME()
                    : ExternalCatalogUtils.escapePathName(v.toString()));
      }
      path.append('/').append(name);
      f = new PartFile(dataSchema, path.toString(), settings);
      open.put(key, f);
    }
    return f;
  }

  /** Closes every file; returns them with their row counts. */
  @Override
  public void close() {
    for (PartFile f : open.values()) {
      f.close();
    }
  }

  public List<Part> parts() {
    List<Part> out = new ArrayList<>();
    for (PartFile f : open.values()) {
      out.add(new Part(table.name(), f.path(), f.rows()));
    }
    return out;
  }
}

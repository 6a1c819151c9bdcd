package org.conferral.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
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
  private final DataType[] types;
  private final InternalRows toInternal;
  private final Map<List<Object>, PartFile> open = new LinkedHashMap<>();
  private final Object[] key;
  private final Object[] lastKey;
  private PartFile last;

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
    this.types =
        Arrays.stream(table.schema().fields()).map(StructField::dataType).toArray(DataType[]::new);
    this.toInternal = new InternalRows(table.schema());
    this.key = new Object[partitionIndex.length];
    this.lastKey = new Object[partitionIndex.length];
  }

  /** Writes one row given in the table's column order. */
  public void write(Row row) {
    write(toInternal.apply(row));
  }

  /**
   * Writes one row given in the table's column order in Spark's internal form (strings as {@code
   * UTF8String}, dates as days since the epoch, arrays as {@code ArrayData}, structs as internal
   * rows).
   */
  public void write(InternalRow row) {
    if (partitionIndex.length == 0) {
      file(row).write(row);
      return;
    }
    Object[] values = new Object[dataIndex.length];
    for (int i = 0; i < values.length; i++) {
      int c = dataIndex[i];
      values[i] = row.isNullAt(c) ? null : row.get(c, types[c]);
    }
    file(row).write(new GenericInternalRow(values));
  }

  /** The file of the row's partition: the last one used while the partition values repeat. */
  private PartFile file(InternalRow row) {
    boolean same = last != null;
    for (int i = 0; i < partitionIndex.length; i++) {
      int c = partitionIndex[i];
      Object v = row.isNullAt(c) ? null : row.get(c, types[c]);
      same &= Objects.equals(v, lastKey[i]);
      key[i] = v;
    }
    if (same) {
      return last;
    }
    List<Object> k = new ArrayList<>(key.length);
    for (Object v : key) {
      k.add(v == null ? null : v.toString());
    }
    last = file(k);
    for (int i = 0; i < key.length; i++) {
      lastKey[i] = key[i] instanceof UTF8String u ? u.clone() : key[i];
    }
    return last;
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

package org.conferral.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conferral.schema.Table;

/**
 * Writes a frame that carries rows of several tables (column {@code kind} names the struct column
 * holding the row, the struct has the table's schema) into each table's part files under one
 * directory, in one Spark job and without caching the frame: each task writes its own files, and the
 * files of attempts that did not succeed are deleted.
 */
public final class UnionParts {
  private UnionParts() {}

  /** Rows written per table name; {@code tables} maps each kind to its table. */
  public static Map<String, Long> write(
      SparkSession spark, Dataset<Row> union, Map<String, Table> tables, String dir) {
    Map<String, String> settings = PartFile.settings(spark);
    Map<String, Integer> columns = new LinkedHashMap<>();
    tables.keySet().forEach(kind -> columns.put(kind, union.schema().fieldIndex(kind)));
    List<List<TableParts.Part>> reports =
        union
            .javaRDD()
            .mapPartitionsWithIndex(new WriteParts(tables, columns, dir, settings), false)
            .collect();
    Map<String, Long> rows = new LinkedHashMap<>();
    tables.values().forEach(t -> rows.put(t.name(), 0L));
    List<String> kept = new ArrayList<>();
    for (List<TableParts.Part> parts : reports) {
      for (TableParts.Part p : parts) {
        rows.merge(p.table(), p.rows(), Long::sum);
        kept.add(p.path());
      }
    }
    keepOnly(spark.sparkContext().hadoopConfiguration(), dir, kept);
    return rows;
  }

  /** Deletes the part files under {@code dir} that are not in {@code kept} (failed attempts). */
  public static void keepOnly(Configuration conf, String dir, List<String> kept) {
    try {
      Path root = new Path(dir);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        return;
      }
      // listed files come back qualified (absolute); a relative --output gave relative kept paths
      Set<Path> keep = new HashSet<>();
      kept.forEach(k -> keep.add(fs.makeQualified(new Path(k))));
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      List<Path> drop = new ArrayList<>();
      while (it.hasNext()) {
        FileStatus f = it.next();
        if (f.getPath().getName().startsWith("part-")
            && !keep.contains(fs.makeQualified(f.getPath()))) {
          drop.add(f.getPath());
        }
      }
      for (Path p : drop) {
        fs.delete(p, false);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot tidy the part files under " + dir, e);
    }
  }

  private static final class WriteParts
      implements Function2<Integer, Iterator<Row>, Iterator<List<TableParts.Part>>>, Serializable {
    private final Map<String, Table> tables;
    private final Map<String, Integer> columns;
    private final String dir;
    private final Map<String, String> settings;

    WriteParts(
        Map<String, Table> tables,
        Map<String, Integer> columns,
        String dir,
        Map<String, String> settings) {
      this.tables = tables;
      this.columns = columns;
      this.dir = dir;
      this.settings = settings;
    }

    @Override
    public Iterator<List<TableParts.Part>> call(Integer partition, Iterator<Row> rows) {
      TaskContext task = TaskContext.get();
      TaskOutputs out =
          new TaskOutputs(dir, partition, task == null ? 0 : task.attemptNumber(), settings);
      try {
        while (rows.hasNext()) {
          Row r = rows.next();
          String kind = r.getString(0);
          out.table(tables.get(kind)).write(r.getStruct(columns.get(kind)));
        }
      } finally {
        out.close();
      }
      return List.<List<TableParts.Part>>of(out.parts()).iterator();
    }
  }
}

package org.conferral.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;

/** Short builders for schema fields, so each table's schema reads as a column list. */
final class Columns {
  private Columns() {}

  static StructField required(String name, DataType type) {
    return new StructField(name, type, false, Metadata.empty());
  }

  static StructField optional(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  static StructField text(String name) {
    return optional(name, DataTypes.StringType);
  }

  static StructField id(String name) {
    return required(name, DataTypes.StringType);
  }
}

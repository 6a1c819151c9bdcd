package org.conferral.io;

import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Turns {@link Row}s of one schema into Spark's internal rows for {@link PartFile}, with one converter
 * per column decided once from the schema (the generic encoder first copied every row into an unsafe
 * row, which cost a tenth of the ingest pass). Covers the types the tables use: strings, integers,
 * longs, doubles, booleans, dates, arrays and structs; any other type fails at construction.
 */
final class InternalRows implements Function<Row, InternalRow> {
  private final Function<Object, Object>[] fields;

  @SuppressWarnings("unchecked")
  InternalRows(StructType schema) {
    fields = new Function[schema.fields().length];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = converter(schema.fields()[i].dataType());
    }
  }

  @Override
  public InternalRow apply(Row row) {
    Object[] values = new Object[fields.length];
    for (int i = 0; i < values.length; i++) {
      Object v = row.get(i);
      values[i] = v == null ? null : fields[i].apply(v);
    }
    return new GenericInternalRow(values);
  }

  private static Function<Object, Object> converter(DataType type) {
    if (type instanceof StringType) {
      return v -> UTF8String.fromString(v.toString());
    }
    if (type instanceof IntegerType
        || type instanceof LongType
        || type instanceof BooleanType
        || type instanceof DoubleType) {
      return v -> v;
    }
    if (type instanceof DateType) {
      return v ->
          v instanceof java.time.LocalDate d
              ? DateTimeUtils.localDateToDays(d)
              : DateTimeUtils.fromJavaDate((java.sql.Date) v);
    }
    if (type instanceof StructType s) {
      InternalRows nested = new InternalRows(s);
      return v -> nested.apply((Row) v);
    }
    if (type instanceof ArrayType a) {
      Function<Object, Object> element = converter(a.elementType());
      return v -> {
        Object[] items = elements(v);
        Object[] out = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
          out[i] = items[i] == null ? null : element.apply(items[i]);
        }
        return new GenericArrayData(out);
      };
    }
    throw new IllegalArgumentException("no internal form for column type " + type.simpleString());
  }

  private static Object[] elements(Object v) {
    if (v instanceof Object[] array) {
      return array;
    }
    if (v instanceof List<?> list) {
      return list.toArray();
    }
    if (v instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq).toArray();
    }
    throw new IllegalArgumentException("not an array value: " + v.getClass().getName());
  }
}

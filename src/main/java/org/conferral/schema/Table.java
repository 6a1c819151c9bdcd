package org.conferral.schema;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * A published table: its name (the folder it is written to), its schema, and the columns it is
 * partitioned by. Writing checks a frame against {@link #schema()} so drift fails where it starts.
 */
public record Table(String name, StructType schema, List<String> partitionBy)
    implements java.io.Serializable {}

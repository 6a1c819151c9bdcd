package org.conferral.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of a test JVM ({@code local[2]}, UI off, two shuffle partitions). Spark takes
 * over ten seconds to start here, so every Spark test shares it; the JVM's exit stops it.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("conferral-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.debug.maxToStringFields", "1000")
              .getOrCreate();
    }
    return spark;
  }
}

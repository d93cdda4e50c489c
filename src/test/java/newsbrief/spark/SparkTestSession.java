package newsbrief.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode ({@code local[2]}) for the whole test run: starting one takes
 * seconds. It listens on the loopback address only and has no web UI.
 */
final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder().appName("newsbrief-tests").master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
      SparkSession started = session;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return session;
  }
}

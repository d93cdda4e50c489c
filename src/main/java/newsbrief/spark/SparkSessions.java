package newsbrief.spark;

import java.util.function.Function;
import newsbrief.NewsbriefException;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session a run uses: spark-submit's (or any session already running in this JVM, as in
 * tests), else one started here with {@code master}; a session started here is stopped after the run.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** Runs {@link FirehoseJob#run} in a session (for callers that must not name a Spark type). */
  public static FirehoseReport run(String master, String input, String format, String output, FirehoseSettings settings) {
    return run(master, spark -> FirehoseJob.run(spark, input, format, output, settings));
  }

  /**
   * Runs {@code job} in a session.
   *
   * @param master Spark's master URL, or {@code null} to take the one spark-submit configured
   */
  public static <T> T run(String master, Function<SparkSession, T> job) {
    boolean running = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
    SparkSession.Builder builder = SparkSession.builder().appName("newsbrief");
    if (master != null) {
      builder = builder.master(master);
    } else if (!running && System.getProperty("spark.master") == null) {
      throw new NewsbriefException("--master", "no Spark master is set (give --master local[2], or run through "
          + "spark-submit or target/newsbrief-spark)");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return job.apply(spark);
    } finally {
      if (!running) {
        spark.stop();
      }
    }
  }
}

package newsbrief.eval;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Percentile bootstrap confidence interval of a mean (Efron and Tibshirani 1993, ch. 13): the
 * values (one per cluster) are resampled with replacement {@code resamples} times, and the interval
 * runs between the (1 - c)/2 and (1 + c)/2 percentiles of the resampled means. The generator
 * (Commons Math's {@link Well19937c}) is seeded afresh for each call, so the same values always
 * give the same interval, and two methods scored on the same clusters are resampled alike.
 */
public final class BootstrapInterval {
  public static final int DEFAULT_RESAMPLES = 1000;
  public static final double DEFAULT_CONFIDENCE = 0.95;
  public static final long DEFAULT_SEED = 20030101L;

  private final int resamples;
  private final double confidence;
  private final long seed;

  /**
   * @param resamples how many resamples, at least 1
   * @param confidence the interval's coverage, in (0, 1)
   * @param seed the random generator's seed
   */
  public BootstrapInterval(int resamples, double confidence, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
    }
    this.resamples = resamples;
    this.confidence = confidence;
    this.seed = seed;
  }

  /** 1000 resamples, 95%, a fixed seed. */
  public static BootstrapInterval standard() {
    return new BootstrapInterval(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, DEFAULT_SEED);
  }

  /**
   * The mean of {@code values} with its interval. One value gives the degenerate interval
   * [v, v]; no values is an error, since a mean of nothing is not 0.
   */
  public MeanInterval of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take the mean of");
    }
    double mean = StatUtils.mean(values);
    RandomGenerator random = new Well19937c(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[random.nextInt(values.length)];
      }
      means[r] = sum / values.length;
    }
    double tail = (1 - confidence) / 2 * 100;
    Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    return new MeanInterval(mean, percentile.evaluate(means, tail), percentile.evaluate(means, 100 - tail));
  }
}

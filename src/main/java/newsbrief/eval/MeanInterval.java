package newsbrief.eval;

/**
 * A mean with a confidence interval. A percentile bootstrap interval usually holds the mean but
 * need not (for very skewed values), so only {@code lower <= upper} is required.
 *
 * @param mean the sample mean
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record MeanInterval(double mean, double lower, double upper) {
  public MeanInterval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("interval ends out of order: [" + lower + ", " + upper + "]");
    }
  }
}

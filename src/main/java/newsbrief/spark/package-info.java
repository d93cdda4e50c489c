/**
 * The brief of a news firehose on Apache Spark: the library, unchanged, inside a Spark job.
 *
 * <p>{@link newsbrief.spark.FirehoseJob} reads JSON Lines or Parquet ({@link newsbrief.spark.FirehoseInput}),
 * finds candidate pairs of articles through an inverted index of each article's heaviest terms
 * ({@link newsbrief.spark.CandidateLinks}), cuts the graph of candidates into bins of at most a few
 * thousand articles, strongest links first ({@link newsbrief.spark.StoryBins}), and in each bin runs
 * the library's own stages ({@link newsbrief.spark.BinBriefer}): copies, sentences, story grouping
 * (with a fixed sample of the day as context, so that its term weights are a day's), and a brief of
 * every story. Only this package and {@code cli} import their frameworks.
 */
package newsbrief.spark;

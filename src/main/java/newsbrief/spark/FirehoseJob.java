package newsbrief.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbrief.NewsbriefException;
import newsbrief.spark.BinBriefer.BinResult;
import newsbrief.spark.BinBriefer.BinStats;
import newsbrief.spark.BinBriefer.StoryRow;
import newsbrief.spark.FirehoseInput.Line;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The brief of a news firehose on Spark, composed in one place: read the articles
 * ({@link FirehoseInput}), find candidate pairs through the heaviest terms ({@link CandidateLinks}),
 * cut the candidate graph into bins on the driver ({@link StoryBins}), brief every bin with the
 * library on the executors ({@link BinBriefer}), write {@code stories.jsonl} (one story a line,
 * most covered first, as a day's brief orders its sections) and {@code summary.json}, whole or not
 * at all ({@link OutputFolder}).
 */
public final class FirehoseJob {
  /** At most this many problems and notes are listed in the summary (all are counted). */
  static final int LISTED = 1000;

  private FirehoseJob() {}

  /**
   * Briefs {@code input} into the folder {@code output}.
   *
   * @param format how the input is written; {@code auto} tells Parquet by its files' extension
   * @throws NewsbriefException when the input is missing or has no usable article, or the output
   *     cannot be written; nothing is written then
   */
  public static FirehoseReport run(SparkSession spark, String input, String format, String output, FirehoseSettings settings) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    try (OutputFolder folder = OutputFolder.open(spark.sparkContext().hadoopConfiguration(), output)) {
      FirehoseInput.Format kind = FirehoseInput.Format.named(format);
      FirehoseInput.Result read = FirehoseInput.read(spark, input, kind, LISTED);
      List<String> problems = read.problems().stream().map(FirehoseInput.Problem::line).toList();
      if (read.articleCount() == 0) {
        throw new NewsbriefException(input, "no article to brief (" + read.lines() + " lines, "
            + read.problemCount() + " of them not usable: listed above)").withDetails(problems);
      }
      long readAt = lap(seconds, "read", start);
      JavaRDD<CandidateLinks.Link> links = CandidateLinks.of(read.articles(), read.articleCount(), settings);
      List<Long> linkCount = new ArrayList<>(1);
      Iterator<CandidateLinks.Link> counted = counting(links.toLocalIterator(), linkCount);
      StoryBins bins = StoryBins.of(read.articleCount(), counted, settings.binArticles());
      long binnedAt = lap(seconds, "candidates and bins", readAt);
      Broadcast<int[]> binOf = context.broadcast(bins.bin());
      Broadcast<List<Line>> contextLines = context.broadcast(contextLines(read.articles(), read.articleCount(),
          settings.contextArticles()));
      int partitions = settings.partitions() > 0 ? settings.partitions()
          : Math.max(1, Math.min(bins.count(), context.defaultParallelism() * 4));
      JavaRDD<BinResult> results = read.articles()
          .mapToPair(line -> new Tuple2<>(binOf.value()[line.index()], line))
          .groupByKey(partitions)
          .map(bin -> BinBriefer.brief(list(bin._2()), contextLines.value(), settings))
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      List<BinStats> stats = results.map(BinResult::stats).collect();
      long briefedAt = lap(seconds, "briefs", binnedAt);
      JavaRDD<StoryRow> stories = results.flatMap(r -> r.stories().iterator()).sortBy(StoryRow::order, true, partitions);
      long[] storyCounts = new long[3];
      try (OutputStream out = folder.create(OutputFolder.STORIES);
          BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        Iterator<StoryRow> rows = stories.toLocalIterator();
        while (rows.hasNext()) {
          StoryRow row = rows.next();
          writer.write(row.json());
          writer.write('\n');
          storyCounts[0]++;
          storyCounts[1] += row.articles() >= 2 ? 1 : 0;
          storyCounts[2] = Math.max(storyCounts[2], row.articles());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lap(seconds, "write", briefedAt);
      seconds.put("total", (System.nanoTime() - start) / 1e9);
      seconds.put("tasks: clean and split", stats.stream().mapToDouble(BinStats::annotateSeconds).sum());
      seconds.put("tasks: group", stats.stream().mapToDouble(BinStats::groupSeconds).sum());
      seconds.put("tasks: brief", stats.stream().mapToDouble(BinStats::briefSeconds).sum());
      List<String> notes = stats.stream().flatMap(s -> s.notes().stream()).limit(LISTED).toList();
      int largestBin = largest(bins.bin(), bins.count());
      FirehoseReport report = new FirehoseReport(input, kind == FirehoseInput.Format.AUTO ? "auto" : format, read.files(),
          read.lines(), read.articleCount(), read.problemCount(), problems,
          stats.stream().mapToLong(BinStats::copiesDropped).sum(), stats.stream().mapToLong(BinStats::sentenceless).sum(),
          storyCounts[0], storyCounts[1], (int) storyCounts[2], notes, linkCount.get(0),
          new FirehoseReport.BinSummary(bins.count(), largestBin, bins.pieces(), bins.largestPiece(), bins.singletons(),
              bins.linksUsed(), bins.linksCut()), seconds, settings);
      try (OutputStream out = folder.create(OutputFolder.SUMMARY)) {
        out.write(report.toJson().getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      folder.commit();
      results.unpersist(false);
      read.articles().unpersist(false);
      return report;
    }
  }

  private static long lap(Map<String, Double> seconds, String stage, long since) {
    long now = System.nanoTime();
    seconds.put(stage, (now - since) / 1e9);
    return now;
  }

  /** About {@code count} articles spread evenly over the input, for every bin's grouping. */
  private static List<Line> contextLines(JavaRDD<Line> articles, int articleCount, int count) {
    if (count == 0) {
      return List.of();
    }
    Set<Integer> chosen = new HashSet<>();
    for (long k = 0; k < Math.min(count, articleCount); k++) {
      chosen.add((int) (k * articleCount / Math.min(count, articleCount)));
    }
    return new ArrayList<>(articles.filter(l -> chosen.contains(l.index())).collect());
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  private static int largest(int[] bin, int count) {
    int[] sizes = new int[count];
    for (int b : bin) {
      sizes[b]++;
    }
    int largest = 0;
    for (int s : sizes) {
      largest = Math.max(largest, s);
    }
    return largest;
  }

  private static <T> Iterator<T> counting(Iterator<T> items, List<Long> count) {
    count.add(0L);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public T next() {
        count.set(0, count.get(0) + 1);
        return items.next();
      }
    };
  }
}

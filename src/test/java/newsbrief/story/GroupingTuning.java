package newsbrief.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbrief.eval.BCubed;
import newsbrief.text.StopWords;

/**
 * The grouping harness behind the story defaults (not a test: surefire does not run it): B-cubed
 * precision, recall and F1 on each basil-dev year, the five years pooled (with and without their
 * dates) and the DUC 2003 development set pooled, for the defaults or for changed values; and
 * {@code loyo}, a leave-one-year-out check of the chosen thresholds. Run it with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} and
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) newsbrief.story.GroupingTuning
 * ../shared/eval [loyo | t1=0.05,est=3,t2=0.135,scale=180,floor=0.04 ...]}.
 */
public final class GroupingTuning {
  private GroupingTuning() {}

  public static void main(String[] args) {
    Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    List<DevDays.Day> days = new ArrayList<>();
    for (String year : DevDays.BASIL_YEARS) {
      days.add(DevDays.basilYear(eval.resolve("basil-dev"), year));
    }
    DevDays.Day pooled = DevDays.basilPooled(eval.resolve("basil-dev"));
    days.add(pooled);
    days.add(pooled.undated());
    days.add(DevDays.ducPooled(eval.resolve("duc2003")));
    if (args.length > 1 && args[1].equals("loyo")) {
      leaveOneYearOut(days);
      return;
    }
    if (args.length < 2) {
      System.out.println("defaults ::" + report(StoryOptions.defaults(), days));
    }
    for (int a = 1; a < args.length; a++) {
      System.out.println(args[a] + " ::" + report(options(args[a]), days));
    }
  }

  /** Defaults with some grouping values changed, e.g. {@code t1=0.05,est=3,t2=0.135,scale=180,floor=0.04,terms=300}. */
  static StoryOptions options(String changes) {
    Map<String, Double> v = new HashMap<>();
    for (String change : changes.split(",")) {
      String[] pair = change.split("=");
      v.put(pair[0], Double.parseDouble(pair[1]));
    }
    StoryOptions d = StoryOptions.defaults();
    return new StoryOptions(v.getOrDefault("t1", d.mergeThreshold()),
        v.getOrDefault("est", (double) d.establishedStorySize()).intValue(),
        v.getOrDefault("t2", d.establishedMergeThreshold()), v.getOrDefault("link", d.linkThreshold()),
        v.getOrDefault("floor", d.similarityFloor()),
        v.getOrDefault("terms", (double) d.signatureTerms()).intValue(), d.commonTermArticles(),
        v.getOrDefault("scale", d.timeScaleDays()), d.minimumSectionWords(), d.minimumSectionSentences(),
        d.maxSections(), d.headlineWords(), d.maxAlsoReported());
  }

  private static String report(StoryOptions options, List<DevDays.Day> days) {
    AverageLinkGrouper grouper = new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), options);
    StringBuilder line = new StringBuilder();
    for (DevDays.Day day : days) {
      List<Story> stories = grouper.group(day.articles());
      BCubed score = day.score(stories);
      line.append(String.format(Locale.ROOT, " | %s: %d stories, P %.3f R %.3f F1 %.3f", day.name(), stories.size(),
          score.precision(), score.recall(), score.f1()));
    }
    return line.toString();
  }

  /**
   * For each basil-dev year, the grid point that is best on the other four years, the pooled years
   * and pooled DUC (highest lowest F1, then highest mean), and what it scores on the year left out.
   */
  private static void leaveOneYearOut(List<DevDays.Day> days) {
    List<String> grid = new ArrayList<>();
    for (int est : new int[] {2, 3, 4, 5}) {
      for (double t1 : new double[] {0.05, 0.06, 0.07}) {
        for (double t2 : new double[] {0.12, 0.14, 0.16, 0.18}) {
          for (double scale : new double[] {90, 180, 365}) {
            grid.add(String.format(Locale.ROOT, "est=%d,t1=%.2f,t2=%.2f,scale=%.0f", est, t1, t2, scale));
          }
        }
      }
    }
    double[][] f1 = new double[grid.size()][days.size()];
    for (int g = 0; g < grid.size(); g++) {
      AverageLinkGrouper grouper = new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), options(grid.get(g)));
      for (int d = 0; d < days.size(); d++) {
        f1[g][d] = days.get(d).score(grouper.group(days.get(d).articles())).f1();
      }
    }
    for (int out = 0; out < DevDays.BASIL_YEARS.size(); out++) {
      int best = -1;
      double bestMin = -1;
      double bestMean = -1;
      for (int g = 0; g < grid.size(); g++) {
        double min = 1;
        double sum = 0;
        int count = 0;
        for (int d = 0; d < days.size(); d++) {
          if (d != out && !days.get(d).name().endsWith("-undated")) {
            min = Math.min(min, f1[g][d]);
            sum += f1[g][d];
            count++;
          }
        }
        if (min > bestMin + 1e-12 || (Math.abs(min - bestMin) <= 1e-12 && sum / count > bestMean)) {
          best = g;
          bestMin = min;
          bestMean = sum / count;
        }
      }
      System.out.printf(Locale.ROOT, "leave out %s: chose %s (lowest F1 elsewhere %.3f), F1 on %s %.3f%n",
          days.get(out).name(), grid.get(best), bestMin, days.get(out).name(), f1[best][out]);
    }
  }
}

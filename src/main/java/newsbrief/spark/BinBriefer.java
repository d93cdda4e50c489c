package newsbrief.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import newsbrief.AnnotatedArticles;
import newsbrief.Article;
import newsbrief.BriefRequest;
import newsbrief.Newsbrief;
import newsbrief.StageTimings;
import newsbrief.Summarizer;
import newsbrief.read.PreparedInput;
import newsbrief.render.JsonRenderer;
import newsbrief.select.Budget;
import newsbrief.spark.FirehoseInput.Line;
import newsbrief.story.DayBrief;
import newsbrief.story.Story;
import newsbrief.story.StoryBriefer;
import newsbrief.story.StoryOptions;
import newsbrief.story.StorySection;

/**
 * One bin through the library, in the order {@link Newsbrief#brief} takes a day: copies dropped
 * ({@link Newsbrief#read}), every article cleaned and split once, those with nothing to quote left
 * out, the rest grouped into stories ({@link StoryBriefer#stories}), and each story briefed as a
 * day of that one story ({@link StoryBriefer#brief}: the summarizer's brief of its articles, and
 * its headline). The bin is grouped together with the context articles, so that the grouping's
 * term weights are those of a day rather than of the bin; stories of context articles alone are
 * not kept, and context articles are taken out of the stories that are. Runs on an executor, with
 * that JVM's {@link ExecutorLibrary}.
 */
final class BinBriefer {
  private static final int NOTES_PER_BIN = 20;

  private BinBriefer() {}

  /**
   * One story of the output.
   *
   * @param order where it goes: coverage (articles, then outlets), then recency, then its first article
   * @param json its line of {@code stories.jsonl}
   * @param articles its articles
   */
  record StoryRow(String order, String json, int articles) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * What one bin gave.
   *
   * @param articles articles of the bin
   * @param copiesDropped copies among them, counted once
   * @param sentenceless articles with no sentence to quote
   * @param stories stories briefed
   * @param notes the first messages about copies and articles without sentences
   * @param annotateSeconds cleaning and splitting
   * @param groupSeconds grouping into stories
   * @param briefSeconds briefing the stories and rendering them
   */
  record BinStats(int articles, int copiesDropped, int sentenceless, int stories, List<String> notes,
      double annotateSeconds, double groupSeconds, double briefSeconds) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  record BinResult(List<StoryRow> stories, BinStats stats) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Briefs the bin's articles.
   *
   * @param own the bin's articles, in any order
   * @param context articles of the whole input to group with; those of the bin are not taken twice
   */
  static BinResult brief(List<Line> own, List<Line> context, FirehoseSettings settings) {
    Newsbrief library = ExecutorLibrary.newsbrief();
    Summarizer summarizer = library.summarizer();
    List<Line> lines = own.stream().sorted(java.util.Comparator.comparingInt(Line::index)).toList();
    Map<String, Integer> indexOf = new HashMap<>();
    lines.forEach(l -> indexOf.put(l.origin(), l.index()));
    long start = System.nanoTime();
    PreparedInput input = library.read(BriefRequest.ofArticles(lines.stream().map(Line::article).toList()));
    AnnotatedArticles annotated = summarizer.annotate(input.articles(), StageTimings.NONE);
    AnnotatedArticles usable = annotated.withSentencesOnly();
    List<String> notes = new ArrayList<>(input.copies().messages());
    annotated.withoutSentences().forEach(a -> notes.add(a.origin() + ": no sentence to summarize (left out)"));
    long annotatedAt = System.nanoTime();
    List<Story> stories = usable.articles().isEmpty() ? List.of() : group(usable.articles(), indexOf, context);
    long groupedAt = System.nanoTime();
    StoryOptions options = StoryOptions.defaults();
    JsonRenderer renderer = new JsonRenderer(false);
    List<StoryRow> rows = new ArrayList<>(stories.size());
    for (Story story : stories) {
      List<Integer> members = story.articles();
      AnnotatedArticles day = usable.subset(members);
      Budget budget = settings.length().toLength().budgetFor(day.inputWords());
      // The whole story, its articles in the grouping's order of centrality, which picks the headline.
      Story whole = new Story(IntStream.range(0, members.size()).boxed().toList(),
          story.centralFirst().stream().map(members::indexOf).toList());
      StoryBriefer one = new StoryBriefer(summarizer, all -> List.of(whole), options);
      DayBrief brief = one.brief(day, budget);
      StorySection section = brief.sections().get(0);
      rows.add(new StoryRow(order(day.articles(), indexOf), renderer.storyLine(section.headline(), day.articles(), section.brief()),
          members.size()));
    }
    long briefedAt = System.nanoTime();
    BinStats stats = new BinStats(lines.size(), input.copies().dropped(), annotated.withoutSentences().size(), rows.size(),
        List.copyOf(notes.subList(0, Math.min(NOTES_PER_BIN, notes.size()))), seconds(annotatedAt - start), seconds(groupedAt - annotatedAt),
        seconds(briefedAt - groupedAt));
    return new BinResult(List.copyOf(rows), stats);
  }

  /**
   * The stories of {@code articles} (the bin's, in input order) over their positions, found among
   * the articles and the context in input order; context articles are taken out of each story.
   */
  private static List<Story> group(List<Article> articles, Map<String, Integer> indexOf, List<Line> context) {
    List<Article> day = new ArrayList<>(articles.size() + context.size());
    List<Integer> ownPosition = new ArrayList<>();
    int next = 0;
    for (Line line : context.stream().sorted(java.util.Comparator.comparingInt(Line::index)).toList()) {
      if (indexOf.containsKey(line.origin())) {
        continue;
      }
      while (next < articles.size() && indexOf.get(articles.get(next).origin()) < line.index()) {
        ownPosition.add(next);
        day.add(articles.get(next++));
      }
      ownPosition.add(-1);
      day.add(line.article());
    }
    while (next < articles.size()) {
      ownPosition.add(next);
      day.add(articles.get(next++));
    }
    StoryBriefer grouper = new StoryBriefer(ExecutorLibrary.newsbrief().summarizer(), StoryOptions.defaults());
    List<Story> stories = new ArrayList<>();
    for (Story story : grouper.stories(day)) {
      List<Integer> members = story.articles().stream().map(ownPosition::get).filter(p -> p >= 0).sorted().toList();
      if (!members.isEmpty()) {
        stories.add(new Story(members, story.centralFirst().stream().map(ownPosition::get).filter(p -> p >= 0).toList()));
      }
    }
    return stories;
  }

  /** The sort key of a story: most articles, most outlets, newest date (undated last), first article. */
  private static String order(List<Article> articles, Map<String, Integer> indexOf) {
    long outlets = articles.stream().flatMap(a -> a.metadata().outlet().stream()).distinct().count();
    Optional<Long> newest = articles.stream().flatMap(a -> a.metadata().date().stream()).map(d -> d.toEpochDay())
        .max(Long::compare);
    int first = articles.stream().mapToInt(a -> indexOf.get(a.origin())).min().orElse(0);
    long recency = newest.map(day -> 1_000_000_000L - day).orElse(9_999_999_999L);
    return String.format(Locale.ROOT, "%010d %010d %010d %010d", Integer.MAX_VALUE - articles.size(),
        Integer.MAX_VALUE - outlets, recency, first);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

package newsbrief.story;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import newsbrief.AnnotatedArticles;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.Sentence;
import newsbrief.StageTimings;
import newsbrief.Summarizer;
import newsbrief.order.ReadingOrder;
import newsbrief.select.Budget;
import newsbrief.text.StopWords;

/**
 * The brief of a day with many stories, composed in one place: group the articles into stories,
 * order the stories by coverage, give the most covered ones a length of their own (or a share of
 * one total), summarize each with the {@link Summarizer} as if it were the day's only story, and
 * list the rest in one line each. A day that is one story gives exactly the summarizer's brief of
 * all its articles. Thread-safe; the same input always gives the same day's brief.
 */
public final class StoryBriefer {
  private final Summarizer summarizer;
  private final StoryGrouper grouper;
  private final StoryOptions options;

  /** A briefer grouping with {@link AverageLinkGrouper} under {@code options}. */
  public StoryBriefer(Summarizer summarizer, StoryOptions options) {
    this(summarizer, new AverageLinkGrouper(new ArticleVectorizer(StopWords.english()), options), options);
  }

  /**
   * @param summarizer summarizes each story
   * @param grouper finds the stories
   * @param options how a shared total is split, how many stories are shown, how long headlines are
   */
  public StoryBriefer(Summarizer summarizer, StoryGrouper grouper, StoryOptions options) {
    this.summarizer = summarizer;
    this.grouper = grouper;
    this.options = options;
  }

  /** The day's brief of articles not yet split, with one total budget its sections share. */
  public DayBrief brief(List<Article> articles, Budget total) {
    return brief(summarizer.annotate(articles, StageTimings.NONE), new DayLength.Shared(total));
  }

  /** The day's brief of articles not yet split, as long as {@code length} says. */
  public DayBrief brief(List<Article> articles, DayLength length) {
    return brief(summarizer.annotate(articles, StageTimings.NONE), length);
  }

  /** As {@link #brief(AnnotatedArticles, DayLength)} with one total budget the sections share. */
  public DayBrief brief(AnnotatedArticles day, Budget total) {
    return brief(day, new DayLength.Shared(total));
  }

  /**
   * The day's brief, for articles already cleaned and split (each story's brief reuses their
   * sentences). Stories get sections most covered first, up to {@link StoryOptions#maxSections}
   * (and {@link DayLength.PerSection#maxSections()}). With lengths of their own, single articles
   * fill the sections that stories of two or more leave, at the shortest length, so a folder of
   * unrelated pages is briefed page by page and not reduced to its few pairs and a list of titles;
   * a shared total goes to stories of two or more articles only (when there are any), so that it
   * is not spread thin. A shared total is split by
   * {@link BudgetAllocator} in proportion to articles, giving sections while each can have its
   * minimum; lengths of their own follow {@link DayLength.PerSection#words}. Stories left over are
   * listed under "Also reported", at most {@link StoryOptions#maxAlsoReported()} of them.
   */
  public DayBrief brief(AnnotatedArticles day, DayLength length) {
    List<Article> articles = day.articles();
    List<Story> stories = stories(articles);
    if (stories.size() == 1) {
      Budget whole = length.whole(day.inputWords());
      return new DayBrief(articles, List.of(section(stories.get(0), whole, day)), List.of(), List.of(), whole);
    }
    List<Story> candidates = length instanceof DayLength.PerSection ? stories : coveredTwiceOrAll(stories);
    List<Budget> budgets = budgets(candidates, length, day.inputWords());
    List<Story> withSection = candidates.subList(0, budgets.size());
    List<StorySection> sections = new ArrayList<>(budgets.size());
    for (int s = 0; s < budgets.size(); s++) {
      sections.add(section(withSection.get(s), budgets.get(s), day));
    }
    List<Story> rest = stories.stream().filter(s -> !withSection.contains(s)).toList();
    int listed = Math.min(rest.size(), options.maxAlsoReported());
    List<StoryMention> mentions = rest.subList(0, listed).stream().map(s -> mention(s, day)).toList();
    return new DayBrief(articles, sections, mentions, rest.subList(listed, rest.size()), total(budgets, length, day.inputWords()));
  }

  /**
   * All the articles as one story, however many they tell (a flat brief), under {@code budget};
   * the time of linking, ranking and selection is added to {@code timings}.
   */
  public DayBrief oneStory(AnnotatedArticles day, Budget budget, StageTimings timings) {
    Story all = new Story(java.util.stream.IntStream.range(0, day.articles().size()).boxed().toList());
    Brief brief = summarizer.summarize(summarizer.link(day, timings), budget, timings);
    return new DayBrief(day.articles(), List.of(new StorySection(all, headline(all, day), brief)), List.of(), List.of(), budget);
  }

  /** The stories the articles tell, most covered first. */
  public List<Story> stories(List<Article> articles) {
    return CoverageOrder.sort(grouper.group(articles), articles);
  }

  /** The stories of two or more articles, in order; all of them when none has two. */
  private static List<Story> coveredTwiceOrAll(List<Story> stories) {
    List<Story> coveredTwice = stories.stream().filter(s -> s.size() >= 2).toList();
    return coveredTwice.isEmpty() ? stories : coveredTwice;
  }

  /** The budgets of the first candidates, most covered first. */
  private List<Budget> budgets(List<Story> candidates, DayLength length, long inputWords) {
    if (length instanceof DayLength.Shared shared) {
      Budget total = shared.total().budgetFor(inputWords);
      return BudgetAllocator.allocate(total, candidates.stream().map(Story::size).toList(),
          options.minimumSection(total), options.maxSections());
    }
    DayLength.PerSection perSection = (DayLength.PerSection) length;
    List<Story> shown = candidates.subList(0, Math.min(candidates.size(), Math.min(perSection.maxSections(), options.maxSections())));
    // Lengths scale with coverage among the stories of two or more; a single article takes the shortest.
    List<Story> covered = coveredTwiceOrAll(shown);
    int fewest = covered.stream().mapToInt(Story::size).min().orElse(0);
    int most = covered.stream().mapToInt(Story::size).max().orElse(0);
    return shown.stream().map(s -> Budget.words(s.size() < fewest ? perSection.fewestWords()
        : perSection.words(s.size(), fewest, most))).toList();
  }

  /** The day's length: the shared total, or the sum of the sections' own lengths. */
  private static Budget total(List<Budget> budgets, DayLength length, long inputWords) {
    return length instanceof DayLength.Shared shared ? shared.total().budgetFor(inputWords)
        : Budget.words(Math.max(1, budgets.stream().mapToInt(Budget::limit).sum()));
  }

  private StorySection section(Story story, Budget budget, AnnotatedArticles day) {
    AnnotatedArticles own = day.subset(story.articles());
    Brief brief = summarizer.summarize(summarizer.link(own, StageTimings.NONE), budget);
    return new StorySection(story, headline(story, day), brief);
  }

  /** A one-line entry: its headline and its articles in citation order. */
  private StoryMention mention(Story story, AnnotatedArticles day) {
    List<Article> own = story.articles().stream().map(day.articles()::get).toList();
    List<Article> sources = ReadingOrder.articles(own).stream().map(own::get).toList();
    return new StoryMention(story, headline(story, day), sources);
  }

  /** The story's {@link Headline}: its articles most central first, each with the sentences the day's split kept. */
  private String headline(Story story, AnnotatedArticles day) {
    List<Article> centralFirst = story.centralFirst().stream().map(day.articles()::get).toList();
    Map<Article, Integer> dayIndex = new IdentityHashMap<>();
    story.centralFirst().forEach(a -> dayIndex.put(day.articles().get(a), a));
    return Headline.of(centralFirst, article -> day.sentences().stream()
        .filter(s -> s.article() == dayIndex.get(article)).map(Sentence::text).toList(), options.headlineWords());
  }
}

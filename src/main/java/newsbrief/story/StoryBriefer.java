package newsbrief.story;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.order.ReadingOrder;
import newsbrief.select.Budget;
import newsbrief.vectorize.StopWords;

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
   * @param options how a shared budget is split, how many stories are shown, how long headlines are
   */
  public StoryBriefer(Summarizer summarizer, StoryGrouper grouper, StoryOptions options) {
    this.summarizer = summarizer;
    this.grouper = grouper;
    this.options = options;
  }

  /** The day's brief with the summarizer's budget shared among the sections ({@link DayLength.Shared}). */
  public DayBrief brief(List<Article> articles) {
    return brief(articles, new DayLength.Shared(summarizer.options().budget()));
  }

  /**
   * The day's brief. Stories of two or more articles get sections, most covered first, up to
   * {@link StoryOptions#maxSections} (and {@link DayLength.PerSection#maxSections()}); when no
   * story has two articles, single articles get sections instead. A shared budget is split by
   * {@link BudgetAllocator} in proportion to articles, giving sections while each can have its
   * minimum; lengths per section follow {@link DayLength.PerSection#words}. Stories left over are
   * listed under "Also reported", at most {@link StoryOptions#maxAlsoReported()} of them.
   */
  public DayBrief brief(List<Article> articles, DayLength length) {
    List<Story> stories = CoverageOrder.sort(grouper.group(articles), articles);
    if (stories.size() == 1) {
      Budget whole = length instanceof DayLength.Shared shared ? shared.total() : ((DayLength.PerSection) length).singleStory();
      StorySection only = section(stories.get(0), whole, articles);
      return new DayBrief(articles, 1, List.of(only), List.of(), whole);
    }
    boolean anyCoveredTwice = stories.stream().anyMatch(s -> s.size() >= 2);
    List<Story> candidates = stories.stream().filter(s -> !anyCoveredTwice || s.size() >= 2).toList();
    List<Budget> budgets = budgets(candidates, length);
    List<Story> withSection = candidates.subList(0, budgets.size());
    List<StorySection> sections = new ArrayList<>(budgets.size());
    for (int s = 0; s < budgets.size(); s++) {
      sections.add(section(withSection.get(s), budgets.get(s), articles));
    }
    List<StoryMention> mentions = stories.stream()
        .filter(s -> !withSection.contains(s))
        .limit(options.maxAlsoReported())
        .map(s -> mention(s, articles))
        .toList();
    return new DayBrief(articles, stories.size(), sections, mentions, total(budgets, length));
  }

  /** The budgets of the first candidates, most covered first. */
  private List<Budget> budgets(List<Story> candidates, DayLength length) {
    if (length instanceof DayLength.Shared shared) {
      return BudgetAllocator.allocate(shared.total(), candidates.stream().map(Story::size).toList(),
          options.minimumSection(shared.total()), options.maxSections());
    }
    DayLength.PerSection perSection = (DayLength.PerSection) length;
    List<Story> shown = candidates.subList(0, Math.min(candidates.size(), Math.min(perSection.maxSections(), options.maxSections())));
    int fewest = shown.stream().mapToInt(Story::size).min().orElse(0);
    int most = shown.stream().mapToInt(Story::size).max().orElse(0);
    return shown.stream().map(s -> Budget.words(perSection.words(s.size(), fewest, most))).toList();
  }

  /** The day's length: the shared total, or the sum of the sections' own lengths. */
  private static Budget total(List<Budget> budgets, DayLength length) {
    return length instanceof DayLength.Shared shared ? shared.total()
        : Budget.words(Math.max(1, budgets.stream().mapToInt(Budget::limit).sum()));
  }

  private StorySection section(Story story, Budget budget, List<Article> articles) {
    List<Article> own = articlesOf(story, articles);
    AnalyzedCorpus corpus = summarizer.analyze(own);
    Brief brief = summarizer.withOptions(summarizer.options().withBudget(budget)).summarize(corpus);
    return new StorySection(story, headline(story, articles, () -> corpus), brief);
  }

  /** A one-line entry: its headline and its articles in citation order. */
  private StoryMention mention(Story story, List<Article> articles) {
    List<Article> own = articlesOf(story, articles);
    List<Article> sources = ReadingOrder.articles(own).stream().map(own::get).toList();
    return new StoryMention(story, headline(story, articles, () -> summarizer.analyze(own)), sources);
  }

  /**
   * The story's {@link Headline}: its articles most central first, and each one's sentences as
   * the summarizer keeps them (analysed only when no article has a title, and then once).
   */
  private String headline(Story story, List<Article> articles, Supplier<AnalyzedCorpus> analysed) {
    List<Article> centralFirst = story.centralFirst().stream().map(articles::get).toList();
    Map<Article, Integer> positionInStory = new IdentityHashMap<>();
    story.articles().forEach(a -> positionInStory.put(articles.get(a), positionInStory.size()));
    AnalyzedCorpus[] corpus = new AnalyzedCorpus[1];
    Function<Article, List<String>> sentences = article -> {
      if (corpus[0] == null) {
        corpus[0] = analysed.get();
      }
      int position = positionInStory.get(article);
      return corpus[0].sentences().stream().filter(s -> s.article() == position).map(Sentence::text).toList();
    };
    return Headline.of(centralFirst, sentences, options.headlineWords());
  }

  private static List<Article> articlesOf(Story story, List<Article> articles) {
    return story.articles().stream().map(articles::get).toList();
  }
}

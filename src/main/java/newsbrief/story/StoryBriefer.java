package newsbrief.story;

import java.util.ArrayList;
import java.util.List;
import newsbrief.AnnotatedArticles;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.StageTimings;
import newsbrief.Summarizer;
import newsbrief.order.ReadingOrder;
import newsbrief.select.Budget;
import newsbrief.text.StopWords;

/**
 * The brief of a day with many stories, composed in one place: group the articles into stories,
 * order the stories by coverage, share the length budget among the most covered ones, summarize
 * each with the {@link Summarizer} as if it were the day's only story, and list the rest in one
 * line each. A day that is one story gives exactly the summarizer's brief of all its articles.
 * Thread-safe; the same input always gives the same day's brief.
 */
public final class StoryBriefer {
  private static final int MENTION_SENTENCES = 1;

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
   * @param options how the budget is shared and how many stories are shown
   */
  public StoryBriefer(Summarizer summarizer, StoryGrouper grouper, StoryOptions options) {
    this.summarizer = summarizer;
    this.grouper = grouper;
    this.options = options;
  }

  /**
   * The day's brief. Stories of two or more articles get sections while the budget allows at
   * least {@link StoryOptions#minimumSection} per section, up to {@link StoryOptions#maxSections};
   * when no story has two articles, single articles get sections instead. Each section's share of
   * the budget follows its number of articles ({@link BudgetAllocator}). Stories left over are
   * listed under "Also reported", at most {@link StoryOptions#maxAlsoReported()} of them.
   */
  public DayBrief brief(List<Article> articles, Budget total) {
    return brief(summarizer.annotate(articles, StageTimings.NONE), total);
  }

  /**
   * As {@link #brief(List, Budget)}, for articles already cleaned and split: each story's brief
   * reuses their sentences.
   */
  public DayBrief brief(AnnotatedArticles day, Budget total) {
    List<Article> articles = day.articles();
    List<Story> stories = stories(articles);
    if (stories.size() == 1) {
      Story all = stories.get(0);
      Brief brief = summarizer.summarize(summarizer.link(day, StageTimings.NONE), total);
      return new DayBrief(articles, List.of(new StorySection(all, Headline.of(brief, options.headlineWords()), brief)),
          List.of(), List.of(), total);
    }
    boolean anyCoveredTwice = stories.stream().anyMatch(s -> s.size() >= 2);
    List<Story> candidates = stories.stream().filter(s -> !anyCoveredTwice || s.size() >= 2).toList();
    List<Budget> budgets = BudgetAllocator.allocate(total, candidates.stream().map(Story::size).toList(),
        options.minimumSection(total), options.maxSections());
    List<Story> withSection = candidates.subList(0, budgets.size());
    List<StorySection> sections = new ArrayList<>(budgets.size());
    for (int s = 0; s < budgets.size(); s++) {
      sections.add(section(withSection.get(s), budgets.get(s), day));
    }
    List<Story> rest = stories.stream().filter(s -> !withSection.contains(s)).toList();
    int listed = Math.min(rest.size(), options.maxAlsoReported());
    List<StoryMention> mentions = rest.subList(0, listed).stream().map(s -> mention(s, day)).toList();
    return new DayBrief(articles, sections, mentions, rest.subList(listed, rest.size()), total);
  }

  /** The stories the articles tell, most covered first. */
  public List<Story> stories(List<Article> articles) {
    return CoverageOrder.sort(grouper.group(articles), articles);
  }

  private StorySection section(Story story, Budget budget, AnnotatedArticles day) {
    Brief brief = summarizer.summarize(summarizer.link(day.subset(story.articles()), StageTimings.NONE), budget);
    return new StorySection(story, Headline.of(brief, options.headlineWords()), brief);
  }

  /** A one-line entry: a title when an article has one, else the story's most central sentence. */
  private StoryMention mention(Story story, AnnotatedArticles day) {
    AnnotatedArticles own = day.subset(story.articles());
    List<Article> sources = ReadingOrder.articles(own.articles()).stream().map(own.articles()::get).toList();
    String headline = Headline.firstTitle(sources).orElseGet(() -> Headline.of(
        summarizer.summarize(summarizer.link(own, StageTimings.NONE), Budget.sentences(MENTION_SENTENCES)),
        options.headlineWords()));
    return new StoryMention(story, headline, sources);
  }
}

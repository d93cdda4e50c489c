package newsbrief;

import java.util.ArrayList;
import java.util.List;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.annotate.SentenceSplitter;
import newsbrief.read.DuplicateFilter;
import newsbrief.read.InputBatch;
import newsbrief.read.InputProblem;
import newsbrief.read.PreparedInput;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.DayLength;
import newsbrief.story.StoryBriefer;
import newsbrief.story.StoryOptions;

/**
 * The library's entry point: a {@link BriefRequest} goes in, a day's brief comes out. The pipeline
 * is composed here and nowhere else: read the inputs, keep the date window, drop copies
 * ({@link #read}), then clean and split every article once, leave out articles with nothing to
 * quote, group the rest into stories, summarize each story, assemble the day. Every command runs it, or the stages below it
 * ({@link Summarizer} for one corpus). Thread-safe once built; the same request always gives the
 * same brief.
 *
 * <pre>{@code
 * Newsbrief newsbrief = Newsbrief.withCoreNlp();
 * BriefReport report = newsbrief.brief(BriefRequest.of("corpus").withLength(Length.words(200)));
 * String markdown = new MarkdownRenderer().render(report.day());
 * }</pre>
 */
public final class Newsbrief {
  private final Summarizer summarizer;
  private final StoryOptions storyOptions;
  private final DuplicateFilter copies = new DuplicateFilter();

  /** With the default settings, splitting with {@code splitter}. */
  public Newsbrief(SentenceSplitter splitter) {
    this(new Summarizer(splitter), StoryOptions.defaults());
  }

  /** @param summarizer summarizes each story; @param storyOptions groups the day and cuts it into sections */
  public Newsbrief(Summarizer summarizer, StoryOptions storyOptions) {
    this.summarizer = summarizer;
    this.storyOptions = storyOptions;
  }

  /** With the default settings and CoreNLP's sentence splitter (built now: about a second). */
  public static Newsbrief withCoreNlp() {
    return new Newsbrief(new CoreNlpSentenceSplitter());
  }

  public Summarizer summarizer() {
    return summarizer;
  }

  public BriefReport brief(BriefRequest request) {
    return brief(request, read(request), StageTimings.NONE);
  }

  /**
   * The first stages: read the inputs, keep the date window, drop copies (the window first, so that
   * a copy inside it is never dropped for an original outside it).
   *
   * @throws NewsbriefException when no input could be read (the message sums up, its
   *     {@link NewsbriefException#details()} list the inputs), or every article is outside the
   *     window; in strict mode, at the first input that cannot be used
   */
  public PreparedInput read(BriefRequest request) {
    InputBatch batch = request.read();
    batch.requireArticles();
    PreparedInput input = PreparedInput.of(batch, request.window(), copies);
    if (input.articles().isEmpty()) {
      throw new NewsbriefException(request.window().describe(), "every article is dated outside this window ("
          + input.window().outside().size() + " left out; widen --since/--until)").withDetails(input.window().messages());
    }
    return input;
  }

  /**
   * The rest of the pipeline on what {@link #read} gave: clean and split every article once, leave
   * out those with nothing to quote, group the rest into stories (unless the request is flat),
   * summarize each, assemble the day. Adds the time of each stage to {@code timings}.
   *
   * @throws NewsbriefException when no article has a sentence to quote, or when one has none and it
   *     is the only article or the request is strict
   */
  public BriefReport brief(BriefRequest request, PreparedInput input, StageTimings timings) {
    AnnotatedArticles annotated = summarizer.annotate(input.articles(), timings);
    boolean[] quotable = annotated.hasSentences();
    List<InputProblem> sentenceless = new ArrayList<>();
    for (int a = 0; a < quotable.length; a++) {
      if (!quotable[a]) {
        // An article in another language gives the summarizer nothing; say so rather than call it furniture.
        sentenceless.add(new InputProblem(annotated.articles().get(a).origin(),
            annotated.cleaned().get(a).english() ? NO_SENTENCE : NOT_ENGLISH));
      }
    }
    if (!sentenceless.isEmpty() && (request.strict() || input.articles().size() == 1)) {
      throw sentenceless.get(0).toException();
    }
    if (sentenceless.size() == input.articles().size()) {
      throw new NewsbriefException(null, "no sentence to summarize in any of the " + sentenceless.size()
          + " articles (listed above; check these are article texts)")
          .withDetails(sentenceless.stream().map(InputProblem::line).toList());
    }
    AnnotatedArticles usable = annotated.withSentencesOnly();
    StoryOptions stories = storyOptions.withMaxSections(Math.min(request.maxSections(), storyOptions.maxSections()));
    StoryBriefer briefer = new StoryBriefer(summarizer, stories);
    DayLength length = request.maxSections() < Integer.MAX_VALUE && request.length() instanceof DayLength.PerSection perSection
        ? perSection.withMaxSections(request.maxSections()) : request.length();
    DayBrief day = request.flat() ? briefer.oneStory(usable, length.whole(usable.inputWords()), timings)
        : briefer.brief(usable, length);
    Budget budget = day.budget();
    int storiesFound = request.flat() ? briefer.stories(usable.articles()).size() : day.storyCount();
    int shortest = usable.sentences().stream().mapToInt(Sentence::wordCount).min().orElse(0);
    return new BriefReport(request, day, budget, input, sentenceless, shortest, storiesFound, summarizer.options(), stories);
  }

  private static final String NOT_ENGLISH =
      "not English (newsbrief summarizes English articles; newsbrief extract shows the text that was read)";
  private static final String NO_SENTENCE = "no sentence to summarize (every line looked like page furniture or "
      + "was too short; is it an article? for a web page, try --input-format html)";
}

package newsbrief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsbrief.Article;
import newsbrief.NewsbriefException;
import newsbrief.Sentence;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.read.CorpusReader;
import java.util.Map;
import newsbrief.render.HtmlRenderer;
import newsbrief.render.JsonRenderer;
import newsbrief.render.MarkdownRenderer;
import newsbrief.render.OutputFiles;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.DayLength;
import newsbrief.story.StoryBriefer;
import newsbrief.story.StoryOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief brief DIR}: the daily brief of a folder of articles, as Markdown; a day of
 * several stories gets a section per story.
 */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {"Writes the daily brief of a folder of articles (.txt, with optional .meta sidecars) as Markdown.",
        "Articles are grouped into stories; each of the most covered stories gets a section, the rest one line each.",
        "By default each section gets 50 to 80 words by its coverage, for at most 8 stories (a day of one story, "
            + "200 words); --words, --sentences or --ratio give a total that the sections share instead."},
    footer = {"%nExamples:", "  newsbrief brief corpus", "  newsbrief brief corpus --format html",
        "  newsbrief brief corpus --words 120 -o -", "  newsbrief brief today --words 400 --stories 5"})
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of articles.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the brief; - for standard output (default: summaries/daily-brief.md, "
          + "or .json, .html with --format json, html).")
  String output;

  /** What {@code brief} writes. */
  enum Format { markdown, json, html }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown, json (the stories, each with the paths of its articles and its brief) or html "
          + "(one page to read, style inline) (default: ${DEFAULT-VALUE}).")
  Format format;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  LengthOptions length = new LengthOptions();

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  private Integer stories;

  @Option(names = "--stories", paramLabel = "N",
      description = "Most stories with a section of their own (default: 8, or as many as a total length allows).")
  void setStories(int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: --stories " + value + ": at least one story needs a section (give a positive number)");
    }
    stories = value;
  }

  @Override
  public Integer call() {
    StoryOptions storyOptions = stories == null ? StoryOptions.defaults() : StoryOptions.defaults().withMaxSections(stories);
    List<Article> articles = CorpusReader.readFolder(input);
    long inputWords = articles.stream().mapToLong(a -> Sentence.countWords(a.text())).sum();
    Budget total = length.budgetOr(null, inputWords);
    SummaryOptions options = SummaryOptions.defaults().withBudget(total != null ? total : SummaryOptions.defaults().budget());
    DayLength dayLength = total != null ? new DayLength.Shared(total)
        : stories == null ? DayLength.defaults() : ((DayLength.PerSection) DayLength.defaults()).withMaxSections(stories);
    DayBrief day = new StoryBriefer(new Summarizer(new CoreNlpSentenceSplitter(), options), storyOptions).brief(articles, dayLength);
    if (day.sentenceCount() == 0) {
      throw new NewsbriefException(input.toString(),
          "no sentence to summarize: every line looked like page furniture or was too short (check these are article texts)");
    }
    String rendered = switch (format) {
      case json -> new JsonRenderer(false).render(day, options, Map.of("maxSections", storyOptions.maxSections()));
      case html -> new HtmlRenderer().render(day);
      case markdown -> new MarkdownRenderer().render(day);
    };
    String target = output != null ? output : "summaries/daily-brief." + (format == Format.markdown ? "md" : format.name());
    if (target.equals("-")) {
      spec.commandLine().getOut().print(rendered);
    } else {
      OutputFiles.writeAtomically(Path.of(target), rendered);
      spec.commandLine().getOut().printf("wrote %s: %d sentences, %d words, from %d articles%s%n",
          target, day.sentenceCount(), day.wordCount(), day.articles().size(),
          day.storyCount() > 1 ? " in " + day.storyCount() + " stories" : "");
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}

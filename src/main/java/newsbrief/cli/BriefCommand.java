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
import newsbrief.render.JsonRenderer;
import newsbrief.render.MarkdownRenderer;
import newsbrief.render.OutputFiles;
import newsbrief.story.DayBrief;
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
        "Articles are grouped into stories; each of the most covered stories gets a section, the rest one line each."},
    footer = {"%nExamples:", "  newsbrief brief corpus", "  newsbrief brief corpus --words 120 -o -",
        "  newsbrief brief today --words 400 --stories 5"})
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of articles.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write the brief; - for standard output (default: summaries/daily-brief.md, "
          + "or summaries/daily-brief.json with --format json).")
  String output;

  /** What {@code brief} writes. */
  enum Format { markdown, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      description = "markdown or json: the stories, each with the paths of its articles and its brief (default: ${DEFAULT-VALUE}).")
  Format format;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  LengthOptions length = new LengthOptions();

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  private Integer stories;

  @Option(names = "--stories", paramLabel = "N",
      description = "Most stories with a section of their own (default: as many as the budget allows).")
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
    CliOutput.refuseInputAsOutput(spec.commandLine(), Path.of(""), output, CliOutput.files(articles));
    long inputWords = articles.stream().mapToLong(a -> Sentence.countWords(a.text())).sum();
    SummaryOptions options = SummaryOptions.defaults().withBudget(length.budgetOr(SummaryOptions.defaults().budget(), inputWords));
    DayBrief day = new StoryBriefer(new Summarizer(new CoreNlpSentenceSplitter(), options), storyOptions).brief(articles);
    if (day.sentenceCount() == 0) {
      throw new NewsbriefException(input.toString(),
          "no sentence to summarize: every line looked like page furniture or was too short (check these are article texts)");
    }
    String rendered = format == Format.json
        ? new JsonRenderer(false).render(day, options, Map.of("maxSections", storyOptions.maxSections()))
        : new MarkdownRenderer().render(day);
    String target = output != null ? output : format == Format.json ? "summaries/daily-brief.json" : "summaries/daily-brief.md";
    if (target.equals("-")) {
      spec.commandLine().getOut().print(rendered);
    } else {
      OutputFiles.writeAtomically(Path.of(target), rendered);
      CliOutput.wrote(spec.commandLine().getOut(), target, day.sentenceCount(), day.wordCount(), day.articles().size(),
          day.storyCount() > 1 ? " in " + day.storyCount() + " stories" : "");
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}

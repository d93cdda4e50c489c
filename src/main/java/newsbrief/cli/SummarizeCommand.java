package newsbrief.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.NewsbriefException;
import newsbrief.Sentence;
import newsbrief.StageTimings;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.read.DateWindow;
import newsbrief.read.DuplicateFilter;
import newsbrief.read.InputBatch;
import newsbrief.read.InputCollector;
import newsbrief.read.InputFormat;
import newsbrief.read.InputProblem;
import newsbrief.read.PreparedInput;
import newsbrief.render.JsonRenderer;
import newsbrief.render.MarkdownExplanationRenderer;
import newsbrief.render.MarkdownRenderer;
import newsbrief.render.OutputFiles;
import newsbrief.render.TextRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief summarize PATH...}: a brief of any articles, wired from the library: collect
 * the inputs, keep the date window, drop copies, summarize, render, write. Bad inputs are listed
 * on standard error and the good ones summarized, unless {@code --strict}.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Summarizes news articles about the same events into a short brief without redundancy.",
        "%nInputs are article files (plain text, HTML pages, JSON Lines; told apart by extension and content), "
            + "folders (read recursively), glob patterns, or - for standard input. Copies among them count once. "
            + "Inputs that cannot be used are listed on standard error and the others summarized.%n"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success, also when some inputs could not be used (they are listed)",
      "1:an unexpected failure (run with --verbose for details)",
      "2:usage error (bad or conflicting options)",
      "3:unusable input: none of the inputs, or with --strict any of them"},
    footer = {"%nExamples:",
        "  newsbrief summarize corpus",
        "  newsbrief summarize 'feeds/**/*.html' --since 2024-11-01 --words 150",
        "  newsbrief summarize today.jsonl --format json --explain -o brief.json",
        "  newsbrief summarize corpus --ratio 0.05 -o brief.md",
        "  newsbrief summarize - --input-format html < saved-page",
        "  cat a.txt <(echo ---) b.txt | newsbrief summarize - --sentences 3"})
final class SummarizeCommand implements Callable<Integer> {
  /** From this many articles on, a progress bar is drawn (on a terminal, or with --progress). */
  static final int PROGRESS_FROM_ARTICLES = 300;

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files, folders, glob patterns (quoted: 'news/**/*.html'), or - for standard input "
          + "(one article, or several separated by lines holding only ---).")
  List<String> paths;

  private InputFormat inputFormat = InputFormat.AUTO;
  private OutputFormat format;

  @Option(names = {"-o", "--output"}, order = 3, paramLabel = "FILE", defaultValue = "-",
      description = "Write the brief to FILE, whole or not at all; - for standard output (default).")
  String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nLength (one of):%n")
  LengthOptions length = new LengthOptions();

  @Option(names = "--since", order = 5, paramLabel = "DATE",
      description = "Leave out articles dated before DATE (YYYY-MM-DD); undated ones are kept and listed.")
  String since;

  @Option(names = "--until", order = 6, paramLabel = "DATE", description = "Leave out articles dated after DATE (YYYY-MM-DD).")
  String until;

  @Option(names = "--explain", order = 7,
      description = "Say why each sentence was chosen: its centrality, the sentences it kept out, its place in the choice.")
  boolean explain;

  @Option(names = "--strict", order = 8, description = "Stop at the first input that cannot be used (exit 3) instead of listing it.")
  boolean strict;

  @Option(names = "--progress", order = 9, negatable = true,
      description = "Draw a progress bar on standard error for " + PROGRESS_FROM_ARTICLES
          + " articles or more (default: only on a terminal).")
  Boolean progress;

  @Option(names = "--verbose", order = 10, description = "Show the full error on failure, and the files passed over in folders.")
  boolean verbose;

  SummarizeCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Option(names = "--input-format", order = 4, paramLabel = "FORMAT",
      description = "Read every input as auto (default: by extension, then content), text, html or jsonl.")
  void setInputFormat(String name) {
    try {
      inputFormat = InputFormat.named(name);
    } catch (NewsbriefException e) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: --input-format " + name + ": not an input format (use auto, text, html or jsonl)");
    }
  }

  @Option(names = {"-f", "--format"}, order = 2, paramLabel = "FORMAT",
      description = "Write text (default), markdown or json; with -o FILE, the default follows FILE's extension.")
  void setFormat(String name) {
    format = OutputFormat.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "newsbrief: --format " + name + ": not an output format (use text, markdown or json; --input-format says how to read)"));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DateWindow window = window();
    environment.splitter().prepare();
    InputBatch batch = new InputCollector(environment.workingDir(), environment.stdin())
        .withFormat(inputFormat).strict(strict).collect(paths);
    if (!batch.articles().isEmpty() || batch.problems().size() > 1) {
      batch.problemLines().forEach(line -> err.println("newsbrief: " + line));
    }
    if (verbose && !batch.skipped().isEmpty()) {
      err.println("newsbrief: passed over (not an article format): " + String.join(", ", batch.skipped()));
    }
    batch.requireArticles();
    PreparedInput input = PreparedInput.of(batch, window, new DuplicateFilter());
    input.notes().forEach(note -> err.println("newsbrief: " + note));
    err.flush();
    List<Article> articles = input.articles();
    if (articles.isEmpty()) {
      throw new NewsbriefException(window.describe(), "every article is dated outside this window ("
          + input.window().outside().size() + " left out; widen --since/--until)");
    }

    long inputWords = articles.stream().mapToLong(a -> Sentence.countWords(a.text())).sum();
    SummaryOptions options = SummaryOptions.defaults()
        .withBudget(length.budgetOr(SummaryOptions.defaults().budget(), inputWords));
    Summarizer summarizer = new Summarizer(environment.splitter().get(), options);
    List<InputProblem> problems = new ArrayList<>(batch.problems());
    ProgressDisplay display = progressDisplay(articles.size());
    AnalyzedCorpus corpus;
    List<InputProblem> sentenceless;
    Brief brief;
    try {
      StageTimings timings = display == null ? StageTimings.NONE : new StageTimings(display);
      corpus = summarizer.analyze(articles, timings);
      sentenceless = sentenceless(corpus);
      corpus = corpus.withoutArticlesWithoutSentences();
      brief = summarizer.summarize(corpus, timings);
    } finally {
      if (display != null) {
        display.close();
      }
    }
    report(sentenceless, articles.size());
    problems.addAll(sentenceless);
    if (brief.lines().isEmpty()) {
      int shortest = corpus.sentences().stream().mapToInt(Sentence::wordCount).min().orElse(0);
      throw new ParameterException(spec.commandLine(), "newsbrief: " + length.describe(options.budget())
          + ": no sentence fits in this budget (the shortest has " + shortest + " words; allow more)");
    }
    write(render(brief, options, input, problems), brief);
    return 0;
  }

  private DateWindow window() {
    try {
      return DateWindow.parse(since, until);
    } catch (NewsbriefException e) {
      throw new ParameterException(spec.commandLine(), "newsbrief: " + e.getMessage());
    }
  }

  private ProgressDisplay progressDisplay(int articles) {
    boolean wanted = progress == null ? environment.interactive() : progress;
    return wanted && articles >= PROGRESS_FROM_ARTICLES
        ? new ProgressDisplay(spec.commandLine().getErr(), environment.terminalWidth(), articles)
        : null;
  }

  /** One problem per article in which no quotable sentence was found: not English, or nothing but furniture. */
  private static List<InputProblem> sentenceless(AnalyzedCorpus corpus) {
    boolean[] hasSentence = new boolean[corpus.articles().size()];
    corpus.sentences().forEach(s -> hasSentence[s.article()] = true);
    List<InputProblem> problems = new ArrayList<>();
    for (int a = 0; a < hasSentence.length; a++) {
      if (!hasSentence[a] && !corpus.cleaned().get(a).english()) {
        problems.add(new InputProblem(corpus.articles().get(a).origin(), "not English (newsbrief summarizes English "
            + "articles; newsbrief extract shows the text that was read)"));
      } else if (!hasSentence[a]) {
        problems.add(new InputProblem(corpus.articles().get(a).origin(), "no sentence to summarize (every line looked "
            + "like page furniture or was too short; is it an article? for a web page, try --input-format html)"));
      }
    }
    return problems;
  }

  /**
   * Lists the articles without a sentence on standard error.
   *
   * @throws NewsbriefException when there is one and {@code --strict} was given, or when no
   *     article of the {@code articles} has a sentence
   */
  private void report(List<InputProblem> sentenceless, int articles) {
    if (sentenceless.isEmpty()) {
      return;
    }
    if (strict || articles == 1) {
      throw sentenceless.get(0).toException();
    }
    PrintWriter err = spec.commandLine().getErr();
    sentenceless.forEach(problem -> err.println("newsbrief: " + problem.line()));
    err.flush();
    if (sentenceless.size() == articles) {
      throw new NewsbriefException(null, "no sentence to summarize in any of the " + articles
          + " articles (listed above; check these are article texts)");
    }
  }

  private String render(Brief brief, SummaryOptions options, PreparedInput input, List<InputProblem> problems) {
    OutputFormat chosen = format != null ? format : output.equals("-") ? OutputFormat.TEXT : OutputFormat.forFile(output);
    return switch (chosen) {
      case TEXT -> new TextRenderer(environment.interactive() && output.equals("-") ? environment.terminalWidth() : 0,
          explain).render(brief);
      case MARKDOWN -> new MarkdownRenderer().render(brief) + (explain ? new MarkdownExplanationRenderer().render(brief) : "");
      case JSON -> new JsonRenderer(explain).render(brief, options, inputSettings(), input, problems);
    };
  }

  /** The settings of reading, for the JSON output. */
  private Map<String, Object> inputSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("inputFormat", inputFormat.name().toLowerCase(Locale.ROOT));
    settings.put("since", since);
    settings.put("until", until);
    settings.put("ratio", length.ratio());
    settings.put("strict", strict);
    return settings;
  }

  private void write(String rendered, Brief brief) {
    PrintWriter out = spec.commandLine().getOut();
    if (output.equals("-")) {
      out.print(rendered);
    } else {
      OutputFiles.writeAtomically(environment.workingDir().resolve(output), rendered);
      out.printf("wrote %s: %d sentences, %d words, from %d articles%n",
          output, brief.lines().size(), brief.wordCount(), brief.sources().size());
    }
    out.flush();
  }
}

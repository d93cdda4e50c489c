package newsbrief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.NewsbriefException;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.CoreNlpSentenceSplitter;
import newsbrief.read.CorpusReader;
import newsbrief.render.MarkdownRenderer;
import newsbrief.render.OutputFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbrief brief DIR}: the daily brief of a folder of articles, as Markdown. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = "Writes the daily brief of a folder of articles (.txt, with optional .meta sidecars) as Markdown.",
    footer = {"%nExamples:", "  newsbrief brief corpus", "  newsbrief brief corpus --words 120 -o -"})
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of articles.")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "summaries/daily-brief.md",
      description = "Where to write the brief; - for standard output (default: ${DEFAULT-VALUE}).")
  String output;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  BudgetOptions budget = new BudgetOptions();

  @Option(names = "--verbose", description = "Show the full error on failure.")
  boolean verbose;

  @Override
  public Integer call() {
    SummaryOptions options = SummaryOptions.defaults().withBudget(budget.budgetOr(SummaryOptions.defaults().budget()));
    List<Article> articles = CorpusReader.readFolder(input);
    Brief brief = new Summarizer(new CoreNlpSentenceSplitter(), options).summarize(articles);
    if (brief.lines().isEmpty()) {
      throw new NewsbriefException(input.toString(),
          "no sentence to summarize: every line looked like page furniture or was too short (check these are article texts)");
    }
    String markdown = new MarkdownRenderer().render(brief);
    if (output.equals("-")) {
      spec.commandLine().getOut().print(markdown);
    } else {
      OutputFiles.writeAtomically(Path.of(output), markdown);
      spec.commandLine().getOut().printf("wrote %s: %d sentences, %d words, from %d articles%n",
          output, brief.lines().size(), brief.wordCount(), brief.sources().size());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}

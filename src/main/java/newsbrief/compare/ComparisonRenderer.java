package newsbrief.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.Article;
import newsbrief.render.BriefWording;
import newsbrief.BriefLine;
import newsbrief.Sentence;

/**
 * Renders a {@link LengthComparison}: as a Markdown file (the table, notes, the chart, how the
 * briefs were chosen, what the columns mean, the briefs one after another with what each longer
 * one adds marked {@code **new**}, and the sources), as the table alone for a terminal, and as a
 * {@link LineChart} of covered centrality and ROUGE against budget. Pure: the same comparison
 * gives the same text.
 */
public final class ComparisonRenderer {
  /**
   * The Markdown file.
   *
   * @param command the command line that makes this file, shown so a reader can regenerate it
   * @param chartFile the chart's file name, relative to the Markdown file
   */
  public String render(LengthComparison comparison, String command, String chartFile) {
    StringBuilder out = new StringBuilder();
    out.append(table(comparison));
    out.append("\n![Covered centrality and ROUGE recall against budget](").append(chartFile).append(")\n");
    out.append("\n## How the briefs are chosen\n\n").append(howChosen(comparison)).append('\n');
    out.append("\n## What the columns mean\n\n").append(columns(comparison));
    out.append("\n## The briefs\n");
    List<ComparedBrief> briefs = comparison.briefs();
    for (int k = 0; k < briefs.size(); k++) {
      out.append('\n').append(brief(briefs.get(k), k == 0 ? null : briefs.get(k - 1)));
    }
    out.append("\n## Sources\n\n");
    List<Article> sources = comparison.longest().brief().sources();
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + 1).append(". ").append(BriefWording.markdownSource(sources.get(i))).append('\n');
    }
    out.append("\nMade by `").append(command).append("`.\n");
    return out.toString();
  }

  /** The title, the table and its notes: what the command prints. */
  public String table(LengthComparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append("# Brief length comparison: ").append(comparison.name()).append("\n\n");
    int articles = comparison.longest().brief().sources().size();
    out.append(String.format(Locale.ROOT, "%d %s, %d candidate sentences, %d words. Budgets: %s.%n%n", articles,
        articles == 1 ? "article" : "articles", comparison.candidateSentences(), comparison.corpusWords(),
        comparison.budgets().describe()));
    boolean references = comparison.hasReferences();
    out.append("| budget | words | sentences | articles cited | outlets cited | centrality covered | centrality chosen "
        + "| largest cosine | mean cosine | R-1 of longest | R-2 of longest |");
    out.append(references ? " R-1 of references | R-2 of references |" : "").append(" as `brief` |\n");
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|").append(references ? "---:|---:|" : "")
        .append(":---:|\n");
    for (ComparedBrief brief : comparison.briefs()) {
      BriefMeasures m = brief.measures();
      out.append("| ").append(brief.budget().limit()).append(" | ").append(m.words()).append(" | ").append(m.sentences())
          .append(" | ").append(m.articlesCited()).append(" | ").append(m.outletsCited())
          .append(" | ").append(decimal(m.centralityCovered())).append(" | ").append(decimal(m.centralityChosen()))
          .append(" | ").append(cosine(m.maxCosine())).append(" | ").append(cosine(m.meanCosine()))
          .append(" | ").append(decimal(brief.ofLongest().rouge1())).append(" | ").append(decimal(brief.ofLongest().rouge2()))
          .append(" |");
      brief.ofReferences().ifPresent(r -> out.append(' ').append(decimal(r.rouge1())).append(" | ")
          .append(decimal(r.rouge2())).append(" |"));
      out.append(brief.sameAsOwnChoice() ? " same |" : " differs |").append('\n');
    }
    List<String> notes = notes(comparison);
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  /** The chart: covered centrality and ROUGE recall (of the longest brief, and of the references) against budget. */
  public LineChart chart(LengthComparison comparison) {
    List<Double> x = comparison.budgets().limits().stream().map(Integer::doubleValue).toList();
    List<ComparedBrief> briefs = comparison.briefs();
    List<ChartSeries> series = new ArrayList<>();
    series.add(new ChartSeries("LexRank centrality covered",
        x, briefs.stream().map(b -> b.measures().centralityCovered()).toList(), 2, false));
    series.add(new ChartSeries("ROUGE-1 recall of the longest brief",
        x, briefs.stream().map(b -> b.ofLongest().rouge1()).toList(), 0, true));
    series.add(new ChartSeries("ROUGE-2 recall of the longest brief",
        x, briefs.stream().map(b -> b.ofLongest().rouge2()).toList(), 1, true));
    if (comparison.hasReferences()) {
      series.add(new ChartSeries("ROUGE-1 recall of the references",
          x, briefs.stream().map(b -> b.ofReferences().orElseThrow().rouge1()).toList(), 0, false));
      series.add(new ChartSeries("ROUGE-2 recall of the references",
          x, briefs.stream().map(b -> b.ofReferences().orElseThrow().rouge2()).toList(), 1, false));
    }
    return new LineChart("Brief length: " + comparison.name(), "budget (" + comparison.budgets().unitName() + ")",
        "share covered / ROUGE recall", series, x, Optional.of(1.0));
  }

  private static List<String> notes(LengthComparison comparison) {
    List<String> notes = new ArrayList<>();
    String unit = comparison.budgets().unitName();
    int corpusSize = unit.equals("words") ? comparison.corpusWords() : comparison.candidateSentences();
    for (ComparedBrief brief : comparison.briefs()) {
      String budget = brief.budget().limit() + " " + unit;
      if (brief.chosen().isEmpty()) {
        notes.add(budget + ": no sentence; the first choice alone has " + brief.nextCost().orElse(0) + " " + unit
            + " (give a larger budget)");
      } else if (brief.budget().limit() >= corpusSize) {
        notes.add(budget + ": the budget is as large as the whole corpus (" + corpusSize + " " + unit
            + "), so the brief holds every sentence the summarizer takes: " + brief.measures().sentences() + " of "
            + comparison.candidateSentences() + " (each other one says the same as a chosen one, or adds nothing)");
      }
    }
    if (!comparison.nested()) {
      notes.add("these briefs do not nest: a longer one leaves out sentences of a shorter one (listed under each brief)");
    }
    return notes;
  }

  private static String howChosen(LengthComparison comparison) {
    int largest = comparison.budgets().largest().limit();
    String unit = comparison.budgets().unitName();
    String option = "--" + unit + " " + largest;
    return "The summarizer ranks the sentences once and chooses once, at the largest budget (" + largest + " " + unit
        + "): that brief is exactly what `newsbrief brief " + option + "` writes for this corpus. "
        + (comparison.newestLeadFirst()
            ? "It takes the newest article's best-ranked lead sentence first (the brief's newest-lead rule), then the "
                + "rest in the order the selector picked them. "
            : "The brief's newest-lead rule is off, so the order is the selector's alone. ")
        + "Each shorter brief is the longest start of that order that fits its budget: no sentence is skipped to "
        + "fill words left over, so every shorter brief is contained in each longer one"
        + (comparison.newestLeadFirst() ? ", and each holds the newest lead when it has room for it" : "")
        + ". Every brief is shown in reading order.\n\n"
        + "The daily brief (`newsbrief brief`) chooses afresh at its own length, so at a shorter budget it may pick "
        + "other sentences than the start of this order; the column \"as `brief`\" says whether "
        + "`newsbrief brief --" + unit + " N` picks the same sentences at that budget."
        + (comparison.nested() ? " Every shorter brief here is contained in each longer one (checked)." : "");
  }

  private static String columns(LengthComparison comparison) {
    String columns = """
        - **words**, **sentences**: what the brief uses of its budget.
        - **articles cited**, **outlets cited**: articles quoted or named as saying the same thing (also in), and \
        their distinct outlets.
        - **centrality covered**: sum over all sentences i of p_i * max over chosen j of cos(i, j), where p is the \
        LexRank score (all scores sum to 1) and cos the cosine of the two sentences' TF-IDF vectors (1 for a sentence \
        with itself): the share of the corpus's centrality the brief stands for. 0 for an empty brief, 1 only when \
        every sentence is chosen or has the same terms as a chosen one.
        - **centrality chosen**: sum of the chosen sentences' own LexRank scores.
        - **largest cosine**, **mean cosine**: between two chosen sentences, over all pairs (redundancy; the \
        selector never takes two at or above its redundancy threshold); - for fewer than two sentences.
        - **R-1 of longest**, **R-2 of longest**: ROUGE-1 and ROUGE-2 recall of the brief against the longest \
        brief alone, with our ROUGE-1.5.5 scorer, stemming on, no length limit: how much of the longest brief a \
        shorter one keeps (1 for the longest itself).
        """;
    if (comparison.hasReferences()) {
      columns += "- **R-1 of references**, **R-2 of references**: the same recall against all the corpus's reference "
          + "summaries.\n";
    }
    return columns + "- **as `brief`**: whether the daily brief at that budget chooses the same sentences.\n";
  }

  private static String brief(ComparedBrief brief, ComparedBrief shorter) {
    StringBuilder out = new StringBuilder();
    BriefMeasures m = brief.measures();
    out.append("### ").append(brief.budget()).append(": ").append(m.words()).append(m.words() == 1 ? " word, " : " words, ")
        .append(m.sentences()).append(m.sentences() == 1 ? " sentence" : " sentences").append("\n\n");
    Set<Sentence> before = new HashSet<>();
    if (shorter != null) {
      shorter.brief().lines().forEach(l -> before.add(l.sentence()));
    }
    if (brief.brief().lines().isEmpty()) {
      out.append("No sentence fits this budget.\n");
    }
    Set<Sentence> now = new HashSet<>();
    for (BriefLine line : brief.brief().lines()) {
      now.add(line.sentence());
      out.append("- ").append(shorter != null && !before.contains(line.sentence()) ? "**new** " : "")
          .append(bullet(line)).append('\n');
    }
    if (shorter != null) {
      List<BriefLine> dropped = shorter.brief().lines().stream().filter(l -> !now.contains(l.sentence())).toList();
      if (!dropped.isEmpty()) {
        out.append("\nLeft out although the brief at ").append(shorter.budget()).append(" has them:\n\n");
        dropped.forEach(l -> out.append("- ~~").append(bullet(l)).append("~~\n"));
      }
    }
    return out.toString();
  }

  private static String bullet(BriefLine line) {
    String text = newsbrief.render.MarkdownText.inline(line.sentence().text()) + " [" + (line.source() + 1) + "]";
    return line.alsoIn().isEmpty() ? text
        : text + " (also in " + line.alsoIn().stream().map(s -> "[" + (s + 1) + "]").collect(Collectors.joining(", ")) + ")";
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String cosine(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
  }
}

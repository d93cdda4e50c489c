package newsbrief.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newsbrief.Article;
import newsbrief.BriefLine;
import newsbrief.render.BriefWording;
import newsbrief.render.MarkdownText;
import newsbrief.select.Budget;

/**
 * Renders a {@link LengthComparison}: as a Markdown file (the table and its notes, the chart, how
 * the briefs were chosen, what the columns mean, the briefs one after another with what each
 * longer one adds marked {@code **new**}, and the sources), as the table alone for a terminal, as
 * the {@link Table} the HTML page shows too, and as a {@link LineChart} of the facts covered
 * against budget. Pure: the same comparison gives the same text.
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
    out.append("\n![Facts covered against budget](").append(chartFile).append(")\n");
    out.append("\n## How the briefs are chosen\n\n").append(howChosen(comparison)).append('\n');
    out.append("\n## What the columns mean\n\n");
    columns(comparison).forEach(column -> out.append("- ").append(column).append('\n'));
    out.append("\n## The briefs\n");
    for (int k = 0; k < comparison.briefs().size(); k++) {
      out.append('\n').append(brief(comparison, k));
    }
    out.append("\n## Sources\n\n");
    List<Article> sources = comparison.longest().brief().sources();
    for (int i = 0; i < sources.size(); i++) {
      out.append(i + 1).append(". ").append(BriefWording.markdownSource(sources.get(i))).append('\n');
    }
    out.append("\nMade by `").append(command).append("`.\n");
    return out.toString();
  }

  /** The title, what the corpus holds, the table and its notes: what the command prints. */
  public String table(LengthComparison comparison) {
    StringBuilder out = new StringBuilder();
    out.append("# Brief length comparison: ").append(MarkdownText.inline(comparison.name())).append("\n\n");
    out.append(about(comparison)).append("\n\n");
    out.append(cells(comparison).markdown());
    List<String> notes = notes(comparison);
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  /** What the corpus holds and the budgets compared, in a sentence or two. */
  public String about(LengthComparison comparison) {
    int articles = comparison.longest().brief().sources().size();
    int facts = comparison.facts().size();
    return String.format(Locale.ROOT, "%s (%s), %d candidate sentences, %d words, %s (%d told by two or more reports). "
        + "Budgets: %s.", count(articles, "article"), count(comparison.reports(), "independent report"),
        comparison.candidateSentences(), comparison.corpusWords(), count(facts, "fact"),
        comparison.facts().sharedCount(), comparison.budgets().describe());
  }

  /** The table's cells: one row per budget. */
  public Table cells(LengthComparison comparison) {
    boolean references = comparison.hasReferences();
    List<String> header = new ArrayList<>(List.of("budget", "words", "of budget", "reading time", "sentences",
        "new sentences", "facts", "new facts", "new facts per 100 new words", "facts told by 2+ reports",
        "articles cited", "outlets cited"));
    if (references) {
      header.addAll(List.of("R-1 of references", "R-2 of references"));
    }
    header.add("as `brief`");
    List<Boolean> numeric = new ArrayList<>();
    header.forEach(h -> numeric.add(!h.equals("as `brief`")));
    int shared = comparison.facts().sharedCount();
    List<List<String>> rows = new ArrayList<>();
    for (ComparedBrief brief : comparison.briefs()) {
      BriefMeasures m = brief.measures();
      List<String> row = new ArrayList<>(List.of(String.valueOf(brief.budget().limit()), String.valueOf(m.words()),
          percent(brief.used(), brief.budget().limit()), readingTime(m.readingSeconds()), String.valueOf(m.sentences()),
          String.valueOf(m.newSentences()), String.valueOf(m.facts()), String.valueOf(m.newFacts()),
          m.newFactsPer100NewWords().isPresent() ? String.format(Locale.ROOT, "%.1f", m.newFactsPer100NewWords().getAsDouble()) : "-",
          m.sharedFacts() + " of " + shared, String.valueOf(m.articlesCited()), String.valueOf(m.outletsCited())));
      brief.ofReferences().ifPresent(r -> {
        row.add(decimal(r.rouge1()));
        row.add(decimal(r.rouge2()));
      });
      row.add(brief.sameAsOwnChoice() ? "same" : "differs");
      rows.add(row);
    }
    return new Table(header, numeric, rows);
  }

  /** The chart: facts covered, new facts per 100 new words and, with references, ROUGE recall, against budget. */
  public LineChart chart(LengthComparison comparison) {
    List<Double> x = comparison.budgets().limits().stream().map(Integer::doubleValue).toList();
    List<ComparedBrief> briefs = comparison.briefs();
    List<ChartPanel> panels = new ArrayList<>();
    panels.add(new ChartPanel("facts covered", List.of(
        new ChartSeries("facts", x, briefs.stream().map(b -> (double) b.measures().facts()).toList(), 0, false),
        new ChartSeries("facts told by 2+ reports", x, briefs.stream().map(b -> (double) b.measures().sharedFacts()).toList(), 1, false)),
        Optional.empty(), true));
    panels.add(new ChartPanel("new facts per 100 new words", List.of(new ChartSeries("new facts per 100 new words", x,
        briefs.stream().map(b -> b.measures().newFactsPer100NewWords().orElse(0)).toList(), 2, false)), Optional.empty(), false));
    if (comparison.hasReferences()) {
      panels.add(new ChartPanel("ROUGE recall of the references", List.of(
          new ChartSeries("ROUGE-1 recall of the references", x, briefs.stream().map(b -> b.ofReferences().orElseThrow().rouge1()).toList(), 3, false),
          new ChartSeries("ROUGE-2 recall of the references", x, briefs.stream().map(b -> b.ofReferences().orElseThrow().rouge2()).toList(), 4, false)),
          Optional.of(1.0), false));
    }
    return new LineChart("Facts against brief length: " + comparison.name(), "budget (" + comparison.budgets().unitName() + ")",
        panels, x);
  }

  /** Why a brief uses less than {@link ComparedBrief#FULL} of its budget, one note each; and a warning if they do not nest. */
  public List<String> notes(LengthComparison comparison) {
    List<String> notes = new ArrayList<>();
    for (ComparedBrief brief : comparison.briefs()) {
      if (!brief.full()) {
        notes.add(shortfall(comparison, brief));
      }
    }
    if (!comparison.nested()) {
      notes.add("these briefs do not nest: a longer one leaves out sentences of a shorter one (listed under each brief)");
    }
    return notes;
  }

  private static String shortfall(LengthComparison comparison, ComparedBrief brief) {
    Budget budget = brief.budget();
    String unit = comparison.budgets().unitName();
    int left = budget.limit() - brief.used();
    String start = budget + ": " + brief.used() + " " + unit + " (" + percent(brief.used(), budget.limit()) + ")";
    if (brief.chosen().isEmpty()) {
      return start + ": no sentence fits; the shortest has " + brief.shortestLeft().orElse(0) + " " + unit
          + " (give a larger budget)";
    }
    if (brief.shortestLeft().isEmpty()) {
      int others = comparison.candidateSentences() - brief.chosen().size();
      return start + ": the corpus has run out of sentences worth taking: "
          + (others == 1 ? "its one other sentence says" : "every other sentence of it (" + others + ") says")
          + " the same as one in the brief";
    }
    return start + ": the corpus has run out of sentences worth taking that fit the " + left + " " + unit
        + " left: each that would fit says the same as one in the brief (the shortest that says something new has "
        + brief.shortestLeft().getAsInt() + " " + unit + ")";
  }

  private static String howChosen(LengthComparison comparison) {
    String unit = comparison.budgets().unitName();
    int smallest = comparison.budgets().limits().get(0);
    return "The summarizer ranks the sentences once. The shortest brief is exactly what `newsbrief brief --" + unit
        + " " + smallest + "` writes for this corpus"
        + (comparison.newestLeadFirst() ? ", the newest article's best-ranked lead sentence first (the brief's "
            + "newest-lead rule)" : "")
        + ". Each longer brief is the one before plus the best additions that fit the rest of its budget, chosen by "
        + "the same objective: so each brief holds every sentence of the shorter ones, and stops only when no "
        + "sentence that says something new fits what is left of its budget. Every brief is shown in reading order, "
        + "with what it adds to the one before marked **new**.\n\n"
        + "The daily brief (`newsbrief brief`) chooses afresh at its own length, so at a longer budget it may pick "
        + "other sentences than these; the column \"as `brief`\" says whether `newsbrief brief --" + unit
        + " N` picks the same sentences at that budget."
        + (comparison.nested() ? " Every shorter brief here is contained in each longer one (checked)." : "");
  }

  /** What each column means, one entry a column. */
  public List<String> columns(LengthComparison comparison) {
    List<String> columns = new ArrayList<>(List.of(
        "**words**, **of budget**: the words of the brief, and the share of its budget it uses (of its sentences, "
            + "for a budget in sentences).",
        "**reading time**: at " + BriefMeasures.WORDS_PER_MINUTE + " words a minute.",
        "**sentences**, **new sentences**: the sentences of the brief, and how many the shorter brief before it "
            + "does not have.",
        "**facts**, **new facts**: the facts its sentences report, and how many the shorter brief does not. "
            + comparison.factDefinition(),
        "**new facts per 100 new words**: what the words added to the shorter brief buy. Where it falls, more words "
            + "stop buying new information.",
        "**facts told by 2+ reports**: of its facts, those that two or more independent reports give, out of all such "
            + "facts of the corpus: the news that several reports agree on.",
        "**articles cited**, **outlets cited**: articles quoted or named as saying the same thing (also in), and their "
            + "distinct outlets."));
    if (comparison.hasReferences()) {
      columns.add("**R-1 of references**, **R-2 of references**: ROUGE-1 and ROUGE-2 recall of the brief against all "
          + "the corpus's reference summaries (our ROUGE-1.5.5 scorer, stemming on, no length limit).");
    }
    columns.add("**as `brief`**: whether the daily brief at that budget chooses the same sentences.");
    return columns;
  }

  private static String brief(LengthComparison comparison, int index) {
    ComparedBrief brief = comparison.briefs().get(index);
    ComparedBrief shorter = comparison.shorter(index);
    StringBuilder out = new StringBuilder();
    out.append("### ").append(heading(brief)).append("\n\n");
    if (brief.brief().lines().isEmpty()) {
      out.append("No sentence fits this budget.\n");
    }
    Set<Integer> added = new HashSet<>(brief.added());
    for (BriefLine line : brief.brief().lines()) {
      int s = sentenceIndex(brief, line);
      out.append("- ").append(shorter != null && added.contains(s) ? newMark(comparison, brief, s) : "")
          .append(bullet(line)).append('\n');
    }
    if (shorter != null) {
      Set<Integer> now = new HashSet<>(brief.chosen());
      List<BriefLine> dropped = new ArrayList<>();
      for (BriefLine line : shorter.brief().lines()) {
        if (!now.contains(sentenceIndex(shorter, line))) {
          dropped.add(line);
        }
      }
      if (!dropped.isEmpty()) {
        out.append("\nLeft out although the brief at ").append(shorter.budget()).append(" has them:\n\n");
        dropped.forEach(l -> out.append("- ~~").append(bullet(l)).append("~~\n"));
      }
    }
    return out.toString();
  }

  /** {@code 100 words: 98 words, 6 sentences, 6 facts (2 new), 25 s to read}. */
  public static String heading(ComparedBrief brief) {
    BriefMeasures m = brief.measures();
    return brief.budget() + ": " + count(m.words(), "word") + ", " + count(m.sentences(), "sentence") + ", "
        + count(m.facts(), "fact") + " (" + m.newFacts() + " new), " + readingTime(m.readingSeconds()) + " to read";
  }

  /** {@code **new** } for a sentence that adds a fact, {@code **new** (no new fact) } for one that does not. */
  private static String newMark(LengthComparison comparison, ComparedBrief brief, int sentence) {
    return addsFact(comparison, brief, sentence) ? "**new** " : "**new** (no new fact) ";
  }

  /**
   * Whether {@code sentence}, new in {@code brief}, adds a fact: one the shorter brief does not
   * report, and no sentence {@code brief} added before it (in the order they were taken) reports.
   */
  static boolean addsFact(LengthComparison comparison, ComparedBrief brief, int sentence) {
    int fact = comparison.facts().factOf(sentence);
    if (!brief.newFacts().contains(fact)) {
      return false;
    }
    for (int added : brief.added()) {
      if (added == sentence) {
        return true;
      }
      if (comparison.facts().factOf(added) == fact) {
        return false;
      }
    }
    return false;
  }

  /** The corpus index of the sentence on {@code line}: its place in the brief's choice order. */
  static int sentenceIndex(ComparedBrief brief, BriefLine line) {
    return brief.chosen().get(line.choiceRank());
  }

  private static String bullet(BriefLine line) {
    String text = MarkdownText.inline(line.sentence().text()) + " [" + (line.source() + 1) + "]";
    return line.alsoIn().isEmpty() ? text
        : text + " (also in " + line.alsoIn().stream().map(s -> "[" + (s + 1) + "]").collect(Collectors.joining(", ")) + ")";
  }

  /** {@code 12 s}, {@code 1 min 40 s}, {@code 2 min}. */
  static String readingTime(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
  }

  static String percent(int used, int budget) {
    return String.format(Locale.ROOT, "%d%%", Math.round(100.0 * used / budget));
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}

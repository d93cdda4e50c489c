package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Scores a fixture row with {@link RougeScorer} and checks it against the official number. */
final class FixtureScoring {
  /**
   * The scorer prints 5 decimals; the rounded values here must equal the printed ones, which this
   * tolerance allows for beyond the binary representation of a decimal.
   */
  static final double TOLERANCE = 0.000001;

  private FixtureScoring() {}

  /** Options for the scorer's flags as the fixtures list them, e.g. {@code -n 2 -m -l 100 -2 4 -u}. */
  static RougeOptions optionsFor(String flags) {
    String[] words = flags.trim().split("\\s+");
    boolean stem = false;
    LengthLimit limit = LengthLimit.none();
    int skipDistance = 4;
    boolean unigrams = false;
    for (int i = 0; i < words.length; i++) {
      switch (words[i]) {
        case "-m" -> stem = true;
        case "-u" -> unigrams = true;
        case "-l" -> limit = LengthLimit.words(Integer.parseInt(words[++i]));
        case "-b" -> limit = LengthLimit.bytes(Integer.parseInt(words[++i]));
        case "-2" -> skipDistance = Integer.parseInt(words[++i]);
        case "-n" -> i++;
        default -> throw new IllegalArgumentException("flag not modelled by the fixtures test: " + words[i]);
      }
    }
    return new RougeOptions(stem, limit, skipDistance, unigrams);
  }

  /** The score {@code row.metric()} of {@code summary} against {@code references}. */
  static RougeScore score(FixtureRow row, List<String> summary, List<List<String>> references) {
    RougeScorer scorer = new RougeScorer(optionsFor(row.flags()));
    String metric = row.metric();
    if (metric.equals("ROUGE-L")) {
      return scorer.rougeL(summary, references);
    }
    if (metric.startsWith("ROUGE-SU")) {
      int distance = Integer.parseInt(metric.substring("ROUGE-SU".length()));
      assertEquals(distance, scorer.options().skipDistance(), metric + " vs flags " + row.flags());
      return scorer.rougeSkipBigram(summary, references);
    }
    if (metric.matches("ROUGE-[0-9]+")) {
      return scorer.rougeN(summary, references, Integer.parseInt(metric.substring("ROUGE-".length())));
    }
    throw new IllegalArgumentException("metric not modelled by the fixtures test: " + metric);
  }

  /** The summaries of every {@code *.txt} reference file in {@code folder}, in name order. */
  static List<List<String>> readReferences(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> sorted = files.filter(path -> path.toString().endsWith(".txt")).sorted().toList();
      if (sorted.isEmpty()) {
        throw new IllegalStateException("no references in " + folder);
      }
      return sorted.stream().map(SummaryFiles::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the computed score, rounded as the scorer prints, against the row's printed numbers. */
  static void assertMatches(FixtureRow row, RougeScore computed) {
    RougeScore printed = computed.asPrinted();
    RougeScore expected = row.expected();
    String where = row + " (computed " + computed + ")";
    assertEquals(expected.recall(), printed.recall(), TOLERANCE, "recall of " + where);
    assertEquals(expected.precision(), printed.precision(), TOLERANCE, "precision of " + where);
    assertEquals(expected.f(), printed.f(), TOLERANCE, "F of " + where);
  }
}

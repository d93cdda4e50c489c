package newsbrief.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores one summary against several references with ROUGE (Lin 2004), reproducing the official
 * ROUGE-1.5.5 Perl scorer with {@code -f A} (the default: model average) and alpha 0.5.
 *
 * <p>A summary and each reference are lists of sentence lines, one sentence per line, as in the
 * scorer's SPL format (see {@link SummaryFiles}). Empty lines are ignored; a line must not hold a
 * line feed.
 *
 * <p>For every metric, with one summary S and references M1..Mk:
 *
 * <pre>
 *   hits    = &Sigma;_i clippedMatches(S, Mi)
 *   R       = hits / &Sigma;_i units(Mi)
 *   P       = hits / (k &times; units(S))
 * </pre>
 *
 * where the units are n-grams for ROUGE-N, skip-bigrams (plus unigrams with {@code -u}) for
 * ROUGE-S/SU, and for ROUGE-L the tokens of Mi's sentences (for R) and the unigrams of S (for P).
 * ROUGE-L's hits are summary-level union-LCS hits (Lin 2004, section 3.2): for each reference
 * sentence, the union of its LCS with every summary sentence, each token counted only while its
 * unigram count in both texts allows. See {@link RougeScore} for F.
 *
 * <p>Two quirks of ROUGE-1.5.5 are reproduced on purpose, because the published scores carry them:
 * the last token of a text is never counted as a ROUGE-SU unigram; and under a byte limit,
 * ROUGE-L's LCS (but not its unigram clipping or precision) reads every line shorter than the limit
 * in full, cutting only the first line at least as long as the limit.
 *
 * <p>Edge cases: an empty summary, an empty reference, or a text with fewer tokens than n, simply
 * contributes zero units and zero hits; a zero denominator yields 0, never NaN. At least one
 * reference is required.
 *
 * <p>Immutable and thread-safe.
 */
public final class RougeScorer {
  private final RougeOptions options;

  public RougeScorer(RougeOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public RougeOptions options() {
    return options;
  }

  /** ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-SU under these options. */
  public RougeResult score(List<String> summary, List<List<String>> references) {
    Texts texts = read(summary, references);
    return new RougeResult(
        rougeN(texts, 1), rougeN(texts, 2), rougeL(texts), rougeSkipBigram(texts));
  }

  /**
   * The part of {@code lines} that ROUGE-N reads under this scorer's length limit: whole lines, then
   * the start of the line the limit falls in, ASCII letters lower-cased (as the scorer reads them).
   */
  public List<String> cut(List<String> lines) {
    return LengthCut.forNGrams(RawLines.of(lines), options.limit()).stream()
        .map(line -> new String(line, java.nio.charset.StandardCharsets.UTF_8))
        .toList();
  }

  /** ROUGE-N: clipped n-gram overlap, for any {@code n >= 1}. */
  public RougeScore rougeN(List<String> summary, List<List<String>> references, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    return rougeN(read(summary, references), n);
  }

  /** ROUGE-L: summary-level union longest common subsequence. */
  public RougeScore rougeL(List<String> summary, List<List<String>> references) {
    return rougeL(read(summary, references));
  }

  /**
   * ROUGE-S or ROUGE-SU: skip-bigrams with at most {@link RougeOptions#skipDistance()} tokens in
   * between, plus unigrams (all but the last token's) when {@link RougeOptions#skipUnigrams()}.
   */
  public RougeScore rougeSkipBigram(List<String> summary, List<List<String>> references) {
    return rougeSkipBigram(read(summary, references));
  }

  private RougeScore rougeN(Texts texts, int n) {
    GramCounts summaryGrams = GramCounts.ngrams(texts.summary().tokens(), n);
    Totals totals = new Totals();
    for (ScoredText reference : texts.references()) {
      GramCounts referenceGrams = GramCounts.ngrams(reference.tokens(), n);
      totals.add(referenceGrams.clippedHits(summaryGrams), referenceGrams.total(), summaryGrams.total());
    }
    return totals.score();
  }

  private RougeScore rougeSkipBigram(Texts texts) {
    int distance = options.skipDistance();
    boolean unigrams = options.skipUnigrams();
    GramCounts summaryGrams = GramCounts.skipBigrams(texts.summary().tokens(), distance, unigrams);
    Totals totals = new Totals();
    for (ScoredText reference : texts.references()) {
      GramCounts referenceGrams = GramCounts.skipBigrams(reference.tokens(), distance, unigrams);
      totals.add(referenceGrams.clippedHits(summaryGrams), referenceGrams.total(), summaryGrams.total());
    }
    return totals.score();
  }

  private RougeScore rougeL(Texts texts) {
    GramCounts summaryUnigrams = GramCounts.ngrams(texts.summary().tokens(), 1);
    Totals totals = new Totals();
    for (ScoredText reference : texts.references()) {
      GramCounts referenceUnigrams = GramCounts.ngrams(reference.tokens(), 1);
      long hits = UnionLcs.hits(
          reference.sentences(), texts.summary().sentences(), referenceUnigrams, summaryUnigrams);
      totals.add(hits, reference.sentenceTokenCount(), summaryUnigrams.total());
    }
    return totals.score();
  }

  private Texts read(List<String> summary, List<List<String>> references) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(references, "references");
    if (references.isEmpty()) {
      throw new IllegalArgumentException("at least one reference is needed");
    }
    TokenStemmer stemmer = new TokenStemmer(options.stem());
    List<ScoredText> readReferences = new ArrayList<>(references.size());
    for (List<String> reference : references) {
      Objects.requireNonNull(reference, "a reference is null");
      readReferences.add(ScoredText.read(reference, options.limit(), stemmer));
    }
    return new Texts(ScoredText.read(summary, options.limit(), stemmer), readReferences);
  }

  /** The summary and its references, read under this scorer's options. */
  private record Texts(ScoredText summary, List<ScoredText> references) {}

  /** Sums over references, as {@code -f A} does. */
  private static final class Totals {
    private long hits;
    private long referenceUnits;
    private long summaryUnits;

    void add(long moreHits, long moreReferenceUnits, long moreSummaryUnits) {
      hits += moreHits;
      referenceUnits += moreReferenceUnits;
      summaryUnits += moreSummaryUnits;
    }

    RougeScore score() {
      return RougeScore.fromCounts(hits, referenceUnits, summaryUnits);
    }
  }
}

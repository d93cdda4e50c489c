package newsbrief.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import newsbrief.AnalyzedCorpus;
import newsbrief.Brief;
import newsbrief.Summarizer;
import newsbrief.select.Budget;
import org.junit.jupiter.api.Test;

/** The measures of a brief: the ladder (none, one, two sentences), then invariants on growing briefs. */
class BriefMeasuresTest {
  private static final Summarizer SUMMARIZER = CompareFixtures.SUMMARIZER;
  private final AnalyzedCorpus corpus = CompareFixtures.floodCorpus();
  private final double[] scores = SUMMARIZER.ranker().rank(corpus);

  private BriefMeasures measure(List<Integer> chosen) {
    Brief brief = SUMMARIZER.assemble(corpus, scores, chosen, Budget.words(1000));
    return BriefMeasures.of(corpus, scores, chosen, brief);
  }

  @Test
  void anEmptyBriefCoversNothing() {
    BriefMeasures none = measure(List.of());
    assertEquals(new BriefMeasures(0, 0, 0, 0, 0, 0, OptionalDouble.empty(), OptionalDouble.empty()), none);
  }

  @Test
  void oneSentenceCoversAtLeastItsOwnScoreAndHasNoPair() {
    BriefMeasures one = measure(List.of(0));
    assertEquals(1, one.sentences());
    assertEquals(corpus.sentences().get(0).wordCount(), one.words());
    assertEquals(scores[0], one.centralityChosen(), 1e-12);
    assertTrue(one.centralityCovered() >= one.centralityChosen());
    assertEquals(OptionalDouble.empty(), one.maxCosine());
    assertTrue(one.articlesCited() >= 1);
    assertEquals(one.articlesCited(), one.outletsCited(), "each made-up report has its own outlet");
  }

  @Test
  void twoSentencesHaveOnePairWhoseCosineIsTheirs() {
    BriefMeasures two = measure(List.of(0, 1));
    double cosine = corpus.similarity(0, 1);
    assertEquals(cosine, two.maxCosine().getAsDouble(), 1e-12);
    assertEquals(cosine, two.meanCosine().getAsDouble(), 1e-12);
  }

  @Test
  void coverageGrowsWithTheBriefAndTheWholeCorpusCoversAll() {
    double before = 0;
    for (int n = 1; n <= corpus.size(); n++) {
      BriefMeasures measures = measure(IntStream.range(0, n).boxed().toList());
      assertTrue(measures.centralityCovered() >= before - 1e-12, n + " sentences");
      assertTrue(measures.centralityCovered() >= measures.centralityChosen() - 1e-12);
      assertTrue(measures.meanCosine().orElse(0) <= measures.maxCosine().orElse(0) + 1e-12);
      before = measures.centralityCovered();
    }
    BriefMeasures all = measure(IntStream.range(0, corpus.size()).boxed().toList());
    assertEquals(1.0, all.centralityCovered(), 1e-9);
    assertEquals(1.0, all.centralityChosen(), 1e-9);
    assertEquals(3, all.articlesCited());
    assertEquals(3, all.outletsCited());
  }
}

package newsbrief.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbrief.TestSupport;
import newsbrief.annotate.CachingSentenceSplitter;
import newsbrief.eval.rouge.RougeOptions;
import newsbrief.eval.rouge.RougeScorer;
import org.junit.jupiter.api.Test;

/**
 * The default configuration on the DUC 2003 development set (30 clusters, 100 words, ROUGE-1.5.5
 * {@code -n 2 -m -l 100 -2 4 -u}) reaches the quality issue 3 asks for, keeps the ROUGE it had
 * before briefs were made of stand-alone sentences and facts (41.48 / 11.65, less 0.3), and states
 * more reference facts per word than it did then (0.975 per 100 words). Skipped, with the reason
 * shown, where {@code ../shared/eval} is absent.
 */
class DevSetQualityTest {
  @Test
  void defaultConfigurationBeatsTheTargetsOnDuc2003() {
    Path dev = TestSupport.sharedEval().resolve("duc2003");
    assumeTrue(Files.isDirectory(dev), "DUC 2003 development set not found at " + dev + ": skipped");
    List<DucCluster> clusters = DucDataset.read(dev);
    assertEquals(30, clusters.size());
    SummaryMethod method = new MethodCatalog(new CachingSentenceSplitter(TestSupport.coreNlp()), EvalLength.words(100))
        .method("default");
    MethodResult result = new Evaluation(new RougeScorer(RougeOptions.standard()))
        .run(clusters, List.of(method), Evaluation.Progress.NONE).get(0);
    double rouge1 = BootstrapInterval.standard().of(result.recalls(RougeMetric.ROUGE_1)).mean();
    double rouge2 = BootstrapInterval.standard().of(result.recalls(RougeMetric.ROUGE_2)).mean();
    double facts = BootstrapInterval.standard().of(result.factsPer100Words()).mean();
    assertTrue(rouge1 >= 0.4118, "ROUGE-1 recall " + rouge1);
    assertTrue(rouge2 >= 0.1135, "ROUGE-2 recall " + rouge2);
    assertTrue(facts > 1.0, "reference facts per 100 words " + facts);
  }
}

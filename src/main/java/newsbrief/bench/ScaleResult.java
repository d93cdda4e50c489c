package newsbrief.bench;

import java.util.Map;
import newsbrief.StageTimings.Stage;

/**
 * One measured run of the pipeline on a corpus of a given size.
 *
 * @param articles articles in the corpus
 * @param sentences sentences ranked
 * @param tokens tokens the splitter produced
 * @param edges edges of the sentence graph
 * @param seconds wall time of the whole run (median over runs)
 * @param stageSeconds time of each stage in that run
 * @param peakHeapBytes the largest heap in use during the run
 */
public record ScaleResult(int articles, int sentences, long tokens, long edges, double seconds,
    Map<Stage, Double> stageSeconds, long peakHeapBytes) {
  public ScaleResult {
    stageSeconds = Map.copyOf(stageSeconds);
  }

  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }
}

package newsbrief.eval;

import java.util.List;
import java.util.Locale;

/**
 * Mean ROUGE recall of each method as a Markdown table, in percent with the bootstrap interval:
 * {@code 41.66 [40.1, 43.2]}; then the reference facts covered per 100 words ({@link FactRecall}),
 * with its interval: {@code 1.52 [1.2, 1.8]}.
 */
public final class ResultTable {
  private ResultTable() {}

  public static String markdown(List<MethodResult> results, BootstrapInterval bootstrap) {
    StringBuilder table = new StringBuilder();
    table.append("| method |");
    for (RougeMetric metric : RougeMetric.values()) {
      table.append(' ').append(metric.label()).append(" |");
    }
    table.append(" facts/100w |");
    table.append("\n|---|");
    for (int i = 0; i <= RougeMetric.values().length; i++) {
      table.append("---:|");
    }
    table.append('\n');
    for (MethodResult result : results) {
      table.append("| ").append(result.method()).append(" |");
      for (RougeMetric metric : RougeMetric.values()) {
        MeanInterval interval = result.recall(metric, bootstrap);
        table.append(String.format(Locale.ROOT, " %.2f [%.1f, %.1f] |",
            100 * interval.mean(), 100 * interval.lower(), 100 * interval.upper()));
      }
      MeanInterval facts = bootstrap.of(result.factsPer100Words());
      table.append(String.format(Locale.ROOT, " %.2f [%.1f, %.1f] |", facts.mean(), facts.lower(), facts.upper()));
      table.append('\n');
    }
    return table.toString();
  }
}

package newsbrief.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsbrief.eval.rouge.RougeScore;
import newsbrief.render.OutputFiles;

/**
 * Every method's scores on every cluster, as CSV (a {@code .csv} file) or JSON (a {@code .json}
 * file): one row or object per method and cluster with recall, precision and F of each metric,
 * then the reference facts the summary covers ({@link FactRecall}).
 */
public final class PerClusterScores {
  private PerClusterScores() {}

  /** Whether {@code file}'s name ends in a format this class writes. */
  public static boolean supports(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".json");
  }

  public static void write(Path file, List<MethodResult> results) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    OutputFiles.writeAtomically(file, json ? json(results) : csv(results));
  }

  static String csv(List<MethodResult> results) {
    StringBuilder csv = new StringBuilder("method,cluster");
    for (RougeMetric metric : RougeMetric.values()) {
      String label = metric.label();
      csv.append(',').append(label).append(" recall,").append(label).append(" precision,").append(label).append(" F");
    }
    csv.append(",facts covered,facts,facts per 100 words\n");
    for (MethodResult result : results) {
      for (ClusterScore cluster : result.clusters()) {
        csv.append(quoted(result.method())).append(',').append(quoted(cluster.cluster()));
        for (RougeMetric metric : RougeMetric.values()) {
          RougeScore score = metric.of(cluster.rouge());
          csv.append(String.format(Locale.ROOT, ",%.5f,%.5f,%.5f", score.recall(), score.precision(), score.f()));
        }
        FactRecall facts = cluster.facts();
        csv.append(String.format(Locale.ROOT, ",%.5f,%.5f,%.5f\n", facts.covered(), facts.facts(), facts.per100Words()));
      }
    }
    return csv.toString();
  }

  static String json(List<MethodResult> results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MethodResult result : results) {
      for (ClusterScore cluster : result.clusters()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("method", result.method());
        row.put("cluster", cluster.cluster());
        for (RougeMetric metric : RougeMetric.values()) {
          RougeScore score = metric.of(cluster.rouge());
          Map<String, Object> values = new LinkedHashMap<>();
          values.put("recall", score.recall());
          values.put("precision", score.precision());
          values.put("f", score.f());
          row.put(metric.label(), values);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("covered", cluster.facts().covered());
        facts.put("facts", cluster.facts().facts());
        facts.put("per100Words", cluster.facts().per100Words());
        row.put("facts", facts);
        rows.add(row);
      }
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("scores could not be written as JSON", e);
    }
  }

  private static String quoted(String field) {
    return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
  }
}

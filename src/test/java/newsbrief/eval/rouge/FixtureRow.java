package newsbrief.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One row of a fixture {@code scores.tsv}: the official scorer's printed score for one
 * configuration, system, cluster and metric.
 */
record FixtureRow(
    String config,
    String flags,
    String system,
    String cluster,
    String metric,
    double recall,
    double precision,
    double f) {

  private static final List<String> HEADER =
      List.of("config", "flags", "system", "cluster", "metric", "recall", "precision", "f");

  /** Every row of {@code table}, after checking its header. */
  static List<FixtureRow> readAll(Path table) {
    List<String> lines;
    try {
      lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lines.isEmpty() || !List.of(lines.get(0).split("\t")).equals(HEADER)) {
      throw new IllegalStateException(table + ": unexpected header");
    }
    return lines.stream().skip(1).filter(line -> !line.isBlank()).map(FixtureRow::parse).toList();
  }

  private static FixtureRow parse(String line) {
    String[] fields = line.split("\t");
    if (fields.length != HEADER.size()) {
      throw new IllegalStateException("expected " + HEADER.size() + " fields: " + line);
    }
    return new FixtureRow(fields[0], fields[1], fields[2], fields[3], fields[4],
        Double.parseDouble(fields[5]), Double.parseDouble(fields[6]), Double.parseDouble(fields[7]));
  }

  /** The score as printed, for comparison with what the scorer here computes. */
  RougeScore expected() {
    return new RougeScore(recall, precision, f);
  }

  @Override
  public String toString() {
    return String.join(" ", config, system, cluster, metric).strip();
  }
}

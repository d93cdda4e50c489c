package newsbrief.compare;

import java.util.List;

/**
 * A table of a comparison or a curve, apart from how it is written: the Markdown file, the terminal
 * and the HTML page show the same cells.
 *
 * @param header the column names
 * @param numeric whether each column holds numbers (right-aligned)
 * @param rows the rows, each with one cell per column
 */
public record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
  public Table {
    header = List.copyOf(header);
    numeric = List.copyOf(numeric);
    rows = rows.stream().map(List::copyOf).toList();
    int columns = header.size();
    if (numeric.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
      throw new IllegalArgumentException("every row needs one cell per column");
    }
  }

  /** As a Markdown table, each line ending in a line feed. Cells are numbers and words of ours, never input text. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    numeric.forEach(n -> out.append(n ? "---:|" : ":---:|"));
    out.append('\n');
    rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return out.toString();
  }
}

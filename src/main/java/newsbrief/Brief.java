package newsbrief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import newsbrief.select.Budget;

/**
 * A finished brief: its lines in reading order and the articles it was made from, numbered in
 * citation order (dated articles oldest first, then undated ones in input order).
 *
 * @param sources every input article, in citation order
 * @param lines the chosen sentences, in reading order
 * @param budget the budget they were chosen under
 * @param candidateSentences how many sentences the articles offered after cleaning
 */
public record Brief(List<Article> sources, List<BriefLine> lines, Budget budget, int candidateSentences) {
  public Brief {
    sources = List.copyOf(sources);
    lines = List.copyOf(lines);
    Objects.requireNonNull(budget, "budget");
  }

  public int wordCount() {
    return lines.stream().mapToInt(l -> l.sentence().wordCount()).sum();
  }

  public Optional<LocalDate> firstDate() {
    return sources.stream().flatMap(a -> a.metadata().date().stream()).min(LocalDate::compareTo);
  }

  public Optional<LocalDate> lastDate() {
    return sources.stream().flatMap(a -> a.metadata().date().stream()).max(LocalDate::compareTo);
  }

  /** Distinct outlet names among the sources; articles without an outlet are not counted. */
  public long outletCount() {
    return sources.stream().flatMap(a -> a.metadata().outlet().stream()).distinct().count();
  }
}

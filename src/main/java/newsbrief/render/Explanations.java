package newsbrief.render;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Whitespace;
import newsbrief.NearDuplicate;

/**
 * Why a line was chosen, in words, for the text and Markdown renderers: its centrality (LexRank
 * score and its place among all candidate sentences), when the selector took it, and the sentences
 * it kept out of the brief by saying the same thing, with their cosine.
 */
final class Explanations {
  /** How many near-duplicates a line names before it says "and N more". */
  static final int LISTED = 3;
  /** Longest quotation of a near-duplicate, in characters. */
  static final int QUOTED = 60;

  private Explanations() {}

  /**
   * E.g. {@code centrality 0.0412, 1st of 130 sentences; chosen 2nd of 6; kept out 2 sentences
   * saying the same: [3] "Israel denied on Monday that ..." (cosine 0.62), [1] "..." (cosine 0.45)},
   * citing sources as {@code cited} numbers them from {@code firstSource}, each quotation passed
   * through {@code escape} (Markdown or plain text).
   */
  static String describe(BriefLine line, Brief brief, CitedSources cited, int firstSource,
      UnaryOperator<String> escape) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "centrality %.4f", line.score()));
    if (line.centralityRank() > 0) {
      out.append(", ").append(ordinal(line.centralityRank())).append(" of ").append(brief.candidateSentences())
          .append(brief.candidateSentences() == 1 ? " sentence" : " sentences");
    }
    out.append("; chosen ").append(ordinal(line.choiceRank() + 1)).append(" of ").append(brief.lines().size());
    List<NearDuplicate> duplicates = line.nearDuplicates();
    if (duplicates.isEmpty()) {
      out.append("; no other sentence says the same");
      return out.toString();
    }
    out.append("; kept out ").append(duplicates.size()).append(duplicates.size() == 1 ? " sentence" : " sentences")
        .append(" saying the same: ");
    for (int i = 0; i < Math.min(LISTED, duplicates.size()); i++) {
      NearDuplicate duplicate = duplicates.get(i);
      out.append(i == 0 ? "" : ", ").append('[').append(cited.number(duplicate.source()) + firstSource - 1).append("] \"")
          .append(escape.apply(quote(duplicate.sentence().text()))).append('"')
          .append(String.format(Locale.ROOT, " (cosine %.2f)", duplicate.similarity()));
    }
    if (duplicates.size() > LISTED) {
      out.append(" and ").append(duplicates.size() - LISTED).append(" more");
    }
    return out.toString();
  }

  /** The text on one line, cut at a word boundary to about {@value #QUOTED} characters with "...". */
  static String quote(String text) {
    String flat = Whitespace.collapse(text);
    if (flat.length() <= QUOTED) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', QUOTED);
    return flat.substring(0, cut > QUOTED / 2 ? cut : QUOTED) + "...";
  }

  /** 1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, ..., 21st. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}

package newsbrief.eval;

/** Sentences as lines of the official scorer's summary format. */
final class SummaryLines {
  private SummaryLines() {}

  /** The sentence on one line: every run of white space (line breaks included) becomes one space. */
  static String line(String sentence) {
    return sentence.strip().replaceAll("\\s+", " ");
  }
}

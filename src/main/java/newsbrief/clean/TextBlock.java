package newsbrief.clean;

/**
 * A span of an article's text, usually one paragraph or line, with what it was taken to be.
 *
 * @param begin offset of its first kept character in the article text
 * @param end offset one past its last character
 * @param kind what it is
 */
public record TextBlock(int begin, int end, BlockKind kind) {
  public TextBlock {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }
  }
}

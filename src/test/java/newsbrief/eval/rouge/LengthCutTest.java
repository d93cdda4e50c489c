package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where the word and byte limits cut, in both of the scorer's readings. */
class LengthCutTest {

  /** limit, raw lines, what the n-gram reading keeps, what the LCS reading keeps. */
  static Stream<Arguments> cuts() {
    return Stream.of(
        cut(LengthLimit.none(), List.of("a b c", "d e"), List.of("a b c", "d e"), List.of("a b c", "d e")),
        cut(LengthLimit.words(5), List.of("a b c", "d e f g"), List.of("a b c", "d e"), List.of("a b c", "d e")),
        cut(LengthLimit.words(3), List.of("a b c", "d"), List.of("a b c"), List.of("a b c")),
        cut(LengthLimit.words(4), List.of("a b c", "d"), List.of("a b c", "d"), List.of("a b c", "d")),
        cut(LengthLimit.words(10), List.of("a b", "c"), List.of("a b", "c"), List.of("a b", "c")),
        cut(LengthLimit.words(3), List.of("a  \t b", "c d"), List.of("a  \t b", "c"), List.of("a  \t b", "c")),
        // Leading white space makes an empty first field, which uses up one word of the limit.
        cut(LengthLimit.words(3), List.of("  a b c"), List.of(" a b"), List.of(" a b")),
        // A no-break space is not white space to the scorer: "new\u00a0york" is one word here.
        cut(LengthLimit.words(2), List.of("new\u00a0york is big"), List.of("new\u00a0york is"),
            List.of("new\u00a0york is")),
        cut(LengthLimit.bytes(10), List.of("abcdef", "ghijkl"), List.of("abcdef", "ghij"), List.of("abcdef", "ghijkl")),
        cut(LengthLimit.bytes(5), List.of("abcdef", "gh"), List.of("abcde"), List.of("abcde")),
        cut(LengthLimit.bytes(6), List.of("abcdef", "gh"), List.of("abcdef"), List.of("abcdef")),
        cut(LengthLimit.bytes(7), List.of("abc", "defg", "hi"), List.of("abc", "defg"), List.of("abc", "defg", "hi")),
        // Bytes are UTF-8 bytes: the 3-byte quotes count 3 each.
        cut(LengthLimit.bytes(8), List.of("\u201cab\u201d", "cd"), List.of("\u201cab\u201d"),
            List.of("\u201cab\u201d")),
        cut(LengthLimit.bytes(9), List.of("\u201cab\u201d", "cd"), List.of("\u201cab\u201d", "c"),
            List.of("\u201cab\u201d", "cd")));
  }

  private static Arguments cut(LengthLimit limit, List<String> lines, List<String> nGramReading, List<String> lcsReading) {
    return Arguments.of(limit, lines, nGramReading, lcsReading);
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("cuts")
  void cutsWhereTheScorerCuts(LengthLimit limit, List<String> lines, List<String> nGramReading, List<String> lcsReading) {
    List<byte[]> raw = RawLines.of(lines);
    assertEquals(nGramReading, decode(LengthCut.forNGrams(raw, limit)), "n-gram reading");
    assertEquals(lcsReading, decode(LengthCut.forLcs(raw, limit)), "LCS reading");
  }

  /** A byte cut inside a UTF-8 character leaves a partial character, which only separates tokens. */
  @Test
  void byteCutInsideACharacterDropsIt() {
    TokenStemmer unstemmed = new TokenStemmer(false);
    ScoredText text = ScoredText.read(List.of("ab\u201ccd"), LengthLimit.bytes(4), unstemmed);
    assertEquals(List.of("ab"), text.tokens());
    ScoredText longer = ScoredText.read(List.of("ab\u201ccd"), LengthLimit.bytes(6), unstemmed);
    assertEquals(List.of("ab", "c"), longer.tokens());
  }

  @Test
  void rawLinesLowerCaseOnlyAsciiCapitalsAndDropEmptyLines() {
    List<byte[]> raw = RawLines.of(List.of("\u00c9COLE Ab", "", " "));
    assertEquals(List.of("\u00c9cole ab", " "), decode(raw));
  }

  @Test
  void perlSplitKeepsALeadingEmptyFieldAndNoTrailingOnes() {
    assertEquals(List.of("", "a", "b"), decode(RawLines.perlSplit(bytes(" a b  "))));
    assertEquals(List.of(), decode(RawLines.perlSplit(bytes(" \t "))));
    assertEquals(List.of("a\u00a0b"), decode(RawLines.perlSplit(bytes("a\u00a0b"))));
    assertEquals(List.of("a", "b"), decode(RawLines.perlSplit(bytes("a\u000bb"))));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> LengthLimit.words(0));
    assertThrows(IllegalArgumentException.class, () -> LengthLimit.bytes(-1));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> decode(List<byte[]> pieces) {
    return pieces.stream().map(piece -> new String(piece, StandardCharsets.UTF_8)).toList();
  }
}

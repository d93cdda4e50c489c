package newsbrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ScorerPorterStemmer} against stems produced by ROUGE-1.5.5.pl's own stem routine, and
 * against Lucene's unchanged Porter stemmer where the scorer's step-4 change does not apply.
 */
class ScorerPorterStemmerTest {

  /** Porter's (1980) own examples, where the scorer and the original algorithm agree. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "caresses, caress", "ponies, poni", "ties, ti", "cats, cat", "feed, feed", "agreed, agre",
      "plastered, plaster", "motoring, motor", "sing, sing", "conflated, conflat", "hopping, hop",
      "falling, fall", "filing, file", "happy, happi", "sky, sky", "relational, relat",
      "conditional, condit", "rational, ration", "hopeful, hope", "goodness, good", "allowance, allow",
      "electrical, electr", "controll, control", "roll, roll", "generalizations, gener"})
  void stemsPortersExamplesAsTheOriginal(String word, String stem) {
    assertEquals(stem, ScorerPorterStemmer.stem(word));
    assertEquals(stem, new LucenePorterStemming().stem(word), "Lucene's original Porter");
  }

  /** The scorer's 2004 step-4 change: -ement, -ment and -ent are tried one after another. */
  @ParameterizedTest(name = "{0} -> {1} (original Porter: {2})")
  @CsvSource({
      "agreement, agreem, agreement", "statement, statem, statement", "movement, movem, movement",
      "congressional, congress, congression", "governmental, govern, government",
      "environmental, environ, environment", "additionally, addit, addition",
      "implementation, implem, implement"})
  void appliesTheScorersStepFourChange(String word, String scorerStem, String originalStem) {
    assertEquals(scorerStem, ScorerPorterStemmer.stem(word));
    assertEquals(originalStem, new LucenePorterStemming().stem(word), "Lucene's original Porter");
  }

  @Test
  void leavesWordsShorterThanThreeLetters() {
    assertEquals("is", ScorerPorterStemmer.stem("is"));
    assertEquals("a", ScorerPorterStemmer.stem("a"));
  }

  /**
   * {@code porter-stems.tsv}: over a thousand words (WordNet forms, seed-article words, and those
   * forms with suffixes added to reach every rule) with the stem ROUGE-1.5.5.pl's routine gives and
   * the stem Lucene's original Porter gives.
   */
  @Test
  void matchesTheScorersRoutineOnEveryListedWord() {
    List<String[]> rows = porterStems();
    assertTrue(rows.size() > 1000, "rows in porter-stems.tsv");
    LucenePorterStemming original = new LucenePorterStemming();
    int differing = 0;
    for (String[] row : rows) {
      assertEquals(row[1], ScorerPorterStemmer.stem(row[0]), "scorer stem of " + row[0]);
      assertEquals(row[2], original.stem(row[0]), "original Porter stem of " + row[0]);
      if (!row[1].equals(row[2])) {
        differing++;
      }
    }
    assertNotEquals(0, differing, "the list must hold words where the two variants differ");
  }

  private static List<String[]> porterStems() {
    try (InputStream stream = ScorerPorterStemmerTest.class.getResourceAsStream("porter-stems.tsv")) {
      if (stream == null) {
        throw new IllegalStateException("test resource porter-stems.tsv is missing");
      }
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\n")).skip(1).map(line -> line.split("\t")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

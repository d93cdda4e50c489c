package newsbrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnalyzerTest {
  private final Analyzer normalizer = Analyzer.indexTerms(StopWords.english(), Stemmer.PORTER);

  private List<String> terms(String... tokens) {
    return normalizer.terms(Arrays.asList(tokens));
  }

  @Test
  void noTokensGiveNoTerms() {
    assertEquals(List.of(), normalizer.terms(List.of()));
  }

  @Test
  void oneContentWordIsLowerCasedAndStemmed() {
    assertEquals(List.of("attack"), terms("Attacks"));
  }

  @Test
  void twoTokensKeepTheirOrder() {
    assertEquals(List.of("militia", "attack"), terms("militias", "attacked"));
  }

  @Test
  void sentenceKeepsContentWordsInOrderAndRepeats() {
    assertEquals(List.of("iraqi", "leader", "meet", "baghdad", "leader"),
        terms("The", "Iraqi", "leaders", "will", "meet", "in", "Baghdad", ",", "the", "leaders", "said", "."));
  }

  @ParameterizedTest(name = "{0} and {1} are one term")
  @CsvSource({
      "attacks, attacked",
      "attacks, attacking",
      "Attack, attacks",
      "militias, militia",
      "elections, election",
      "negotiated, negotiating",
      "Iraq's, Iraq\u2019s",
      "Iraq's, Iraq"
  })
  void inflectionsShareOneTerm(String first, String second) {
    List<String> a = terms(first);
    List<String> b = terms(second);
    assertEquals(1, a.size());
    assertEquals(a, b);
  }

  @ParameterizedTest(name = "stop word {0} is dropped")
  @ValueSource(strings = {"the", "The", "THE", "and", "of", "is", "said", "would", "don't", "don\u2019t",
      "it\u2019s", "won\u2019t", "you\u2019re"})
  void stopWordsAreDropped(String token) {
    assertEquals(List.of(), terms(token));
  }

  @ParameterizedTest(name = "punctuation {0} is dropped")
  @ValueSource(strings = {",", ".", "!", "?", "\u201c", "\u201d", "\"", "'", "\u2019", "(", ")", "-", "\u2014", "...",
      "--", "%", "$", "#"})
  void punctuationOnlyTokensAreDropped(String token) {
    assertEquals(List.of(), terms(token));
  }

  @ParameterizedTest(name = "one-character token {0} is dropped")
  @ValueSource(strings = {"x", "7", "$5"})
  void oneCharacterTermsAreDropped(String token) {
    assertEquals(List.of(), terms(token));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "U.S., u",
      "2024, 2024",
      "al-Sudani, alsudani",
      "Shi'ite, shiit",
      "COVID-19, covid19"
  })
  void innerPunctuationIsRemovedBeforePorterStemming(String token, String term) {
    assertEquals(List.of(term), terms(token));
  }

  @Test
  void onlyStopWordsAndPunctuationGiveNoTerms() {
    assertEquals(List.of(), terms("It", "was", "what", "they", "said", ",", "and", "then", "some", "."));
  }

  @Test
  void aTokenDroppedByTheChainHasNoTerm() {
    assertEquals(null, normalizer.term("the"));
    assertEquals("baghdad", normalizer.term("Baghdad"));
  }

  @Test
  void filtersRunInTheOrderGiven() {
    Analyzer lowerFirst = Analyzer.of(WordFilter.lowerCase(), WordFilter.dropStopWords(StopWords.english()));
    Analyzer stemOnly = Analyzer.of(WordFilter.stem(Stemmer.PORTER));
    assertEquals(null, lowerFirst.term("THE"));
    assertEquals("attack", stemOnly.term("attacks"));
    assertEquals(List.of("iraq", "attack"), Analyzer.of(WordFilter.lowerCase()).terms(List.of("Iraq", "attack")));
  }

  @Test
  void theRougeStemmerUsesWordNetExceptionsAndLeavesShortWords() {
    assertEquals("be", Stemmer.ROUGE.stem("were"));
    assertEquals("car", Stemmer.ROUGE.stem("car"));
    assertEquals("agreem", Stemmer.ROUGE.stem("agreement"));
    assertEquals("agreement", Stemmer.PORTER.stem("agreement"));
  }
}

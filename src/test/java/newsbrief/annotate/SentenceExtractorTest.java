package newsbrief.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsbrief.Article;
import newsbrief.Sentence;
import newsbrief.clean.CleanedArticle;
import newsbrief.clean.PageCleaner;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceExtractorTest {
  private static final PageCleaner CLEANER = new PageCleaner(StopWords.english());
  private static final SentenceSplitter SPLITTER = new SimpleSentenceSplitter();

  private static List<Sentence> extract(int minWords, String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(Article.of("a" + i, texts[i]));
    }
    return new SentenceExtractor(SPLITTER, minWords).extract(CLEANER.clean(articles));
  }

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }

  private static List<String> titled(String title, String text) {
    Article article = new Article("a", "a", text, new newsbrief.ArticleMetadata(java.util.Optional.of(title),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of()));
    return texts(new SentenceExtractor(SPLITTER, 1).extract(CLEANER.clean(List.of(article))));
  }

  @Test
  void aNameTheTitlePrintsWithAFullStopIsNotCutAtIt() {
    String text = "Shown at the auto show this week, the ID. SPACE VIZZION has a near even weight distribution. "
        + "It goes on sale next year.";
    assertEquals(List.of("Shown at the auto show this week, the ID.", "SPACE VIZZION has a near even weight distribution.",
        "It goes on sale next year."), titled("Auto show opens", text), "premise: the splitter cuts at the stop");
    assertEquals(List.of("Shown at the auto show this week, the ID. SPACE VIZZION has a near even weight distribution.",
        "It goes on sale next year."), titled("The VW ID. SPACE VIZZION is a weird EV sports wagon", text));
  }

  @Test
  void aTitleNameDoesNotJoinParagraphs() {
    String text = "The new wagon is called the ID.\n\nSPACE VIZZION buyers will wait until next year.";
    assertEquals(2, titled("The VW ID. SPACE VIZZION is a weird EV sports wagon", text).size());
  }

  @Test
  void noArticlesGiveNoSentences() {
    assertEquals(List.of(), new SentenceExtractor(SPLITTER, 1).extract(List.of()));
  }

  @Test
  void anArticleWithoutProseGivesNoSentences() {
    assertEquals(List.of(), extract(1, ""));
    assertEquals(List.of(), extract(1, "Iraq Budget Crisis\n\nLeave a Reply\n"));
  }

  @Test
  void oneSentenceKeepsItsPlaceAndTokens() {
    String text = "Iraq Budget Crisis\n\nLawmakers approved the budget on Monday.\n";
    List<Sentence> sentences = extract(1, text);
    assertEquals(List.of(new Sentence(0, 0, 20, 60, "Lawmakers approved the budget on Monday.",
        List.of("Lawmakers", "approved", "the", "budget", "on", "Monday", "."))), sentences);
  }

  @Test
  void twoSentencesOfTwoArticlesAreNumberedPerArticle() {
    List<Sentence> sentences = extract(1,
        "Lawmakers approved the budget. Kurdish members walked out.",
        "Protests continued in Basra.");
    assertEquals(List.of("Lawmakers approved the budget.", "Kurdish members walked out.", "Protests continued in Basra."),
        texts(sentences));
    assertEquals(List.of(0, 0, 1), sentences.stream().map(Sentence::article).toList());
    assertEquals(List.of(0, 1, 0), sentences.stream().map(Sentence::position).toList());
  }

  @Test
  void aQuotationCutByTheSplitterIsRejoined() {
    String text = "He said, “We will go. There is no ceasefire.” Then he left.";
    List<Sentence> sentences = extract(1, text);
    assertEquals(List.of("He said, “We will go. There is no ceasefire.”", "Then he left."), texts(sentences));
    assertEquals(List.of("He", "said", ",", "“", "We", "will", "go", ".", "There", "is", "no", "ceasefire", ".", "”"),
        sentences.get(0).tokens());
  }

  @Test
  void aQuotationInStraightQuotesIsRejoined() {
    List<Sentence> sentences = extract(1, "He said, \"We will go. There is no ceasefire.\" Then he left.");
    assertEquals(List.of("He said, \"We will go. There is no ceasefire.\"", "Then he left."), texts(sentences));
  }

  @Test
  void anUnclosedQuotationJoinsAtMostSixSentences() {
    String text = "He said, “We will go. We will stay. We will wait. We will see. We will talk. We will vote. "
        + "Then he left. He came back.";
    assertEquals(List.of("He said, “We will go. We will stay. We will wait. We will see. We will talk. We will vote.",
        "Then he left.", "He came back."), texts(extract(1, text)));
  }

  @Test
  void sentencesWithoutLettersOrFinalPunctuationAreNotQuotable() {
    List<Sentence> sentences = extract(1, "Lawmakers approved the budget on Monday. 12:30.");
    assertEquals(List.of("Lawmakers approved the budget on Monday."), texts(sentences));
  }

  @ParameterizedTest(name = "at least {0} words keeps {1}")
  @CsvSource({
      "1, 4",
      "3, 4",
      "4, 3",
      "5, 2",
      "6, 1",
      "7, 1",
      "8, 0"
  })
  void shortSentencesAreDropped(int minWords, int kept) {
    // Sentences of 3, 4, 5 and 7 words ('2024' and 'U.S.' count as one word each).
    String text = "The vote passed. U.S. envoys welcomed it. Lawmakers approved the 2024 budget. "
        + "Protests over power cuts continued in Basra.";
    List<Sentence> sentences = extract(minWords, text);
    assertEquals(kept, sentences.size());
    sentences.forEach(s -> assertTrue(s.wordCount() >= minWords, s.text()));
  }

  @ParameterizedTest(name = "minWords {0}")
  @ValueSource(ints = {0, -1})
  void constructorRejectsMinWordsBelowOne(int minWords) {
    assertThrows(IllegalArgumentException.class, () -> new SentenceExtractor(SPLITTER, minWords));
  }

  @Test
  void everySentenceIsTheArticleTextAtItsOffsets() {
    String page = """
        Iraqi factions halt attacks following ceasefire

        Views:

        BAGHDAD (AP) _ Iraqi armed groups said on Monday they would halt their attacks
        for now. “Our fingers remain on the trigger. If they return, so shall we,” a leader said.\u00a0

        Mediators, including Egypt and Qatar, played critical roles in brokering the agreement.\u00a0 \n\
        Kata’ib Hezbollah said it would \"continue to watch.\" It gave no date.
        """;
    String wire = "OPORTO, Portugal (AP) _ The talks ended without an agreement. Officials said, “We will meet again. "
        + "Nothing is settled.” Fuel prices rose 3% on Tuesday.";
    List<CleanedArticle> cleaned = CLEANER.clean(List.of(Article.of("page", page), Article.of("wire", wire)));
    List<Sentence> sentences = new SentenceExtractor(SPLITTER, 3).extract(cleaned);
    assertEquals(List.of(
        "Iraqi armed groups said on Monday they would halt their attacks\nfor now.",
        "“Our fingers remain on the trigger. If they return, so shall we,” a leader said.",
        "Mediators, including Egypt and Qatar, played critical roles in brokering the agreement.",
        "Kata’ib Hezbollah said it would \"continue to watch.\"",
        "It gave no date.",
        "The talks ended without an agreement.",
        "Officials said, “We will meet again. Nothing is settled.”",
        "Fuel prices rose 3% on Tuesday."), texts(sentences));
    for (Sentence s : sentences) {
      String articleText = cleaned.get(s.article()).article().text();
      assertEquals(s.text(), articleText.substring(s.begin(), s.end()));
    }
  }

  @Test
  void resultIsInArticleOrderWhateverTheThreads() {
    String[] texts = new String[40];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "Report number " + i + " says lawmakers met. It adds that talks went on.";
    }
    List<Sentence> sentences = extract(1, texts);
    assertEquals(80, sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(i / 2, sentences.get(i).article());
      assertEquals(i % 2, sentences.get(i).position());
    }
    assertEquals(sentences, extract(1, texts));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Lots end up fighting in Afghanistan.''|true",
      "There is no ceasefire with them.\u201d|true",
      "``We will go,'' he said.|false",
      "\u201cWe will go,\u201d he said.|false",
      "The talks ended without a deal.|false",
      "He said \"no\" twice.|false"})
  void aSentenceClosingAQuotationItDidNotOpenIsATail(String sentence, boolean tail) {
    assertEquals(tail, SentenceExtractor.closesUnopenedQuotation(sentence));
  }

  @Test
  void theTailOfAQuotationBegunInAnEarlierParagraphIsNotQuoted() {
    List<Sentence> sentences = extract(3, "``Young men go there to train,'' he said. ``Some come back.\n\n"
        + "Lots end up fighting in Afghanistan.'' The program ended in May.");
    assertTrue(sentences.stream().noneMatch(s -> s.text().startsWith("Lots end up")), sentences.toString());
    assertTrue(sentences.stream().anyMatch(s -> s.text().equals("The program ended in May.")), sentences.toString());
  }
}

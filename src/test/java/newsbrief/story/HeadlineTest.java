package newsbrief.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headlines on the ladder of small stories, then the rules for sentences made into headlines. */
class HeadlineTest {
  private static final String LEAD = "Floods cut off the town of Marden on Friday.";

  private static Article article(String id, String title) {
    return new Article(id, id, LEAD, new ArticleMetadata(Optional.ofNullable(title), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of()));
  }

  private static String of(List<Article> centralFirst, Map<String, List<String>> sentences) {
    return Headline.of(centralFirst, a -> sentences.getOrDefault(a.id(), List.of()), 12);
  }

  @Test
  void aStoryNeedsAnArticle() {
    assertThrows(IllegalArgumentException.class, () -> of(List.of(), Map.of()));
  }

  @Test
  void oneTitledArticleGivesItsTitleOnOneLine() {
    assertEquals("Storms flood Marden", of(List.of(article("a", " Storms \n flood   Marden ")), Map.of()));
  }

  @Test
  void oneUntitledArticleGivesItsLeadSentence() {
    assertEquals("Floods cut off the town of Marden on Friday", of(List.of(article("a", null)), Map.of("a", List.of(LEAD))));
  }

  @Test
  void anUntitledArticleWithoutSentencesIsNamedByItsId() {
    assertEquals("a", of(List.of(article("a", null)), Map.of()));
  }

  @Test
  void theMostCentralArticlesTitleComesFirst() {
    assertEquals("Central title", of(List.of(article("b", "Central title"), article("a", "Other title")), Map.of()));
  }

  @Test
  void aTitleOfALessCentralArticleBeatsAnySentence() {
    assertEquals("Other title", of(List.of(article("b", null), article("a", "Other title")), Map.of("b", List.of(LEAD))));
  }

  @Test
  void withoutTitlesTheMostCentralArticlesLeadIsTaken() {
    assertEquals("Rescue boats reach Marden", of(List.of(article("b", null), article("a", null)),
        Map.of("a", List.of(LEAD), "b", List.of("Rescue boats reach Marden."))));
  }

  @Test
  void aLeadThatPointsBackIsPassedOverForTheNextSentence() {
    assertEquals("The mayor of Marden declared an emergency", of(List.of(article("a", null)),
        Map.of("a", List.of("He said the water was still rising.", "The mayor of Marden declared an emergency."))));
  }

  @Test
  void aQuotationIsPassedOverForTheNextArticlesLead() {
    assertEquals("Floods cut off the town of Marden on Friday", of(List.of(article("b", null), article("a", null)),
        Map.of("b", List.of("\u201cWe have lost everything,\u201d a farmer said.", "But the rain went on."),
            "a", List.of(LEAD))));
  }

  @Test
  void onlyTheFirstSentencesCountAsTheLead() {
    assertEquals("a", of(List.of(article("a", null)),
        Map.of("a", List.of("He left.", "She stayed.", "They argued.", "The mayor of Marden declared an emergency."))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // short enough: whole, without the final period
      "Storms flooded the town of Marden.|Storms flooded the town of Marden",
      // cut at the last comma within the limit
      "Heavy rain flooded the coastal town of Marden on Friday, and rescue teams reached families by boat.|"
          + "Heavy rain flooded the coastal town of Marden on Friday",
      // cut before a word that opens a clause
      "A federal judge agreed on Tuesday to review the arrest of a ruler who faces charges in Spain.|"
          + "A federal judge agreed on Tuesday to review the arrest of a ruler",
      // an appended attribution goes
      "The central bank raised interest rates by half a point to curb prices, officials said on Tuesday.|"
          + "The central bank raised interest rates by half a point to curb prices",
      // no boundary: cut at the limit, off a function word, with an ellipsis
      "Officials in the northern province counted more than two hundred houses destroyed by the storm overnight.|"
          + "Officials in the northern province counted more than two hundred houses destroyed\u2026"})
  void sentencesAreShortenedAtAClauseBoundary(String sentence, String headline) {
    assertEquals(Optional.of(headline), Headline.fromSentence(sentence, 13));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "He said the water was still rising in the town.",
      "They were rescued by boat on Friday morning.",
      "This was the worst flood in a century, the mayor said.",
      "But the rain went on for three more days.",
      "Meanwhile, the river kept rising in the north.",
      "In addition, the bridge was closed to all traffic.",
      "\"We have lost everything,\" a farmer said on Friday.",
      "``We have lost everything,'' a farmer said on Friday.",
      "\u2018It is over,\u2019 the mayor told reporters in Marden.",
      "The minister called the plan \"a betrayal of every farmer in the country and of all who live here\" on Friday."})
  void sentencesThatCannotStandAsHeadlinesAreRefused(String sentence) {
    assertEquals(Optional.empty(), Headline.fromSentence(sentence, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Heavy rain flooded the coastal town of Marden on Friday, and rescue teams reached families by boat.",
      "Officials in the northern province counted more than two hundred houses destroyed by the storm overnight.",
      "The minister called the plan \"a betrayal\" and said the government would appeal the ruling next week in court."})
  void aHeadlineKeepsAtMostItsWordsAndPairsItsQuotes(String sentence) {
    String headline = Headline.fromSentence(sentence, 12).orElseThrow();
    assertTrue(headline.replace("\u2026", "").split(" ").length <= 12, headline);
    assertEquals(0, headline.chars().filter(c -> c == '"').count() % 2, headline);
    assertTrue(sentence.startsWith(headline.replace("\u2026", "")), headline);
  }

  @Test
  void aHeadlineNeedsRoomForAFewWords() {
    assertThrows(IllegalArgumentException.class, () -> Headline.fromSentence(LEAD, 3));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
      "Nadal keeps Spain alive against Russia in Davis Cup Finals - Sportsnet.ca; Sportsnet.ca; Nadal keeps Spain alive against Russia in Davis Cup Finals",
      "South Dakota governor doubles down on anti-drug campaign | TheHill; The Hill; South Dakota governor doubles down on anti-drug campaign",
      "Delhi air pollution: the law behind it \u2014 Vox; Vox; Delhi air pollution: the law behind it",
      "Opinion | Republicans Are Following Trump to Nowhere; The New York Times; Opinion | Republicans Are Following Trump to Nowhere",
      "Storm hits coast - live updates; Daily Planet; Storm hits coast - live updates",
      "Budget - Reuters; Reuters; Budget - Reuters"})
  void aTitleLosesTheSiteNameItEndsWith(String title, String outlet, String expected) {
    assertEquals(expected, Headline.withoutSiteName(title.replace("\\u2014", "\u2014"), java.util.Optional.of(outlet)));
  }
}

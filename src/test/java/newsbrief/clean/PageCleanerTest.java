package newsbrief.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsbrief.Article;
import newsbrief.text.StopWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageCleanerTest {
  private final PageCleaner cleaner = new PageCleaner(StopWords.english());

  private CleanedArticle cleanOne(String text) {
    List<CleanedArticle> cleaned = cleaner.clean(List.of(Article.of("page", text)));
    assertEquals(1, cleaned.size());
    return cleaned.get(0);
  }

  private static List<BlockKind> kinds(CleanedArticle article) {
    return article.blocks().stream().map(TextBlock::kind).toList();
  }

  private static List<String> texts(CleanedArticle article) {
    return article.blocks().stream().map(b -> article.article().text().substring(b.begin(), b.end())).toList();
  }

  @Test
  void noArticlesGiveNoCleanedArticles() {
    assertEquals(List.of(), cleaner.clean(List.of()));
  }

  @Test
  void emptyOrBlankTextHasNoBlocks() {
    assertEquals(List.of(), cleanOne("").blocks());
    assertEquals(List.of(), cleanOne(" \n\n\t \n").blocks());
  }

  @Test
  void oneSentenceIsOneProseBlock() {
    CleanedArticle article = cleanOne("Iraq's parliament approved the federal budget on Monday.");
    assertEquals(List.of(new TextBlock(0, 56, BlockKind.PROSE)), article.blocks());
    assertEquals(article.blocks(), article.prose());
    assertEquals(List.of(), article.dropped());
  }

  @Test
  void twoParagraphsAreTwoBlocksTrimmedOfSurroundingSpace() {
    String text = "  Iraq's parliament approved the budget on Monday.  \n\n\tProtests over power cuts continued in Basra.\n";
    CleanedArticle article = cleanOne(text);
    assertEquals(List.of(
        "Iraq's parliament approved the budget on Monday.",
        "Protests over power cuts continued in Basra."), texts(article));
    assertEquals(List.of(BlockKind.PROSE, BlockKind.PROSE), kinds(article));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Iraq Budget Crisis Deepens as Lawmakers Walk Out                                                     | NOT_A_SENTENCE
      Politics                                                                                             | NOT_A_SENTENCE
      By Jane Doe, Reuters                                                                                 | NOT_A_SENTENCE
      Published November 28, 2024                                                                          | NOT_A_SENTENCE
      https://www.example.com/news/iraq-budget-approved                                                    | NOT_A_SENTENCE
      Views:                                                                                               | WIDGET
      Views: 1,204                                                                                         | WIDGET
      Leave a Reply                                                                                        | WIDGET
      Your email address will not be published. Required fields are marked *                              | WIDGET
      Subscribe to our newsletter                                                                          | WIDGET
      Share this article                                                                                   | WIDGET
      Be the first to comment                                                                              | WIDGET
      Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.          | WIDGET
      Trump, who has millions of followers on Twitter, wrote that the report was fake.                      | PROSE
      Iraqi Prime Minister Mohammed Shia al-Sudani speaks in Baghdad, Iraq, March 20, 2023. (AP Photo/Hadi Mizban) | CAPTION
      Protesters gather in Tahrir Square. (AP Photo)                                                       | NOT_A_SENTENCE
      A man walks past a currency exchange in Baghdad, Iraq, February 1, 2023. REUTERS/Thaier Al-Sudani/File Photo | CAPTION
      Iraqi protesters gather in Tahrir Square in central Baghdad [Getty]                                  | CAPTION
      Iraq's involvement in the war underscores the nature of regional alliances. [Getty]                  | CAPTION
      Photo: Reuters                                                                                       | CAPTION
      Jane Doe is an award-winning journalist who has covered the Middle East for two decades.             | AUTHOR_BIO
      Liam Nguyen is an insightful tech journalist with over ten years of experience.                      | AUTHOR_BIO
      NEW YORK (AP) — The Security Council met behind closed doors.                                        | PROSE
      Iraq's parliament approved the 2024 federal budget on Monday after months of delay.                  | PROSE
      The budget sets spending at 211 trillion dinars, the largest in the country's history.              | PROSE
      “We will not accept any delay in paying salaries,” the finance minister said.                        | PROSE
      Will the money reach the provinces before the summer?                                                | PROSE
      There was no immediate Iraqi comment.                                                                | PROSE
      BAGHDAD (Reuters) - Iraq's parliament approved the federal budget on Monday after months of delay.   | PROSE
      Iraq's oil minister told Reuters on Monday that exports would rise next year.                        | PROSE
      """)
  void singleBlockIsClassifiedByItsShape(String block, BlockKind expected) {
    CleanedArticle article = cleanOne(block);
    assertEquals(1, article.blocks().size());
    assertEquals(expected, article.blocks().get(0).kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Les dirigeants irakiens se sont réunis jeudi à Bagdad pour discuter de la sécurité du pays.",
    "El parlamento iraquí aprobó el presupuesto federal el lunes tras meses de retraso.\n\nLa votación fue larga.",
    "PARIS (AFP) - Les dirigeants irakiens se sont réunis jeudi à Bagdad pour discuter de la sécurité.",
    "Парламент Ирака в понедельник утвердил федеральный бюджет после нескольких месяцев задержки.",
    "伊拉克议会周一在拖延数月后批准了联邦预算。议员们说，这是该国历史上最大的预算。",
  })
  void anArticleInAnotherLanguageKeepsItsTextButGivesTheSummarizerNothing(String text) {
    CleanedArticle article = cleanOne(text);
    assertEquals(false, article.english());
    assertEquals(false, article.kept().isEmpty());
    assertEquals(List.of(), article.prose());
  }

  @Test
  void aLineBetweenParagraphsIsPartOfTheArticleButNotAboveOrBelowThem() {
    CleanedArticle article = cleanOne("""
        Budget Vote Delayed Again

        By Jane Doe

        Iraq's parliament delayed the budget vote on Monday, the speaker said.

        What the budget holds

        The draft sets spending at 211 trillion dinars, the largest in the country's history.

        Tags: Iraq, budget
        """);
    assertEquals(List.of(BlockKind.NOT_A_SENTENCE, BlockKind.NOT_A_SENTENCE, BlockKind.PROSE, BlockKind.PROSE,
        BlockKind.PROSE, BlockKind.NOT_A_SENTENCE), kinds(article));
    assertEquals(true, article.english());
  }

  @Test
  void aParagraphUnderAnAboutLineNamingItsAuthorIsABio() {
    CleanedArticle article = cleanOne("""
        Iraq's parliament approved the federal budget on Monday.

        About Jane Doe

        Jane Doe has reported from Baghdad, Erbil and Basra for a decade.
        """);
    assertEquals(List.of(BlockKind.PROSE, BlockKind.NOT_A_SENTENCE, BlockKind.AUTHOR_BIO), kinds(article));
  }

  @Test
  void theSameParagraphWithoutAnAboutLineIsProse() {
    CleanedArticle article = cleanOne("""
        About the budget

        Jane Doe has reported from Baghdad, Erbil and Basra for a decade.
        """);
    assertEquals(List.of(BlockKind.NOT_A_SENTENCE, BlockKind.PROSE), kinds(article));
  }

  @Test
  void aSentenceFollowedByANonBreakingSpaceIsStillProse() {
    CleanedArticle article = cleanOne(
        "Mediators, including Egypt and Qatar, played critical roles in brokering the agreement.\u00a0 \n"
            + "\u00a0\n"
            + "The ceasefire took effect on Sunday morning.\n");
    assertEquals(List.of(
        "Mediators, including Egypt and Qatar, played critical roles in brokering the agreement.",
        "The ceasefire took effect on Sunday morning."), texts(article));
    assertEquals(List.of(BlockKind.PROSE, BlockKind.PROSE), kinds(article));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      DUBAI, UAE - Iraqi leaders met on Thursday to discuss security.              | Iraqi leaders met on Thursday to discuss security.
      OPORTO, Portugal (AP) _ The talks ended without an agreement.                | The talks ended without an agreement.
      WASHINGTON _ The State Department welcomed the budget vote.                  | The State Department welcomed the budget vote.
      NEW YORK (AP) — The Security Council met behind closed doors.                | The Security Council met behind closed doors.
      BAGHDAD (Reuters) - Iraq's parliament approved the budget on Monday.          | Iraq's parliament approved the budget on Monday.
      (Reuters) — The state attorney general is investigating WeWork.             | The state attorney general is investigating WeWork.
      (AP) - Iraq's parliament approved the budget on Monday.                      | Iraq's parliament approved the budget on Monday.
      (Reuters) — the talks went on.                                                | (Reuters) — the talks went on.
      date 2024-11-28 Shafaq News/ On Thursday, Israeli Minister Zeev Elkin denied any truce. | On Thursday, Israeli Minister Zeev Elkin denied any truce.
      Two decades after the U.S.-led invasion that toppled Saddam Hussein, Iraq is calmer. | Two decades after the U.S.-led invasion that toppled Saddam Hussein, Iraq is calmer.
      The U.N. - backed mission will leave Iraq by the end of 2025.                | The U.N. - backed mission will leave Iraq by the end of 2025.
      US-led coalition forces withdrew from the base on Monday.                    | US-led coalition forces withdrew from the base on Monday.
      2024-11-28 was the day the budget finally passed in Baghdad.                 | 2024-11-28 was the day the budget finally passed in Baghdad.
      ERBIL, Iraq - the regional government paid salaries on time.                 | ERBIL, Iraq - the regional government paid salaries on time.
      """)
  void leadingDatelineIsTrimmedAndOtherwiseTheSentenceIsKeptWhole(String block, String sentence) {
    CleanedArticle article = cleanOne(block);
    assertEquals(List.of(BlockKind.PROSE), kinds(article));
    TextBlock prose = article.blocks().get(0);
    assertEquals(sentence, block.substring(prose.begin(), prose.end()));
    assertEquals(block.indexOf(sentence), prose.begin());
    assertEquals(block.length(), prose.end());
  }

  @Test
  void hardWrappedLinesOfAParagraphAreOneBlock() {
    String text = "Iraqi leaders met in Baghdad on Thursday to discuss\n"
        + "the security situation in the north of the\n"
        + "country, officials said.\n";
    CleanedArticle article = cleanOne(text);
    assertEquals(List.of(new TextBlock(0, text.length() - 1, BlockKind.PROSE)), article.blocks());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a capitalised next line starts a new block | 'Iraq Budget Crisis\\nLawmakers approved the budget on Monday.'                 | 2
      a blank line ends a paragraph              | 'Lawmakers approved the budget\\n\\nafter months of delay, officials said.'     | 2
      a line ending a sentence is complete       | 'Lawmakers approved the budget on Monday.\\nofficials said the vote was close.' | 2
      a lower-case continuation is joined        | 'Lawmakers approved the budget\\nafter months of delay, officials said.'       | 1
      """)
  void onlyOpenLinesFollowedByLowerCaseAreJoined(String why, String escaped, int blocks) {
    assertEquals(blocks, cleanOne(escaped.replace("\\n", "\n")).blocks().size(), why);
  }

  @Test
  void shortLinesPrintedByTwoArticlesAreRepeatedAcrossArticles() {
    String furniture = "Stay tuned for more updates on this story.";
    List<CleanedArticle> cleaned = cleaner.clean(List.of(
        Article.of("one", "Iraq's parliament approved the budget on Monday.\n\n" + furniture + "\n"),
        Article.of("two", "Protests over power cuts continued in Basra.\n\nstay  tuned for more updates on THIS story.\n"),
        Article.of("three", "The central bank kept the dinar stable against the dollar.\n")));
    assertEquals(List.of(BlockKind.PROSE, BlockKind.REPEATED_ACROSS_ARTICLES), kinds(cleaned.get(0)));
    assertEquals(List.of(BlockKind.PROSE, BlockKind.REPEATED_ACROSS_ARTICLES), kinds(cleaned.get(1)));
    assertEquals(List.of(BlockKind.PROSE), kinds(cleaned.get(2)));
  }

  @Test
  void longSentencesSharedByCopiesOfAWireStoryStayProse() {
    String shared = "Iraq's parliament approved the 2024 federal budget on Monday after months of delay over Kurdish salaries.";
    List<CleanedArticle> cleaned = cleaner.clean(List.of(Article.of("wire", shared), Article.of("copy", shared)));
    assertEquals(List.of(BlockKind.PROSE), kinds(cleaned.get(0)));
    assertEquals(List.of(BlockKind.PROSE), kinds(cleaned.get(1)));
  }

  @Test
  void aShortLineRepeatedWithinOneArticleIsNotFurniture() {
    CleanedArticle article = cleanOne("There was no immediate Iraqi comment.\n\nThere was no immediate Iraqi comment.\n");
    assertEquals(List.of(BlockKind.PROSE, BlockKind.PROSE), kinds(article));
  }

  @Test
  void aPageKeepsItsProseAndDropsItsFurniture() {
    String page = """
        Iraqi factions halt attacks following ceasefire

        Views:

        Fighters attend a funeral in Baghdad, Iraq. (AP Photo/Hadi Mizban)

        BAGHDAD (AP) _ Iraqi armed groups said on Monday they would halt their attacks
        for now, a spokesman said.

        Les dirigeants irakiens se sont réunis jeudi à Bagdad pour discuter de la sécurité.

        Leave a Reply
        """;
    CleanedArticle article = cleanOne(page);
    assertEquals(List.of(BlockKind.NOT_A_SENTENCE, BlockKind.WIDGET, BlockKind.CAPTION, BlockKind.PROSE,
        BlockKind.OTHER_LANGUAGE, BlockKind.WIDGET), kinds(article));
    assertEquals(List.of("Iraqi armed groups said on Monday they would halt their attacks\nfor now, a spokesman said."),
        article.prose().stream().map(b -> page.substring(b.begin(), b.end())).toList());
  }
}

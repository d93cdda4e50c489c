package newsbrief.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Sentence;
import newsbrief.select.Budget;
import newsbrief.story.DayBrief;
import newsbrief.story.Story;
import newsbrief.story.StoryMention;
import newsbrief.story.StorySection;

/** Crafted briefs for the HTML page's tests: invented text, every kind of source a page must show. */
final class HtmlPages {
  static final String TALKS = "Talks resumed in Doha on Monday. Both sides sent negotiators.";
  static final String TALKS_END = "The talks ended without a deal on Wednesday, officials said.";
  static final String STORM = "A storm closed the port of Valen for two days.";
  static final String SHOW = "The spring fashion show drew record crowds.";

  private HtmlPages() {}

  static Article article(String id, String text, String outlet, String title, LocalDate date, String url) {
    return new Article(id, "in/" + id + ".txt", text, new ArticleMetadata(Optional.ofNullable(title),
        Optional.ofNullable(outlet), Optional.ofNullable(date), Optional.ofNullable(url), Map.of()));
  }

  static BriefLine line(int source, String text, String sentence, List<Integer> alsoIn) {
    int begin = text.indexOf(sentence);
    return new BriefLine(new Sentence(source, 0, begin, begin + sentence.length(), sentence, List.of()), source, alsoIn, 0.5, 0);
  }

  /** Two stories with sections (one over two days), one under "Also reported", one not shown. */
  static DayBrief day() {
    Article talks = article("talks", TALKS, "Wire One", "Talks resume", LocalDate.of(2024, 11, 1), "https://wire.example/talks");
    Article talksEnd = article("talks-end", TALKS_END, "Daily Two", null, LocalDate.of(2024, 11, 3), "www.daily.example/end");
    Article storm = article("storm", STORM, null, null, null, null);
    Article stormAgain = article("storm-again", STORM, "Coast Radio", null, LocalDate.of(2024, 11, 2), "javascript:alert(1)");
    Article show = article("show", SHOW, "Daily Two", "Record crowds at spring show", LocalDate.of(2024, 11, 2), null);
    Article museum = article("museum", "A harbour museum opened in Portlow.", null, null, LocalDate.of(2024, 11, 2), null);
    List<Article> articles = List.of(talks, talksEnd, storm, stormAgain, show, museum);
    StorySection first = new StorySection(Story.of(0, 1), "Talks resume",
        new Brief(List.of(talks, talksEnd), List.of(
            line(0, TALKS, "Talks resumed in Doha on Monday.", List.of()),
            line(1, TALKS_END, TALKS_END, List.of(0))), Budget.words(80), 3));
    StorySection second = new StorySection(Story.of(2, 3), "A storm closed the port of Valen for two days",
        new Brief(List.of(stormAgain, storm), List.of(line(0, STORM, STORM, List.of(1))), Budget.words(50), 2));
    return new DayBrief(articles, List.of(first, second),
        List.of(new StoryMention(Story.of(4), "Record crowds at spring show", List.of(show))), List.of(Story.of(5)),
        Budget.words(130));
  }

  /** A brief of one story whose source's title and text carry markup. */
  static Brief hostile() {
    String text = "Officials said <b>nothing</b> & left. The </a><script>alert(1)</script> tag was quoted.";
    Article article = article("hostile", text, "Outlet <i>One</i>", "Title </a><script>alert('t')</script>",
        LocalDate.of(2024, 11, 1), "https://x.example/?a=1&b=\"2\"");
    return new Brief(List.of(article), List.of(line(0, text, "Officials said <b>nothing</b> & left.", List.of())),
        Budget.words(200), 2);
  }
}

package newsbrief.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.AnalyzedCorpus;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import newsbrief.Summarizer;
import newsbrief.SummaryOptions;
import newsbrief.annotate.SimpleSentenceSplitter;

/** A small made-up story in three dated reports, analysed with the fast splitter. */
final class CompareFixtures {
  private CompareFixtures() {}

  static final Summarizer SUMMARIZER = new Summarizer(new SimpleSentenceSplitter(), SummaryOptions.defaults());

  static final List<Article> FLOOD_STORY = List.of(
      article("wire", "Wire Service", 1, """
          Heavy rain flooded the river town of Marden on Friday, forcing hundreds of families from their homes.
          The river rose two metres in six hours after a week of storms across the northern hills.
          Rescue teams used boats to reach people trapped on the upper floors of houses near the bridge.
          The mayor said the town's flood walls had held in most places but failed near the old mill.
          Forecasters expect more rain over the weekend, with warnings in place for the whole valley.
          """),
      article("daily", "The Daily", 2, """
          Families forced from their homes by the Marden flood spent the night in the town's schools and churches.
          Volunteers brought blankets, food and dry clothes to the shelters through the night.
          The failed flood wall near the old mill had been due for repair since last spring, council papers show.
          Insurers said claims from the valley could be the largest since the floods of a decade ago.
          """),
      article("local", "Valley News", 3, """
          The river at Marden fell overnight and the first families returned to clean their flooded homes on Sunday.
          Engineers began work on a temporary barrier at the old mill, where the flood wall failed on Friday.
          The council promised an inquiry into why repairs to the wall were delayed.
          Shop owners on the high street said the clean-up could take weeks and many would close until spring.
          """));

  static AnalyzedCorpus floodCorpus() {
    return SUMMARIZER.analyze(FLOOD_STORY);
  }

  private static Article article(String id, String outlet, int day, String text) {
    return new Article(id, "story/" + id + ".txt", text, new ArticleMetadata(Optional.empty(), Optional.of(outlet),
        Optional.of(LocalDate.of(2024, 3, day)), Optional.empty(), Map.of()));
  }
}

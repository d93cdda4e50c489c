package newsbrief.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.Article;
import newsbrief.Brief;
import newsbrief.BriefLine;
import newsbrief.Summarizer;
import newsbrief.TestSupport;
import newsbrief.annotate.CachingSentenceSplitter;
import newsbrief.eval.DucCluster;
import newsbrief.eval.DucDataset;
import newsbrief.story.DayBrief;
import newsbrief.story.StoryBriefer;
import newsbrief.story.StoryOptions;
import newsbrief.story.StorySection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No line of a brief made from the development set fails the stand-alone rule ({@link
 * StandAlone#violations(Brief)}): the 30 DUC 2003 briefs at 100 and 200 words, and every section of
 * the day made of all their articles in one folder. Skipped, with the reason shown, where {@code
 * ../shared/eval} is absent; the articles are copied to a temporary folder, never into the project.
 */
class StandAloneDevTest {
  @Test
  void noLineOfADevelopmentBriefHangsOnASentenceTheReaderDoesNotSee(@TempDir Path day) throws IOException {
    Path dev = TestSupport.sharedEval().resolve("duc2003");
    assumeTrue(Files.isDirectory(dev), "DUC 2003 development set not found at " + dev + ": skipped");
    CachingSentenceSplitter splitter = new CachingSentenceSplitter(TestSupport.coreNlp());
    List<String> failures = new ArrayList<>();
    List<DucCluster> clusters = DucDataset.read(dev);
    for (int words : new int[] {100, 200}) {
      Summarizer summarizer = new Summarizer(splitter);
      for (DucCluster cluster : clusters) {
        Brief brief = summarizer.summarize(cluster.articles(), Budget.words(words));
        StandAlone.violations(brief).forEach(line -> failures.add(cluster.id() + " at " + words + ": " + text(line)));
      }
    }
    for (DucCluster cluster : clusters) {
      try (Stream<Path> files = Files.list(dev.resolve(cluster.id()).resolve("docs"))) {
        for (Path file : files.toList()) {
          Files.copy(file, day.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    List<Article> articles = TestSupport.readFolder(day);
    DayBrief pooled = new StoryBriefer(new Summarizer(splitter), StoryOptions.defaults())
        .brief(articles, Length.DEFAULT.budgetFor(0));
    for (StorySection section : pooled.sections()) {
      StandAlone.violations(section.brief()).forEach(line -> failures.add("day, " + section.headline() + ": " + text(line)));
    }
    assertEquals(List.of(), failures);
  }

  private static String text(BriefLine line) {
    return line.sentence().text();
  }
}

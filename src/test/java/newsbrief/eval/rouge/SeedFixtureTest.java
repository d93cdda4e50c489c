package newsbrief.eval.rouge;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the seed fixtures: official ROUGE-1.5.5 scores of text from the five seed articles
 * (shipped as test resources, so this runs everywhere). The text has typographic quotes and dashes,
 * which the scorer reads as UTF-8 bytes.
 */
class SeedFixtureTest {
  private static final String SEEDS = "seeds";

  static List<FixtureRow> rows() {
    return FixtureRow.readAll(seedsFolder().resolve("scores.tsv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reproducesTheOfficialScore(FixtureRow row) {
    Path seeds = seedsFolder();
    List<String> summary = SummaryFiles.read(seeds.resolve("summaries").resolve(row.cluster() + ".txt"));
    List<List<String>> references =
        FixtureScoring.readReferences(seeds.resolve("refs").resolve(row.cluster()).resolve("refs"));
    FixtureScoring.assertMatches(row, FixtureScoring.score(row, summary, references));
  }

  private static Path seedsFolder() {
    URL url = SeedFixtureTest.class.getResource(SEEDS);
    if (url == null) {
      throw new IllegalStateException("test resource folder " + SEEDS + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package newsbrief.eval.rouge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code ../shared/eval/rouge-fixtures/scores.tsv}: official ROUGE-1.5.5 scores of
 * four systems' summaries on the DUC 2003 development set against all four references, under four
 * configurations. The DUC text is licensed and stays outside the project; when {@code
 * ../shared/eval} is absent the test is skipped, with the reason shown.
 */
class OfficialScorerFixtureTest {
  private static final int EXPECTED_ROWS = 1920;

  /** {@code <project>/../shared/eval}, where the surefire property says the project is. */
  static Path sharedEval() {
    String projectDir = System.getProperty("newsbrief.project.dir", System.getProperty("user.dir"));
    return Path.of(projectDir).resolve("..").resolve("shared").resolve("eval").normalize();
  }

  static Path scoresTable() {
    return sharedEval().resolve("rouge-fixtures").resolve("scores.tsv");
  }

  /** The rows, or a single absent marker so that the skip shows in the report. */
  static List<FixtureRow> rows() {
    if (!Files.isRegularFile(scoresTable())) {
      return List.of(new FixtureRow("(DUC 2003 fixtures absent)", "", "", "", "", 0, 0, 0));
    }
    List<FixtureRow> rows = FixtureRow.readAll(scoresTable());
    assertEquals(EXPECTED_ROWS, rows.size(), "rows in " + scoresTable());
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reproducesTheOfficialScore(FixtureRow row) {
    assumeTrue(Files.isRegularFile(scoresTable()),
        "DUC 2003 ROUGE fixtures not found at " + scoresTable() + " (licensed data kept outside the project)");
    Path eval = sharedEval();
    Path summaries = eval.resolve("rouge-fixtures").resolve("summaries");
    List<String> summary =
        SummaryFiles.read(summaries.resolve(row.system()).resolve(row.cluster() + ".txt"));
    List<List<String>> references =
        FixtureScoring.readReferences(eval.resolve("duc2003").resolve(row.cluster()).resolve("refs"));
    assertEquals(4, references.size(), "references of " + row.cluster());
    FixtureScoring.assertMatches(row, FixtureScoring.score(row, summary, references));
  }
}

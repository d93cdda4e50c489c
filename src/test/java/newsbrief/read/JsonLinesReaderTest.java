package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbrief.Article;
import newsbrief.ArticleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {
  @Test
  void readsEachLineAsAnArticleAndReportsTheBadLine() {
    String text = String.join("\n",
        "{\"title\": \"Truce denied\", \"source\": \"Shafaq News\", \"date\": \"2024-11-28\", \"url\": \"https://shafaq.com/x\", \"text\": \"Elkin denied a truce.\"}",
        "",
        "{\"text\": \"broken\"",
        "{\"id\": \"reuters-1\", \"date\": \"2024-11-01T09:30:00-05:00\", \"author\": \"Timour Azhari\", \"text\": \"Iraq reins in groups.\"}",
        "");
    InputBatch batch = JsonLinesReader.parse(text, "in/feed.jsonl", "feed");
    assertEquals(List.of(
        new Article("feed-1", "in/feed.jsonl:1", "Elkin denied a truce.", new ArticleMetadata(
            Optional.of("Truce denied"), Optional.of("Shafaq News"), Optional.of(LocalDate.of(2024, 11, 28)),
            Optional.of("https://shafaq.com/x"), Map.of())),
        new Article("reuters-1", "in/feed.jsonl:4", "Iraq reins in groups.", new ArticleMetadata(
            Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2024, 11, 1)), Optional.empty(),
            Map.of("author", "Timour Azhari")))),
        batch.articles());
    assertEquals(List.of("in/feed.jsonl:3: not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})"),
        batch.problemLines());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "not JSON        | 'Plain words'                        | 'not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})'",
    "an array        | '[{\"text\": \"x\"}]'                | 'not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})'",
    "two objects     | '{\"text\": \"x\"} {\"text\": \"y\"}' | 'not a JSON object (write one article per line, e.g. {\"title\": \"...\", \"text\": \"...\"})'",
    "no text         | '{\"title\": \"t\"}'                 | 'no \"text\" field (every line needs the article''s text, e.g. {\"title\": \"...\", \"text\": \"...\"})'",
    "null text       | '{\"text\": null}'                   | 'no \"text\" field (every line needs the article''s text, e.g. {\"title\": \"...\", \"text\": \"...\"})'",
    "blank text      | '{\"text\": \" \\n \"}'              | '\"text\" is empty (give the article''s text, or remove the line)'",
    "numeric text    | '{\"text\": 42}'                     | '\"text\" is a number, not a string (write e.g. \"text\": \"...\")'",
    "object title    | '{\"title\": {}, \"text\": \"x\"}'   | '\"title\" is an object, not a string (write e.g. \"title\": \"...\")'",
    "bad date        | '{\"date\": \"28/11/2024\", \"text\": \"x\"}' | 'date ''28/11/2024'' is not YYYY-MM-DD or an ISO date-time (write e.g. \"date\": \"2024-11-28\", or leave it out)'",
    "impossible date | '{\"date\": \"2024-02-30\", \"text\": \"x\"}' | 'date ''2024-02-30'' is not YYYY-MM-DD or an ISO date-time (write e.g. \"date\": \"2024-11-28\", or leave it out)'",
  })
  void badLines(String name, String line, String message) {
    InputBatch batch = JsonLinesReader.parse("{\"text\": \"good\"}\n" + line + "\n", "f.jsonl", "f");
    assertEquals(1, batch.articles().size());
    assertEquals(List.of(new InputProblem("f.jsonl:2", message)), batch.problems());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "date only          | 2024-11-28                | 2024-11-28",
    "local date-time    | 2024-11-28T23:30:00       | 2024-11-28",
    "offset, day kept   | 2024-11-28T23:30:00-05:00 | 2024-11-28",
    "UTC                | 2024-11-28T04:30:00Z      | 2024-11-28",
    "space for T        | 2024-11-28 04:30:00+01:00 | 2024-11-28",
    "zone id            | 2024-11-28T10:00+01:00[Europe/Paris] | 2024-11-28",
  })
  void acceptedDates(String name, String date, LocalDate expected) {
    InputBatch batch = JsonLinesReader.parse("{\"date\": \"" + date + "\", \"text\": \"x\"}", "f.jsonl", "f");
    assertEquals(Optional.of(expected), batch.articles().get(0).metadata().date());
  }

  @Test
  void outletIsAcceptedForSourceAndEmptyValuesCountAsAbsent() {
    InputBatch batch = JsonLinesReader.parse(
        "{\"outlet\": \"The New Arab\", \"date\": \"\", \"title\": null, \"id\": \" \", \"tags\": [\"x\"], \"text\": \"x\"}", "f.jsonl", "f");
    Article a = batch.articles().get(0);
    assertEquals("f-1", a.id());
    assertEquals(new ArticleMetadata(Optional.empty(), Optional.of("The New Arab"), Optional.empty(), Optional.empty(), Map.of()),
        a.metadata());
  }

  @Test
  void emptyOneTwo() {
    assertEquals(List.of(), JsonLinesReader.parse("\n\n", "f.jsonl", "f").articles());
    assertEquals(List.of("f-1"), ids(JsonLinesReader.parse("{\"text\": \"a\"}", "f.jsonl", "f")));
    assertEquals(List.of("f-1", "f-2"), ids(JsonLinesReader.parse("{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n", "f.jsonl", "f")));
  }

  @Test
  void aRawLineSeparatorInsideAStringIsNotALineBreak() {
    InputBatch batch = JsonLinesReader.parse("{\"text\": \"one\u2028two\"}", "f.jsonl", "f");
    assertEquals("one\u2028two", batch.articles().get(0).text());
  }

  private static List<String> ids(InputBatch batch) {
    return batch.articles().stream().map(Article::id).toList();
  }
}

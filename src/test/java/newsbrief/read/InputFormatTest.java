package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import newsbrief.NewsbriefException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {
  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(delimiter = '|', value = {
    // name          | content                                        | detected
    "a.html          | plain words                                    | HTML",
    "a.HTM           | plain words                                    | HTML",
    "a.jsonl         | <html><body>x</body></html>                    | JSONL",
    "a.ndjson        | plain words                                    | JSONL",
    "a.txt           | '\uFEFF  \n<!DOCTYPE html><p>x'                | HTML",
    "a.txt           | <HTML lang=en>                                 | HTML",
    "a.txt           | '<head><title>t</title></head>'                | HTML",
    "a.txt           | 'Story\n<div><BODY>x'                          | HTML",
    "a.txt           | '\n\n{\"text\": \"one\"}\n{\"text\": \"two\"}'  | JSONL",
    "a.txt           | '{\"text\": \"<body> inside\"}'                | JSONL",
    "a.txt           | '{not json}'                                   | TEXT",
    "a.txt           | '[1, 2]'                                       | TEXT",
    "a.txt           | '{\"a\": 1} trailing'                          | TEXT",
    "a.txt           | 'Plain story.\n\nSecond paragraph.'            | TEXT",
    "a.txt           | ''                                             | TEXT",
    "noext           | '<!doctype html>'                              | HTML",
    "dir.v2/noext    | plain                                          | TEXT",
  })
  void detectsFromExtensionThenContent(String name, String content, InputFormat expected) {
    assertEquals(expected, InputFormat.detect(name, content == null ? "" : content));
  }

  @Test
  void standardInputIsDetectedFromContentAlone() {
    assertEquals(InputFormat.HTML, InputFormat.detect(null, "<html>"));
    assertEquals(InputFormat.TEXT, InputFormat.detect(null, "words"));
  }

  @Test
  void anExplicitFormatOverridesDetection() {
    assertEquals(InputFormat.TEXT, InputFormat.TEXT.resolve("a.html", "<html>"));
    assertEquals(InputFormat.HTML, InputFormat.AUTO.resolve("a.html", "words"));
  }

  @ParameterizedTest
  @CsvSource({"auto, AUTO", "TEXT, TEXT", "txt, TEXT", "Html, HTML", "jsonl, JSONL", "ndjson, JSONL"})
  void namedFormats(String name, InputFormat expected) {
    assertEquals(expected, InputFormat.named(name));
  }

  @Test
  void unknownFormatName() {
    NewsbriefException e = assertThrows(NewsbriefException.class, () -> InputFormat.named("pdf"));
    assertEquals("--format: 'pdf' is not a format (use auto, text, html or jsonl)", e.getMessage());
  }
}

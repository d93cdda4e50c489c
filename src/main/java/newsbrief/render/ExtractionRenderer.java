package newsbrief.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbrief.ArticleMetadata;
import newsbrief.SafeText;
import newsbrief.clean.ReadText;
import newsbrief.read.InputProblem;

/** What {@code newsbrief extract} shows of each input: as text for a terminal, or as JSON. */
public final class ExtractionRenderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExtractionRenderer() {}

  /** All the texts and the inputs that could not be read, as one JSON object, with a final newline. */
  public static String json(List<ReadText> texts, List<InputProblem> problems) {
    return write(report(texts, problems));
  }

  /** One text as a JSON object, with a final newline. */
  public static String json(ReadText text) {
    return write(fields(text));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts as a person reads them on a terminal: whatever an input holds, no control character gets through. */
  public static String text(List<ReadText> texts) {
    StringBuilder s = new StringBuilder();
    for (ReadText t : texts) {
      ArticleMetadata m = t.article().metadata();
      s.append(s.length() == 0 ? "" : "\n").append("== ").append(t.article().origin()).append('\n');
      s.append("title:    ").append(m.title().orElse("(not found)")).append('\n');
      s.append("date:     ").append(m.date().map(Object::toString).orElse("(not found)")).append('\n');
      s.append("outlet:   ").append(m.outlet().orElse("(not found)")).append('\n');
      s.append("url:      ").append(m.url().orElse("(not found)")).append('\n');
      s.append("language: ").append(t.english() ? "English" : "not English (not summarized)").append('\n');
      s.append("text:     ").append(t.stage().label()).append(", ").append(t.words()).append(" words");
      if (t.stage() == ReadText.Stage.PROSE) {
        s.append(" of ").append(t.extractedWords()).append(" extracted");
      }
      s.append("\n\n").append(t.text().isEmpty() ? "(no text kept: every line looked like page furniture)\n" : t.text());
    }
    return SafeText.neutralise(s.toString());
  }

  private static Map<String, Object> fields(ReadText t) {
    ArticleMetadata m = t.article().metadata();
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", t.article().id());
    f.put("origin", t.article().origin());
    f.put("title", m.title().orElse(null));
    f.put("date", m.date().map(Object::toString).orElse(null));
    f.put("outlet", m.outlet().orElse(null));
    f.put("url", m.url().orElse(null));
    f.put("english", t.english());
    f.put("stage", t.stage().label());
    f.put("words", t.words());
    f.put("extractedWords", t.extractedWords());
    f.put("text", t.text());
    return f;
  }

  /** The articles, then the problems, in this order every run (Map.of would order them anew in each process). */
  private static Map<String, Object> report(List<ReadText> texts, List<InputProblem> problems) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("articles", texts.stream().map(ExtractionRenderer::fields).toList());
    report.put("problems", problems.stream().map(ExtractionRenderer::problem).toList());
    return report;
  }

  private static Map<String, String> problem(InputProblem p) {
    Map<String, String> problem = new LinkedHashMap<>();
    problem.put("where", p.where());
    problem.put("message", p.message());
    return problem;
  }

}

package newsbrief.read;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsbrief.Article;

/**
 * InputCollector on a folder the fuzzer builds: up to five files (names from a small alphabet and
 * the article extensions, sidecars and others; contents any bytes) in the folder and a subfolder,
 * then inputs naming the folder, files, glob patterns or standard input (any bytes). The outcome
 * is articles and one-line problems, or one one-line error; never another exception. Patterns
 * stay inside the folder (no leading slash, no ..), so that a fuzzed {@code /**} does not walk the
 * machine.
 */
class InputCollectorFuzzTest {
  private static final String[] EXTENSIONS = {"txt", "html", "jsonl", "meta", "md", "htm", "ndjson", "pdf", ""};

  @FuzzTest
  void collectsOrRefusesInOneLine(FuzzedDataProvider data) throws IOException {
    Path dir = Files.createTempDirectory("newsbrief-fuzz");
    try {
      List<String> names = new ArrayList<>();
      int files = data.consumeInt(0, 5);
      for (int f = 0; f < files; f++) {
        String name = name(data.consumeString(12));
        String ext = data.pickValue(EXTENSIONS);
        String relative = (data.consumeBoolean() ? "sub/" : "") + name + (ext.isEmpty() ? "" : "." + ext);
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, data.consumeBytes(2000));
        names.add(relative);
      }
      List<String> inputs = new ArrayList<>();
      int count = data.consumeInt(1, 3);
      byte[] stdin = new byte[0];
      for (int i = 0; i < count; i++) {
        switch (data.consumeInt(0, 4)) {
          case 0 -> inputs.add(".");
          case 1 -> inputs.add(names.isEmpty() ? "missing.txt" : data.pickValue(names));
          case 2 -> inputs.add(inside(data.consumeString(20)));
          case 3 -> inputs.add("sub");
          default -> inputs.add("-");
        }
      }
      if (inputs.contains("-")) {
        stdin = data.consumeRemainingAsBytes();
      }
      byte[] piped = stdin;
      InputBatch batch = FuzzContract.onlyDocumentedErrors(
          () -> new InputCollector(dir, new ByteArrayInputStream(piped)).collect(inputs));
      if (batch != null) {
        for (Article article : batch.articles()) {
          assertFalse(Blank.isBlank(article.text()), "blank article accepted from " + article.origin());
        }
        for (InputProblem problem : batch.problems()) {
          assertFalse(problem.line().contains("\n") || problem.line().contains("\r"), problem.line());
        }
      }
    } finally {
      delete(dir);
    }
  }

  /** A file name of letters, digits, dashes and underscores, never empty. */
  private static String name(String fuzzed) {
    String name = fuzzed.replaceAll("[^A-Za-z0-9_-]", "");
    return name.isEmpty() ? "a" : name;
  }

  /** A pattern or path that stays inside the working folder. */
  private static String inside(String fuzzed) {
    String path = fuzzed.replace("..", "").replace('\0', '_');
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    return path;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

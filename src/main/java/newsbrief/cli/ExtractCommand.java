package newsbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import newsbrief.NewsbriefException;
import newsbrief.SafeText;
import newsbrief.clean.ReadText;
import newsbrief.read.InputBatch;
import newsbrief.render.ExtractionRenderer;
import newsbrief.render.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsbrief extract PATH...}: what the reader found in each input, the text (as extracted,
 * or the prose that is summarized) and the title, date, outlet and URL, read as {@code summarize}
 * reads them; with {@code -o DIR}, one file per input.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Shows what is read from each input: the article text and the title, date, outlet and URL found.",
        "%nInputs are read as summarize reads them (files, folders, glob patterns, - for standard input). "
            + "Inputs that cannot be used are listed on standard error.%n"},
    footer = {"%nExamples:",
        "  newsbrief extract saved-page.html",
        "  newsbrief extract pages/ --stage extracted -o extracted/",
        "  newsbrief extract 'feeds/**/*.html' --format json"})
final class ExtractCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec CommandSpec spec;

  @Mixin ReadOptions inputs;

  private ReadText.Stage stage = ReadText.Stage.PROSE;
  private boolean json;

  @Option(names = {"-o", "--output"}, order = 3, paramLabel = "DIR",
      description = "Write DIR/<input name without extension>.txt (the text alone; .json with --format json) "
          + "for each input instead of printing.")
  String output;

  @Option(names = "--verbose", order = 4, description = "Show the full error on failure.")
  boolean verbose;

  ExtractCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Option(names = "--stage", order = 1, paramLabel = "STAGE",
      description = "prose (default): the text that is summarized, page furniture dropped; extracted: the text as read.")
  void setStage(String name) {
    stage = switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "prose" -> ReadText.Stage.PROSE;
      case "extracted" -> ReadText.Stage.EXTRACTED;
      default -> throw new ParameterException(spec.commandLine(),
          "newsbrief: --stage " + name + ": not a stage (use prose or extracted)");
    };
  }

  @Option(names = {"-f", "--format"}, order = 2, paramLabel = "FORMAT", description = "Write text (default) or json.")
  void setFormat(String name) {
    json = switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> false;
      case "json" -> true;
      default -> throw new ParameterException(spec.commandLine(),
          "newsbrief: --format " + name + ": not a format of extract (use text or json)");
    };
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    InputBatch batch = inputs.request(environment).read();
    if (!batch.articles().isEmpty() || batch.problems().size() > 1) {
      batch.problemLines().forEach(line -> err.println("newsbrief: " + line));
      err.flush();
    }
    List<ReadText> texts = ReadText.of(batch.requireArticles(), stage);
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(json ? ExtractionRenderer.json(texts, batch.problems()) : ExtractionRenderer.text(texts));
    } else {
      Path dir = folder(environment.workingDir().resolve(output));
      Set<String> names = new HashSet<>();
      Map<Path, byte[]> files = new LinkedHashMap<>();
      for (ReadText t : texts) {
        String name = fileName(t.article().id(), names) + (json ? ".json" : ".txt");
        String content = json ? ExtractionRenderer.json(t) : SafeText.neutralise(t.text());
        files.put(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
      }
      OutputFiles.writeAll(files); // every file or none, as the other commands write
      out.printf(Locale.ROOT, "wrote %d %s to %s (%s)%n", texts.size(), texts.size() == 1 ? "file" : "files",
          SafeText.oneLine(output),
          json ? "JSON" : stage.label() + " text");
    }
    out.flush();
    return 0;
  }

  private static Path folder(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new NewsbriefException(dir.toString(), "cannot create this folder (" + Optional.ofNullable(e.getMessage())
          .orElse(e.getClass().getSimpleName()) + "; give -o a folder that can be written)");
    }
  }

  /** The article id as a file name: path separators and control characters replaced, unique within the run. */
  static String fileName(String id, Set<String> taken) {
    StringBuilder s = new StringBuilder();
    id.codePoints().forEach(c -> s.appendCodePoint(c == '/' || c == '\\' || Character.isISOControl(c) ? '_' : c));
    String base = s.toString().startsWith(".") ? "_" + s.substring(1) : s.toString();
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}

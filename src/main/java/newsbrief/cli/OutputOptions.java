package newsbrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import newsbrief.BriefReport;
import newsbrief.render.HtmlRenderer;
import newsbrief.render.JsonRenderer;
import newsbrief.render.MarkdownExplanationRenderer;
import newsbrief.render.MarkdownRenderer;
import newsbrief.render.OutputFiles;
import newsbrief.render.TextRenderer;
import newsbrief.story.DayBrief;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where and how {@code brief} and {@code summarize} write a day's brief (a mixin: one parser of
 * formats for both): {@code -f/--format} and {@code -o/--output}. Without {@code --format}, a
 * file's extension chooses, else the command's own default.
 */
final class OutputOptions {
  /** Standard output. */
  static final String STDOUT = "-";

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the brief to FILE, whole or not at all; - for standard output.")
  String output;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text, markdown, json or html (one page to read); with -o FILE and no --format, FILE's extension chooses.")
  void setFormat(String name) {
    format = OutputFormat.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "newsbrief: --format " + name + ": not an output format (use text, markdown, json or html; --input-format says how to read)"));
  }

  /** The format to write: as given, else by the target's extension, else {@code fallback}. */
  OutputFormat format(String target, OutputFormat fallback) {
    if (format != null) {
      return format;
    }
    return target.equals(STDOUT) ? fallback : OutputFormat.forFile(target, fallback);
  }

  /**
   * Renders the report in {@code format} and writes it to {@code target} (standard output for
   * {@code -}); a file is written whole or not at all and named on standard output.
   */
  void write(CliEnvironment environment, BriefReport report, OutputFormat chosen, String target, boolean explain) {
    DayBrief day = report.day();
    String rendered = switch (chosen) {
      case TEXT -> new TextRenderer(environment.interactive() && target.equals(STDOUT) ? environment.terminalWidth() : 0,
          explain).render(day);
      case MARKDOWN -> new MarkdownRenderer().render(day) + (explain ? new MarkdownExplanationRenderer().render(day) : "");
      case JSON -> new JsonRenderer(explain).render(report);
      case HTML -> new HtmlRenderer().render(day);
    };
    PrintWriter out = spec.commandLine().getOut();
    if (target.equals(STDOUT)) {
      out.print(rendered);
    } else {
      CliOutput.refuseInputAsOutput(spec.commandLine(), environment.workingDir(), target, report.input().batch().files());
      OutputFiles.writeAtomically(environment.workingDir().resolve(target), rendered);
      CliOutput.wrote(out, target, day.sentenceCount(), day.wordCount(), day.articles().size(),
          day.storyCount() > 1 ? " in " + day.storyCount() + " stories" : "");
    }
    out.flush();
  }
}

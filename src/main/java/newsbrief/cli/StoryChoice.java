package newsbrief.cli;

import newsbrief.BriefRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How {@code brief} and {@code summarize} cut the inputs into stories (a mixin): {@code --stories N}, {@code --flat}. */
final class StoryChoice {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private Integer stories;

  @Option(names = "--flat",
      description = "One brief of all the inputs, without grouping them into stories (standard error says how many they hold).")
  boolean flat;

  @Option(names = "--stories", paramLabel = "N",
      description = "Most stories with a section of their own (default: 8, or as many as a total length allows).")
  void setStories(int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(),
          "newsbrief: --stories " + value + ": at least one story needs a section (give a positive number)");
    }
    stories = value;
  }

  BriefRequest apply(BriefRequest request) {
    if (flat && stories != null) {
      throw new ParameterException(spec.commandLine(), "newsbrief: give --flat or --stories, not both");
    }
    return request.withFlat(flat).withMaxSections(stories == null ? Integer.MAX_VALUE : stories);
  }
}

package newsbrief.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsbrief completion}: picocli's bash/zsh completion script for the whole command tree. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Prints a bash completion script for newsbrief (zsh reads it too, after bashcompinit).",
        "Load it in the current shell, or save it where your shell looks for completions."},
    footer = {"%nExamples:",
        "  source <(newsbrief completion)",
        "  newsbrief completion > ~/.local/share/bash-completion/completions/newsbrief"})
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}

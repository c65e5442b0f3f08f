package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `rustplan completion bash|zsh`: prints a shell completion script for every command, option and
 * option value rustplan knows, made by picocli from the same annotations as the help.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for bash or zsh.",
      "It completes commands, options, and the values of options such as --color and --front-matter."
          + " zsh runs the bash script through its bashcompinit."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan completion bash > ~/.local/share/bash-completion/completions/rustplan",
      "  rustplan completion zsh > ~/.rustplan-completion.zsh",
      "      then add to ~/.zshrc: source ~/.rustplan-completion.zsh",
      "  source <(rustplan completion bash)     try it in this shell only"
    })
public final class CompletionCommand implements Runnable {

  /** The shells a script can be printed for, as completion offers them. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh").iterator();
    }
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash or zsh.")
  String shell;

  @Override
  public void run() {
    String name = shell.trim().toLowerCase(Locale.ROOT);
    if (!name.equals("bash") && !name.equals("zsh")) {
      throw RustplanException.usage("no completion for the shell '" + shell + "': choose bash or zsh");
    }
    String script = AutoComplete.bash("rustplan", spec.root().commandLine());
    if (name.equals("zsh")) {
      // picocli's script starts zsh's bashcompinit itself when it finds ZSH_VERSION set.
      script = "# rustplan completion for zsh: load it with `source` from ~/.zshrc\n" + script;
    }
    spec.commandLine().getOut().print(script);
  }
}

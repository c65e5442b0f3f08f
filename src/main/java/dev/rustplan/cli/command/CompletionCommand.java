package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.completion.CompletionTree;
import dev.rustplan.cli.completion.PlanCandidates;
import dev.rustplan.cli.completion.Shell;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan completion bash|zsh|fish`: prints a shell completion script, written from the same
 * picocli model as the help (see {@link CompletionTree}); the scripts call back with the hidden
 * --candidates for what only the active plan knows, its days and weeks.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for bash, zsh or fish.",
      "It completes commands, options and their values: files where a file is asked for, folders where a folder is,"
          + " the plan's days and weeks (of the --plan or RUSTPLAN_PLAN in use, asked of rustplan as you press Tab),"
          + " the values of --color, --front-matter and --format, and each config key's values."
          + " Write the script again after an upgrade."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan completion bash > ~/.local/share/bash-completion/completions/rustplan",
      "  rustplan completion zsh > ~/.zfunc/_rustplan",
      "      with fpath=(~/.zfunc $fpath) above compinit in ~/.zshrc",
      "  rustplan completion fish > ~/.config/fish/completions/rustplan.fish",
      "  source <(rustplan completion bash)     try it in this shell only"
    })
public final class CompletionCommand implements Runnable {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shell.Names.class, description = "bash, zsh or fish.")
  String shell;

  // Not for the learner: how the scripts ask for the active plan's days or weeks while completing.
  @Option(names = PlanCandidates.OPTION, hidden = true, paramLabel = "KIND")
  String candidates;

  @Override
  public void run() {
    Shell chosen = Shell.named(shell);
    String text = candidates != null
        ? PlanCandidates.lines(root.plan(), PlanCandidates.Kind.named(candidates), chosen)
        : chosen.script(CompletionTree.of(spec.root()));
    spec.commandLine().getOut().print(text);
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.cli.text.TodayView;
import dev.rustplan.desktop.PromptSnippet;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `rustplan prompt bash|zsh|fish|starship`: a snippet that shows today's line with each prompt. */
@Command(
    name = "prompt",
    mixinStandardHelpOptions = true,
    description = {
      "Print a snippet that shows today's line (rustplan today --brief) with each shell prompt.",
      "For bash, zsh and fish the line comes above the prompt, from a hook that leaves your prompt as it is"
          + " (bash's PROMPT_COMMAND, added to; zsh's precmd; fish's fish_prompt event); for starship it is a"
          + " [custom.rustplan] module. Each prompt runs rustplan once, which answers from its saved output without"
          + " starting Java while nothing changed. Nothing is shown before you start the plan, nor where rustplan"
          + " is not on PATH."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan prompt bash >> ~/.bashrc",
      "  rustplan prompt zsh >> ~/.zshrc",
      "  rustplan prompt fish > ~/.config/fish/conf.d/rustplan.fish",
      "  rustplan prompt starship >> ~/.config/starship.toml"
    })
public final class PromptCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh, fish or starship.")
  String shell;

  /** The snippets' names, for completion. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(PromptSnippet.values()).map(PromptSnippet::label).iterator();
    }
  }

  @Override
  public void run() {
    spec.commandLine().getOut().print(PromptSnippet.named(shell).text(TodayView.NOT_STARTED));
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * `rustplan help [COMMAND...]`: a command's help with its examples. picocli's own help command
 * stops at the first word; this one follows nested commands such as `plan check`.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Show the help of a command, with its examples (default: rustplan's own).",
    footerHeading = "%nExamples:%n",
    footer = {"  rustplan help today", "  rustplan help plan check"})
public final class HelpCommand implements IHelpCommandInitializable2, Runnable {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
  boolean help;

  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "A command, e.g. today or plan check.")
  List<String> names = new ArrayList<>();

  private CommandLine self;
  private ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String name : names) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null) {
        throw RustplanException.usage("'" + target.getCommandSpec().qualifiedName() + "' has no command '" + name
            + "'; it has: " + String.join(", ", target.getSubcommands().keySet()));
      }
      target = sub;
    }
    target.usage(out, colors);
  }
}

package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.FileSteps;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that builds rustplan's CommandLine: subcommands, writers, and how errors end.
 * The launcher ({@link Main}) and every test run exactly what this returns.
 */
public final class Cli {

  private Cli() {}

  public static CommandLine create(Env env, PrintWriter out, PrintWriter err) {
    return create(env, FileSteps.system(), out, err);
  }

  /** The same, writing the journal through the given steps (the fault-injection tests make them fail). */
  public static CommandLine create(Env env, FileSteps steps, PrintWriter out, PrintWriter err) {
    RootCommand root = new RootCommand(env, steps);
    CommandLine cmd = new CommandLine(root);
    SearchCommand.planOnlyOption(cmd);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // After every subcommand is in place: picocli registers a converter with the commands present.
    cmd.registerConverter(LocalDate.class, new DateOption(env));
    // Until --color is parsed, nothing may colour; picocli's own guess would read the real terminal.
    cmd.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cmd.setExecutionStrategy(coloured(root));
    cmd.setExecutionExceptionHandler(executionErrors(root));
    cmd.setParameterExceptionHandler(usageErrors());
    return cmd;
  }

  /** Once the options are parsed, help and usage texts take the colour {@link Style} decided on. */
  private static IExecutionStrategy coloured(RootCommand root) {
    return parsed -> {
      parsed.commandSpec().root().commandLine().setColorScheme(Help.defaultColorScheme(root.style().ansi()));
      return new RunLast().execute(parsed);
    };
  }

  /** A RustplanException becomes its one line; anything else is a bug, shown in full only with --verbose. */
  private static IExecutionExceptionHandler executionErrors(RootCommand root) {
    return (Exception ex, CommandLine cl, ParseResult parsed) -> {
      PrintWriter err = cl.getErr();
      if (ex instanceof RustplanException user) {
        err.println("rustplan: " + user.getMessage());
        if (root.verbose()) {
          ex.printStackTrace(err);
        }
        return user.exitCode();
      }
      err.println("rustplan: unexpected error: " + ex
          + " (this is a bug in rustplan; run again with --verbose for the stack trace to report)");
      if (root.verbose()) {
        ex.printStackTrace(err);
      }
      return RustplanException.FAILURE;
    };
  }

  /**
   * Usage errors get one specific line, picocli's "did you mean" for a misspelt command or option,
   * and a pointer to --help, never the whole usage text. --verbose adds the stack trace here too.
   */
  private static IParameterExceptionHandler usageErrors() {
    return (ParameterException ex, String[] args) -> {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("rustplan: " + ex.getMessage());
      if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
        // picocli lists the closest first; the rest are often far off ("reopen" for "calender").
        err.println("Did you mean: " + unmatched.getSuggestions().get(0) + "?");
      }
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      if (Arrays.asList(args).contains("--verbose")) {
        ex.printStackTrace(err);
      }
      return RustplanException.USAGE;
    };
  }
}

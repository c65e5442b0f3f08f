package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.FileSteps;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

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
    cmd.setExecutionExceptionHandler(executionErrors(root));
    cmd.setParameterExceptionHandler(usageErrors());
    return cmd;
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
      err.println("rustplan: unexpected error: " + ex + " (run again with --verbose for details)");
      if (root.verbose()) {
        ex.printStackTrace(err);
      }
      return RustplanException.FAILURE;
    };
  }

  /** Usage errors get one specific line and a pointer to --help, never the whole usage text. */
  private static IParameterExceptionHandler usageErrors() {
    return (ParameterException ex, String[] args) -> {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("rustplan: " + ex.getMessage());
      err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      return RustplanException.USAGE;
    };
  }
}

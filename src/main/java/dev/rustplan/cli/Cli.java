package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.FileSteps;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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

  /** A subcommand by name, built only when asked for. */
  private record Subcommand(String name, Supplier<Object> command) {}

  /**
   * Every subcommand, in the order --help lists them. picocli reads a command's annotations by
   * reflection when it is added, which costs start-up time for each, so a run builds only the one
   * it needs (see {@link #create(Env, FileSteps, PrintWriter, PrintWriter, String...)}).
   */
  private static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("start", StartCommand::new),
          new Subcommand("today", TodayCommand::new),
          new Subcommand("log", LogCommand::new),
          new Subcommand("done", DoneCommand::new),
          new Subcommand("skip", SkipCommand::new),
          new Subcommand("reopen", ReopenCommand::new),
          new Subcommand("progress", ProgressCommand::new),
          new Subcommand("plan", PlanCommand::new),
          new Subcommand("show", ShowCommand::new),
          new Subcommand("week", WeekCommand::new),
          new Subcommand("resources", ResourcesCommand::new),
          new Subcommand("config", ConfigCommand::new),
          new Subcommand("blog", BlogCommand::new),
          new Subcommand("review", ReviewCommand::new),
          new Subcommand("undo", UndoCommand::new),
          new Subcommand("doctor", DoctorCommand::new),
          new Subcommand("search", SearchCommand::new),
          new Subcommand("export", ExportCommand::new),
          new Subcommand("import", ImportCommand::new),
          new Subcommand("practice", PracticeCommand::new),
          new Subcommand("calendar", CalendarCommand::new),
          new Subcommand("next", NextCommand::new),
          new Subcommand("reschedule", RescheduleCommand::new),
          new Subcommand("completion", CompletionCommand::new),
          new Subcommand("help", HelpCommand::new));

  /** Commands that need their siblings in place: help describes them, completion lists them. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");

  /** Global options that take a value, so that the value is not taken for a command's name. */
  private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("--plan", "--color");

  private Cli() {}

  /** The whole command line, every subcommand built. */
  public static CommandLine create(Env env, PrintWriter out, PrintWriter err) {
    return create(env, FileSteps.system(), out, err);
  }

  /** The command line for these arguments (see below), writing the journal to disk. */
  public static CommandLine create(Env env, PrintWriter out, PrintWriter err, String... args) {
    return create(env, FileSteps.system(), out, err, args);
  }

  /**
   * The command line for these arguments, writing the journal through the given steps (the
   * fault-injection tests make them fail). When the arguments name a subcommand, only that one is
   * built; otherwise (no command, --help, help, completion, a misspelt name) all of them, so that
   * help lists them all and a misspelling gets its suggestion. Either way the arguments parse and
   * run the same.
   */
  public static CommandLine create(Env env, FileSteps steps, PrintWriter out, PrintWriter err, String... args) {
    RootCommand root = new RootCommand(env, steps);
    CommandLine cmd = new CommandLine(root);
    String wanted = commandName(args);
    for (Subcommand sub : SUBCOMMANDS) {
      if (wanted == null || NEED_ALL.contains(wanted) || sub.name().equals(wanted)) {
        cmd.addSubcommand(sub.name(), sub.command().get());
      }
    }
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

  /** The first argument that is neither a global option nor its value, when it names a subcommand. */
  private static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        boolean known = SUBCOMMANDS.stream().anyMatch(s -> s.name().equals(arg));
        return known ? arg : null;
      }
    }
    return null;
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

package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.command.BlogCommand;
import dev.rustplan.cli.command.CalendarCommand;
import dev.rustplan.cli.command.CompletionCommand;
import dev.rustplan.cli.command.ConfigCommand;
import dev.rustplan.cli.command.DateOption;
import dev.rustplan.cli.command.PathOption;
import dev.rustplan.cli.command.DoctorCommand;
import dev.rustplan.cli.command.ExportCommand;
import dev.rustplan.cli.command.HelpCommand;
import dev.rustplan.cli.command.ImportCommand;
import dev.rustplan.cli.command.PlanCommand;
import dev.rustplan.cli.command.PracticeCommand;
import dev.rustplan.cli.command.PromptCommand;
import dev.rustplan.cli.command.RemindCommand;
import dev.rustplan.cli.command.ProgressCommand;
import dev.rustplan.cli.command.ResourcesCommand;
import dev.rustplan.cli.command.SearchCommand;
import dev.rustplan.cli.command.SyncCommand;
import dev.rustplan.cli.command.MergeDriverCommand;
import dev.rustplan.cli.command.StatsCommand;
import dev.rustplan.cli.command.ReportCommand;
import dev.rustplan.cli.command.UndoCommand;
import dev.rustplan.cli.command.daily.DoneCommand;
import dev.rustplan.cli.command.daily.LogCommand;
import dev.rustplan.cli.command.daily.NextCommand;
import dev.rustplan.cli.command.daily.ReopenCommand;
import dev.rustplan.cli.command.daily.RescheduleCommand;
import dev.rustplan.cli.command.daily.ReviewCommand;
import dev.rustplan.cli.command.daily.StudyCommand;
import dev.rustplan.cli.command.daily.ShowCommand;
import dev.rustplan.cli.command.daily.SkipCommand;
import dev.rustplan.cli.command.daily.StartCommand;
import dev.rustplan.cli.command.daily.TodayCommand;
import dev.rustplan.cli.command.daily.WeekCommand;
import dev.rustplan.files.FileSteps;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine;

/**
 * The one place that builds rustplan's CommandLine: subcommands, writers, and how errors end.
 * The launcher ({@link Main}) and every test run exactly what this returns.
 */
public final class Cli {

  /** Every subcommand's name, in the order --help lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of(
          "start", "today", "log", "done", "skip", "reopen",
          "progress", "plan", "show", "week", "resources", "config",
          "blog", "review", "undo", "doctor", "search", "export",
          "import", "practice", "calendar", "next", "reschedule", "completion",
          "stats", "report", "prompt", "remind",
          "help", "sync", "merge-driver", "study");

  /**
   * A subcommand, built when asked for: an annotated command, or the model of one declared in
   * code (see {@link SpecBuilder}). picocli reads a command's annotations by reflection when it is
   * added, which costs start-up time for each, so a run builds only the one it needs (see
   * {@link #create(Env, FileSteps, PrintWriter, PrintWriter, String...)}). A switch, not a table of
   * constructor references: linking 25 of those costs a start-up more than the switch ever will.
   */
  private static Object subcommand(String name, RootCommand root) {
    return switch (name) {
      case "start" -> new StartCommand();
      case "today" -> TodayCommand.spec(root);
      case "log" -> LogCommand.spec(root);
      case "done" -> DoneCommand.spec(root);
      case "skip" -> new SkipCommand();
      case "reopen" -> new ReopenCommand();
      case "progress" -> new ProgressCommand();
      case "plan" -> new PlanCommand();
      case "show" -> ShowCommand.spec(root);
      case "week" -> new WeekCommand();
      case "resources" -> new ResourcesCommand();
      case "config" -> new ConfigCommand();
      case "blog" -> new BlogCommand();
      case "review" -> new ReviewCommand();
      case "undo" -> new UndoCommand();
      case "doctor" -> new DoctorCommand();
      case "search" -> new SearchCommand();
      case "export" -> new ExportCommand();
      case "import" -> new ImportCommand();
      case "practice" -> new PracticeCommand();
      case "calendar" -> new CalendarCommand();
      case "next" -> new NextCommand();
      case "reschedule" -> new RescheduleCommand();
      case "completion" -> new CompletionCommand();
      case "stats" -> new StatsCommand();
      case "report" -> new ReportCommand();
      case "prompt" -> new PromptCommand();
      case "remind" -> new RemindCommand();
      case "help" -> new HelpCommand();
      case "sync" -> new SyncCommand();
      case "merge-driver" -> new MergeDriverCommand();
      case "study" -> new StudyCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

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
    CommandLine cmd = new CommandLine(root.spec());
    String wanted = commandName(args);
    for (String name : SUBCOMMANDS) {
      if (wanted == null || NEED_ALL.contains(wanted) || name.equals(wanted)) {
        cmd.addSubcommand(name, subcommand(name, root));
      }
    }
    SearchCommand.planOnlyOption(cmd);
    if (mayShowHelp(args)) {
      // Help's layout wraps every help section of every command built: a run that cannot print
      // help (today, log ...) does not pay for it at start-up.
      HelpLayout.apply(cmd);
      dev.rustplan.cli.text.HelpWidth.fit(cmd, root::width);
    }
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // After every subcommand is in place: picocli registers a converter with the commands present.
    cmd.registerConverter(LocalDate.class, new DateOption(env));
    cmd.registerConverter(Path.class, new PathOption());
    // Until --color is parsed, nothing may colour; picocli's own guess would read the real terminal.
    cmd.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cmd.setExecutionStrategy(coloured(root));
    cmd.setExecutionExceptionHandler(executionErrors(root));
    cmd.setParameterExceptionHandler(new UsageErrors());
    return cmd;
  }

  /**
   * Whether this run may print a help text: `help`, `--help`, or `-h` alone or among short options
   * (`-hV`). With no arguments (bare `rustplan`, the whole tree a test or completion asks for) it may too.
   */
  private static boolean mayShowHelp(String[] args) {
    if (args == null || args.length == 0) {
      return true;
    }
    for (String arg : args) {
      if (arg.equals("help") || arg.equals("--help") || arg.startsWith("-") && !arg.startsWith("--") && arg.indexOf('h') > 0) {
        return true;
      }
    }
    return false;
  }

  /** The first argument that is neither a global option nor its value, when it names a subcommand. */
  private static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (GLOBAL_OPTIONS_WITH_VALUE.contains(arg)) {
        i++;
      } else if (!arg.startsWith("-")) {
        return SUBCOMMANDS.contains(arg) ? arg : null;
      }
    }
    return null;
  }

  // The two handlers are named classes, not lambdas: every run builds both, and a lambda costs a
  // cold start about 0.3 ms to link on first use, a class a third of that.

  private static IExecutionStrategy coloured(RootCommand root) {
    return new Coloured(root);
  }

  /** Once the options are parsed, help and usage texts take the colour {@link Style} decided on. */
  private static final class Coloured implements IExecutionStrategy {
    private final RootCommand root;

    Coloured(RootCommand root) {
      this.root = root;
    }

    @Override
    public int execute(ParseResult parsed) {
      parsed.commandSpec().root().commandLine().setColorScheme(Help.defaultColorScheme(root.style().ansi()));
      return new RunLast().execute(parsed);
    }
  }

  private static IExecutionExceptionHandler executionErrors(RootCommand root) {
    return new ExecutionErrors(root);
  }

  /** A RustplanException becomes its one line; anything else is a bug, shown in full only with --verbose. */
  private static final class ExecutionErrors implements IExecutionExceptionHandler {
    private final RootCommand root;

    ExecutionErrors(RootCommand root) {
      this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
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
    }
  }
}

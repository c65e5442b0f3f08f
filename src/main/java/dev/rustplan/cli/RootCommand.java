package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.command.CommandLabel;
import dev.rustplan.cli.text.ColorMode;
import dev.rustplan.cli.text.Orientation;
import dev.rustplan.cli.text.Style;
import dev.rustplan.cli.text.TerminalWidth;
import dev.rustplan.cli.text.TodayView;
import dev.rustplan.files.FileSteps;
import dev.rustplan.journal.Journal;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.plan.load.PlanReport;
import dev.rustplan.startup.JournalDigest;
import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.PlanCache;
import dev.rustplan.store.JournalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** The top-level `rustplan` command: global options and the services its subcommands share. */
public final class RootCommand implements Runnable {

  private final Env env;
  private final FileSteps steps;
  private final CommandSpec spec;

  private final OptionValue<Path> planFile = new OptionValue<>(null);
  private final OptionValue<Boolean> verbose = new OptionValue<>(false);
  private final OptionValue<ColorMode> color = new OptionValue<>(ColorMode.AUTO);

  private Style style;

  /** The screen's width, once asked; 0 before. */
  private int width;

  /** Loaded on first use only: commands that need no plan never parse one. */
  private PlanReport planReport;

  private Plan plan;

  RootCommand(Env env, FileSteps steps) {
    this.env = env;
    this.steps = steps;
    this.spec = declare();
  }

  /** Declared in code, not by annotations: see {@link SpecBuilder}. */
  private CommandSpec declare() {
    CommandSpec root =
        SpecBuilder.command("rustplan", this)
            .description("A study companion for the 100-day Rust deep-dive plan.")
            .examples(
                "  rustplan today              what to study today",
                "  rustplan log --learned \"...\" --minutes 40 && rustplan done",
                "  rustplan help calendar      help and examples for one command",
                "  rustplan --color never progress | less",
                "%nErrors are one line on stderr saying what was wrong and what to do; --verbose adds the stack trace.")
            // The global options: every subcommand inherits them, and they set the values here.
            .add(global(OptionSpec.builder("--plan").type(Path.class).paramLabel("FILE"), planFile)
                .description("Use this plan file instead of the bundled one (also: RUSTPLAN_PLAN).").build())
            .add(global(OptionSpec.builder("--verbose").type(boolean.class), verbose)
                .description("Show the full stack trace when something fails.").build())
            .add(global(OptionSpec.builder("--color").type(ColorMode.class).paramLabel("WHEN"), color)
                .converters(new ColorMode.Converter())
                .completionCandidates(new ColorMode.Names())
                .description("Colour the output: auto (only when stdout is a terminal), always or never."
                    + " NO_COLOR set to anything turns colour off.")
                .build())
            .build();
    root.versionProvider(new VersionProvider());
    Map<String, String> exits = new LinkedHashMap<>();
    exits.put("0", "done as asked");
    exits.put("1", "failed (a file that cannot be read or written, a journal or plan that does not parse)");
    exits.put("2", "usage error (a bad command, option or value); the message says what is allowed");
    exits.put("130", "interrupted (Ctrl-C); a journal write is either complete or not begun");
    root.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(exits);
    return root;
  }

  private static OptionSpec.Builder global(OptionSpec.Builder option, OptionValue<?> value) {
    return SpecBuilder.bound(option, value).scopeType(ScopeType.INHERIT);
  }

  /** rustplan's picocli model, to build the command line from. */
  CommandSpec spec() {
    return spec;
  }

  /** The active plan file: --plan, else RUSTPLAN_PLAN, else the bundled plan. */
  public PlanSource planSource() {
    if (planFile.value() != null) {
      return PlanSource.file(planFile.value(), "--plan");
    }
    Optional<String> file = env.get("RUSTPLAN_PLAN");
    return file.isPresent() ? PlanSource.file(Path.of(file.get()), "RUSTPLAN_PLAN") : PlanSource.bundled();
  }

  /** The active plan's load report, read once per run. */
  public PlanReport planReport() {
    if (planReport == null) {
      planReport = PlanLoader.load(planSource());
    }
    return planReport;
  }

  /**
   * The active plan; a plan file with errors is refused with the check's errors. It comes from the
   * plan cache when the file has not changed: parsing Markdown is most of a cold start-up.
   */
  public Plan plan() {
    if (plan == null) {
      plan = planReport != null
          ? planReport.requirePlan()
          : new PlanCache(env.cacheHome().resolve("plans")).plan(planSource());
    }
    return plan;
  }

  /**
   * Columns to lay every screen out for, the help's included: the terminal's when stdout is one,
   * else $COLUMNS, else 80 (see {@link TerminalWidth}); found once per run.
   */
  public int width() {
    if (width == 0) {
      // The launcher asks the terminal (stty, about 1 ms) and passes the answer; without it (java -jar,
      // a test) the JVM asks itself, which costs about 16 ms, only when stdout is a terminal.
      width = TerminalWidth.of(env.terminal(), LauncherProperties.system().terminalColumns(), env.get("COLUMNS"),
          TerminalWidth.ASKED);
    }
    return width;
  }

  public Env env() {
    return env;
  }

  public Clock clock() {
    return env.clock();
  }

  /**
   * The journal as `today` needs it: the note texts it never shows left out, from a cache kept
   * beside the parsed plans, so that a large journal does not slow the morning command down.
   */
  public Journal journalForToday() {
    return new JournalDigest(store(), env.cacheHome().resolve("journal")).read();
  }

  /** The learner's journal, in the data folder ({@link Env#home()}); its changes are kept for undo under this command line. */
  public JournalStore store() {
    return new JournalStore(env.home(), steps, env.clock(), new Label(spec));
  }

  /** The command line as typed, worked out only when a change is saved (a class: a lambda costs 0.3 ms to link). */
  private static final class Label implements java.util.function.Supplier<String> {
    private final CommandSpec spec;

    Label(CommandSpec spec) {
      this.spec = spec;
    }

    @Override
    public String get() {
      return CommandLabel.of(spec.commandLine().getParseResult());
    }
  }

  /** How to style output for this run (see {@link Style#decide}). */
  public Style style() {
    if (style == null) {
      style = Style.decide(color.value(), env);
    }
    return style;
  }

  public boolean verbose() {
    return verbose.value();
  }

  /** Bare `rustplan`: a short orientation; `--help` and `rustplan help` give the whole help. */
  @Override
  public void run() {
    String brief;
    String name;
    try {
      Plan active = plan();
      name = active.title();
      brief = new TodayView(active, journalForToday().plan(active.id()), clock(), width(), style()).brief();
    } catch (RustplanException e) {
      // A plan or journal at fault: the orientation still orients, and sends the learner to doctor.
      name = "your study plan";
      brief = null;
    }
    spec.commandLine().getOut().print(Orientation.render(name, brief, env.home().resolve("progress.json"), width()));
  }
}

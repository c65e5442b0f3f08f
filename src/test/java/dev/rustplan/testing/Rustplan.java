package dev.rustplan.testing;

import dev.rustplan.cli.Cli;
import dev.rustplan.cli.Env;
import dev.rustplan.cli.Main;
import dev.rustplan.files.FileSteps;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs rustplan in-process through the same CommandLine the launcher builds, with a temporary
 * RUSTPLAN_HOME, a fixed date and captured stdout and stderr.
 */
public final class Rustplan {

  /** The date tests act on unless they say otherwise: a Monday. */
  public static final String DEFAULT_TODAY = "2026-03-02";

  private final Map<String, String> vars = new HashMap<>();
  private String stdin = "";
  private boolean interactive;
  private FileSteps steps;
  private boolean terminal;
  private ZoneId zone = ZoneId.of("UTC");
  private Clock clock;
  private KeyScript keys;

  public Rustplan(Path home) {
    vars.put("RUSTPLAN_HOME", home.toString());
    vars.put("RUSTPLAN_TODAY", DEFAULT_TODAY);
    vars.put("HOME", home.resolve("user-home").toString());
    vars.put("XDG_CACHE_HOME", SharedCache.FOLDER.toString());
  }

  /** Acts as if it were this date (YYYY-MM-DD) from now on. */
  public Rustplan today(String date) {
    vars.put("RUSTPLAN_TODAY", date);
    return this;
  }

  /** Runs in this time zone (the system clock's, with its rules), as a learner with TZ set would. */
  public Rustplan zone(String id) {
    this.zone = ZoneId.of(id);
    return this;
  }

  public Rustplan env(String name, String value) {
    if (value == null) {
      vars.remove(name);
    } else {
      vars.put(name, value);
    }
    return this;
  }

  public Rustplan stdin(String text) {
    this.stdin = text;
    return this;
  }

  /**
   * Reads stdin from this script of keys, whose reads move the system clock on (see {@link
   * KeyScript}); RUSTPLAN_NOW, when set, still names the moment the command starts at.
   */
  public Rustplan keys(KeyScript script) {
    this.keys = script;
    this.clock = script.clock();
    return this;
  }

  /** Pretends stdin and stdout are a terminal (for the editor path of `log`, and colour). */
  public Rustplan interactive(boolean interactive) {
    this.interactive = interactive;
    this.terminal = interactive;
    return this;
  }

  /** Pretends stdout alone is a terminal (for colour); otherwise it is a pipe. */
  public Rustplan terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  /** Writes the journal through these steps (the fault-injection tests make them fail). */
  public Rustplan fileSteps(FileSteps steps) {
    this.steps = steps;
    return this;
  }

  public Path home() {
    return Path.of(vars.get("RUSTPLAN_HOME"));
  }

  /**
   * The whole command line, every subcommand built, as `rustplan --help` builds it, for this
   * setup (output goes nowhere): for tests that read the commands from the model itself.
   */
  public CommandLine commandLine() {
    return Cli.create(env(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  private Env env() {
    Clock system = clock != null ? clock : Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), zone);
    return new Env(
        vars,
        system,
        keys != null ? keys : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        interactive,
        terminal);
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env = env();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int exit = steps == null
        ? Main.run(env, outWriter, errWriter, args)
        : Cli.create(env, steps, outWriter, errWriter, args).execute(args);
    outWriter.flush();
    errWriter.flush();
    return new Result(exit, out.toString(), err.toString());
  }
}

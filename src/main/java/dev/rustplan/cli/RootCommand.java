package dev.rustplan.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level `rustplan` command: global options and the services its subcommands share. */
@Command(
    name = "rustplan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A study companion for the 100-day Rust deep-dive plan.",
    subcommands = {ConfigCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done as asked",
      "1:failed (a file that cannot be read or written, a journal that does not parse)",
      "2:usage error (a bad command, option or value)"
    })
public final class RootCommand implements Runnable {

  private final Env env;

  @Spec CommandSpec spec;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "Use this plan file instead of the bundled one (also: RUSTPLAN_PLAN).")
  Path planFile;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the full stack trace when something fails.")
  boolean verbose;

  RootCommand(Env env) {
    this.env = env;
  }

  public Env env() {
    return env;
  }

  public Clock clock() {
    return env.clock();
  }

  public boolean verbose() {
    return verbose;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}

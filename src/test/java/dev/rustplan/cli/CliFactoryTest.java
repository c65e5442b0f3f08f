package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The factory builds only the command a run names; nothing a user sees may depend on that. */
class CliFactoryTest {

  @TempDir Path home;

  /**
   * `rustplan --help` and `rustplan help` list every command of the real command line exactly once,
   * each on its own line of a group (Every day, The plan, ...): a new command is covered without
   * touching this test, and one left out of the groups still shows (under More).
   */
  @ParameterizedTest(name = "rustplan {0}")
  @ValueSource(strings = {"--help", "help"})
  void helpListsEveryCommandOnceInItsGroups(String args) {
    // Every command but the hidden plumbing (merge-driver, which git runs).
    List<String> commands = new Rustplan(home).commandLine().getSubcommands().entrySet().stream()
        .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden()).map(java.util.Map.Entry::getKey).toList();
    assertThat(commands).contains("start", "today", "log", "done", "skip", "reopen", "progress", "plan", "show", "week",
        "resources", "config", "blog", "help");

    var result = new Rustplan(home).run(args);
    assertThat(result).succeeds().out().contains("\nEvery day:\n  today ", "\nSetup:\n");
    assertThat(commandsSections(result.out())).as("the commands listed in%n%s", result.out())
        .containsExactlyInAnyOrderElementsOf(commands);
  }

  /** Bare `rustplan` orients in at most 15 lines: today's one line, the everyday commands, where the notes are. */
  @Test
  void bareRustplanIsAShortOrientation() {
    var result = new Rustplan(home).run();
    assertThat(result).succeeds().out()
        .contains("Day 1/100 · Rust memory layout fundamentals · not started (rustplan start)",
            "rustplan today", "rustplan log", "rustplan done", "rustplan blog",
            "Your notes: " + home.resolve("progress.json"), "rustplan help")
        .doesNotContain("--verbose", "Usage:");
    assertThat(result.out().lines()).hasSizeLessThanOrEqualTo(15);
  }

  /** A command's help lists its own options only, and points once at the global ones. */
  @Test
  void aCommandsHelpDoesNotRepeatTheGlobalOptions() {
    var result = new Rustplan(home).run("log", "--help");
    assertThat(result).succeeds().out().startsWith("Usage: rustplan log [OPTIONS] [DAY]\n")
        .contains("--learned=TEXT", "Global options (--plan, --color, --verbose) and -h/--help")
        .doesNotContain("-V, --version", "--color=WHEN", "--plan=FILE", "Show this help message");
    // The layout is put in place only when a run may print help; -h and help must not miss it.
    assertThat(new Rustplan(home).run("log", "-h").out()).isEqualTo(result.out());
    assertThat(new Rustplan(home).run("help", "log").out()).startsWith("Usage: rustplan log [OPTIONS] [DAY]\n");
  }

  /** The names the group sections list: their lines that start a command, not their continuations. */
  private static List<String> commandsSections(String help) {
    List<String> lines = help.lines().toList();
    int start = lines.indexOf("Every day:");
    assertThat(start).as("an Every day: section in%n%s", help).isNotNegative();
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (line.startsWith("Exit status") || line.startsWith("Examples")) {
        break;
      }
      if (line.isBlank() || line.endsWith(":") && !line.startsWith(" ")) {
        continue;
      }
      Matcher m = COMMAND_LINE.matcher(line);
      if (m.matches()) {
        names.add(m.group(1));
      } else {
        assertThat(line).as("a line of a command group that neither names a command nor continues a description")
            .startsWith("              ");
      }
    }
    return names;
  }

  /** "  NAME   Description": two spaces, the name, at least two spaces (or the end), then its text. */
  private static final Pattern COMMAND_LINE = Pattern.compile("  ([a-z][a-z-]*)(?:\\s{2,}\\S.*)?");

  @Test
  void aGlobalOptionsValueIsNotTakenForTheCommand() {
    Path plan = Path.of("src/test/resources/plans/10-days-of-sql.md");
    var result = new Rustplan(home).run("--plan", plan.toString(), "show", "1");
    assertThat(result).succeeds().out().contains("Day 1");
  }

  @Test
  void aMisspeltCommandGetsASuggestionOnOneLine() {
    var result = new Rustplan(home).run("shw", "5");
    assertThat(result).failsWith(2,
        "rustplan: unknown command 'shw'; did you mean 'show'? (rustplan help lists them)");
  }
}

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
   * `rustplan --help`, `rustplan help` and a bare `rustplan` list every command of the real command
   * line, each on its own line of the Commands section, in the order of the command line: a new
   * command is covered without touching this test.
   */
  @ParameterizedTest(name = "rustplan {0}")
  @ValueSource(strings = {"--help", "help", ""})
  void helpListsEveryCommand(String args) {
    List<String> commands = List.copyOf(new Rustplan(home).commandLine().getSubcommands().keySet());
    assertThat(commands).contains("start", "today", "log", "done", "skip", "reopen", "progress", "plan", "show", "week",
        "resources", "config", "blog", "help");

    var result = new Rustplan(home).run(args.isEmpty() ? new String[0] : new String[] {args});
    assertThat(result).succeeds();
    assertThat(commandsSection(result.out())).as("the commands listed in%n%s", result.out())
        .containsExactlyElementsOf(commands);
  }

  /** The names the Commands section lists: its lines that start a command, not their continuations. */
  private static List<String> commandsSection(String help) {
    List<String> lines = help.lines().toList();
    int start = lines.indexOf("Commands:");
    assertThat(start).as("a Commands: section in%n%s", help).isNotNegative();
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      Matcher m = COMMAND_LINE.matcher(line);
      if (m.matches()) {
        names.add(m.group(1));
      } else {
        assertThat(line).as("a line of the Commands section that neither names a command nor continues a description")
            .startsWith("                ");
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
    assertThat(result).failsWithUsageErrorAndPicocliHint(2, "'shw'", "Did you mean: show?");
  }
}

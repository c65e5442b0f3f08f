package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factory builds only the command a run names; nothing a user sees may depend on that. */
class CliFactoryTest {

  @TempDir Path home;

  @Test
  void helpListsEveryCommand() {
    var result = new Rustplan(home).run("--help");
    assertThat(result)
        .succeeds()
        .out()
        .contains("start", "today", "log", "done", "skip", "reopen", "progress", "plan", "show", "week")
        .contains("resources", "config", "blog");
  }

  @Test
  void aGlobalOptionsValueIsNotTakenForTheCommand() {
    Path plan = Path.of("src/test/resources/plans/10-days-of-sql.md");
    var result = new Rustplan(home).run("--plan", plan.toString(), "show", "1");
    assertThat(result).succeeds().out().contains("Day 1");
  }

  @Test
  void aMisspeltCommandGetsASuggestionOnOneLine() {
    var result = new Rustplan(home).run("shw", "5");
    assertThat(result).failsWith(2, "'shw'", "Did you mean: show?");
  }
}

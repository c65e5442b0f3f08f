package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `help COMMAND` with examples on every command, exit codes in the root's help, and --verbose. */
class HelpAndErrorsTest {

  @TempDir Path home;

  /** Every command path: "today", "plan check", ..., read from the command line itself. */
  private static List<String> commandPaths() {
    Env env = new Env(Map.of(), Clock.systemUTC(), System.in, false);
    CommandLine root = Cli.create(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<String> paths = new ArrayList<>();
    collect(root, "", paths);
    return paths;
  }

  private static void collect(CommandLine cl, String prefix, List<String> paths) {
    cl.getSubcommands().forEach((name, sub) -> {
      String path = (prefix + " " + name).strip();
      paths.add(path);
      collect(sub, path, paths);
    });
  }

  @Test
  void everyCommandHasHelpWithAnExampleSection() {
    List<String> paths = commandPaths();
    assertThat(paths).contains("today", "plan check", "calendar", "next", "reschedule", "completion", "help");
    for (String path : paths) {
      List<String> args = new ArrayList<>(List.of("help"));
      args.addAll(List.of(path.split(" ")));
      Result result = new Rustplan(home).run(args.toArray(String[]::new));
      assertThat(result).succeeds().out()
          .as("help %s", path)
          .startsWith("Usage: rustplan " + path)
          .containsPattern("\nExamples:\n  rustplan " + path.split(" ")[0]);
      assertThat(new Rustplan(home).run((path + " --help").split(" "))).succeeds().out().isEqualTo(result.out());
    }
  }

  @Test
  void helpOfACommandThatDoesNotExistSaysWhichDo() {
    assertThat(new Rustplan(home).run("help", "plan", "chek"))
        .failsWith(2, "'rustplan plan' has no command 'chek'; it has: check");
  }

  @Test
  void theRootHelpListsTheExitCodes() {
    assertThat(new Rustplan(home).run("--help")).succeeds().out()
        .contains("Exit status:\n  0     done as asked\n  1     failed", "\n  2     usage error", "\n  130   interrupted");
  }

  @Test
  void aMisspeltCommandGetsASuggestion() {
    assertThat(new Rustplan(home).run("calender"))
        .failsWith(2, "rustplan: unknown command 'calender'; did you mean 'calendar'? (rustplan help lists them)");
  }

  @Test
  void verboseShowsTheStackTraceThatIsOtherwiseHidden() throws Exception {
    Files.writeString(home.resolve("progress.json"), "{\"schema\": 1, \"plans\": {,}}");

    Result quiet = new Rustplan(home).run("today");
    assertThat(quiet).failsWith(1, "progress.json:1:", "rustplan left the file untouched");
    assertThat(quiet.err().lines()).hasSize(1);

    Result verbose = new Rustplan(home).run("today", "--verbose");
    assertThat(verbose.exit()).isEqualTo(1);
    assertThat(verbose.err()).startsWith(quiet.err()).contains("RustplanException", "\tat dev.rustplan.");

    Result usage = new Rustplan(home).run("--verbose", "done", "--date", "someday");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).contains("invalid date 'someday'", "\tat picocli.");
  }
}

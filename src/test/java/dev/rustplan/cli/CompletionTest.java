package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * `completion bash|zsh|fish`: each script holds every command and option of the model, and the
 * candidates the scripts ask for as Tab is pressed. The shells themselves run the scripts in
 * dev.rustplan.completion.
 */
class CompletionTest {

  private static final Path OTHER_PLAN = Path.of("src/test/resources/plans/10-days-of-sql.md").toAbsolutePath();

  @TempDir Path home;

  private String script(String shell) {
    var result = new Rustplan(home).run("completion", shell);
    assertThat(result).succeeds();
    return result.out();
  }

  @ParameterizedTest(name = "rustplan completion {0}")
  @ValueSource(strings = {"bash", "zsh", "fish"})
  void everyCommandAndOptionOfTheModelIsInTheScript(String shell) {
    String script = script(shell);
    List<String> missing = new ArrayList<>();
    for (CommandLine command : all(new Rustplan(home).commandLine())) {
      // A hidden command (merge-driver, which git runs) is not completed.
      command.getSubcommands().entrySet().stream().filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
          .map(java.util.Map.Entry::getKey).filter(name -> !script.contains(name)).forEach(missing::add);
      for (OptionSpec option : command.getCommandSpec().options()) {
        for (String name : option.names()) {
          // fish names options without their dashes (-l plan, -s h).
          String written = shell.equals("fish") ? name.replaceFirst("^--?", "") : name;
          if (!option.hidden() && !script.contains(written)) {
            missing.add(command.getCommandSpec().qualifiedName() + " " + name);
          }
        }
      }
    }
    assertThat(missing).as("commands and options the %s script lacks", shell).isEmpty();
    assertThat(script).doesNotContain("\u001b");
  }

  @Test
  void eachScriptIsForItsShell() {
    assertThat(script("bash")).contains("complete -F _rustplan rustplan").doesNotContain("#compdef");
    assertThat(script("zsh")).startsWith("#compdef rustplan\n").contains("_arguments", "compdef _rustplan rustplan")
        .doesNotContain("bashcompinit", "complete -F");
    assertThat(script("fish")).contains("complete -c rustplan -f\n");
  }

  /** The hidden option the scripts ask with is never offered to the learner, nor shown in help. */
  @Test
  void theCandidatesOptionIsHidden() {
    assertThat(script("bash")).doesNotContain("'--candidates'");
    assertThat(script("zsh")).doesNotContain("--candidates=[");
    assertThat(script("fish")).doesNotContain("-l candidates");
    assertThat(new Rustplan(home).run("completion", "--help")).succeeds().out()
        .contains("bash, zsh or fish", "~/.config/fish/completions/rustplan.fish").doesNotContain("--candidates");
  }

  @Test
  void theSameModelGivesTheSameScript() {
    for (String shell : List.of("bash", "zsh", "fish")) {
      assertThat(script(shell)).isEqualTo(script(shell));
    }
  }

  @Test
  void aShellIsNamedInAnyCase() {
    assertThat(script("ZSH")).isEqualTo(script("zsh"));
  }

  @Test
  void anotherShellIsAUsageErrorThatNamesTheShells() {
    assertThat(new Rustplan(home).run("completion", "tcsh"))
        .failsWith(2, "no completion for the shell 'tcsh': choose bash, zsh or fish");
  }

  @Test
  void daysAndWeeksAreAnsweredInEachShellsForm() {
    var bash = new Rustplan(home).run("completion", "bash", "--candidates", "days");
    assertThat(bash).succeeds();
    assertThat(bash.out().lines().toList()).isEqualTo(IntStream.rangeClosed(1, 100).mapToObj(String::valueOf).toList());
    assertThat(new Rustplan(home).run("completion", "zsh", "--candidates", "days")).succeeds().out()
        .contains("\n9:`Pin` fundamentals\n");
    assertThat(new Rustplan(home).run("completion", "fish", "--candidates", "weeks")).succeeds().out()
        .startsWith("1\tMemory Layout & Representations (days 1-7)\n2\tOwnership Deep Dive (days 8-14)\n");
  }

  @Test
  void daysAndWeeksAreThoseOfThePlanInUse() {
    var byOption = new Rustplan(home).run("--plan", OTHER_PLAN.toString(), "completion", "bash", "--candidates", "days");
    assertThat(byOption).succeeds();
    assertThat(byOption.out().lines().toList()).isEqualTo(IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).toList());
    var byVariable = new Rustplan(home).env("RUSTPLAN_PLAN", OTHER_PLAN.toString()).run("completion", "bash", "--candidates", "weeks");
    assertThat(byVariable).succeeds();
    assertThat(byVariable.out()).isEqualTo("1\n2\n");
  }

  @Test
  void anUnknownKindOfCandidateIsAUsageError() {
    assertThat(new Rustplan(home).run("completion", "bash", "--candidates", "posts"))
        .failsWith(2, "--candidates must be one of days, weeks, got 'posts'");
  }

  private static List<CommandLine> all(CommandLine command) {
    List<CommandLine> all = new ArrayList<>();
    all.add(command);
    command.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
    return all;
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `completion bash|zsh`: the scripts, and the bash script loaded into a real bash completing words. */
class CompletionTest {

  @TempDir Path home;

  private String script(String shell) {
    var result = new Rustplan(home).run("completion", shell);
    assertThat(result).succeeds();
    return result.out();
  }

  @Test
  void bashScriptCoversCommandsOptionsAndTheirValues() {
    assertThat(script("bash"))
        .contains("complete -F _complete_rustplan", "_picocli_rustplan_calendar", "_picocli_rustplan_plan_check",
            "'--front-matter'", "(\"yaml\" \"toml\")", "'--color'", "(\"auto\" \"always\" \"never\")", "'--date'")
        .doesNotContain("\u001b");
  }

  @Test
  void zshScriptIsTheBashScriptThroughBashcompinit() {
    assertThat(script("zsh")).startsWith("# rustplan completion for zsh")
        .contains("bashcompinit", "complete -F _complete_rustplan");
  }

  @Test
  void anotherShellIsAUsageErrorThatNamesTheShells() {
    assertThat(new Rustplan(home).run("completion", "fish"))
        .failsWith(2, "no completion for the shell 'fish': choose bash or zsh");
  }

  @ParameterizedTest(name = "[{0}] completes to [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      rustplan sh                     | show
      rustplan cal                    | calendar
      rustplan plan c                 | check
      rustplan today --b              | --brief
      rustplan today --color          | auto always never
      rustplan blog --front-matter    | yaml toml
      rustplan completion             | bash zsh
      rustplan config                 | template blog-dir front-matter practice-dir site series-url practice-url
      """)
  void bashCompletesWithTheScriptLoaded(String line, String expected) throws Exception {
    // A trailing space in the line means a new, empty word is being completed.
    String typed = line.endsWith("sh") || line.endsWith("cal") || line.endsWith(" c") || line.endsWith("--b")
        ? line : line + " ";
    assertThat(complete(typed)).isEqualTo(List.of(expected.split(" ")));
  }

  /**
   * Runs bash with the script sourced, sets up the words as bash does on Tab (COMP_WORDS,
   * COMP_CWORD, COMP_LINE, COMP_POINT), calls the completion function and returns COMPREPLY.
   */
  private List<String> complete(String line) throws IOException, InterruptedException {
    Path script = Files.writeString(home.resolve("rustplan.bash"), script("bash"));
    String driver = """
        source "$1"
        COMP_LINE="$2"
        read -ra COMP_WORDS <<< "$2"
        [[ "$2" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_POINT=${#COMP_LINE}
        _complete_rustplan
        printf '%s\\n' "${COMPREPLY[@]}"
        """;
    Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver, "bash", script.toString(), line)
        .redirectError(ProcessBuilder.Redirect.DISCARD) // compopt complains outside a real Tab press
        .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bash.exitValue()).as("bash's exit status; it printed:%n%s", out).isZero();
    return out.lines().toList();
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Golden;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `rustplan prompt SHELL`: each snippet as printed (golden files), then run by the real shell with
 * its prompt machinery (bash -i reading commands, zsh -i, fish's fish_prompt event) and a stand-in
 * rustplan on PATH that says what it was asked: the line shows before each prompt, rustplan runs
 * once a prompt, the learner's own hook and last exit status survive, and nothing shows where
 * rustplan is missing or not started.
 */
class PromptCommandTest {

  private static final String LINE = "Day 9/100 · `Pin` $(fundamentals) \\w %d · streak 8 · on schedule";

  @TempDir Path tmp;

  private String snippet(String shell) throws IOException {
    Result printed = new Rustplan(tmp.resolve("data")).run("prompt", shell);
    assertThat(printed).succeeds();
    Path file = tmp.resolve("snippet." + shell);
    Files.writeString(file, printed.out(), StandardCharsets.UTF_8);
    return file.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh", "fish", "starship"})
  void eachSnippetIsPrintedAsApproved(String shell) {
    Result printed = new Rustplan(tmp).run("prompt", shell);
    assertThat(printed).succeeds();
    Golden.assertMatches("prompt-" + shell, printed.out());
  }

  @Test
  void anotherShellIsOneLineNamingTheFour() {
    assertThat(new Rustplan(tmp).run("prompt", "tcsh")).failsWith(2).err()
        .isEqualTo("rustplan: SHELL must be bash, zsh, fish or starship, got 'tcsh'; e.g. rustplan prompt bash >> ~/.bashrc\n");
  }

  /** A rustplan that logs its arguments to $HOME/calls and prints this line. */
  private Path fakeRustplan(String line) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path fake = bin.resolve("rustplan");
    Files.writeString(fake, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"$HOME/calls\"\nprintf '%s\\n' '" + line + "'\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private Result shell(List<String> command, String stdin, Path bin) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
    builder.environment().clear();
    builder.environment().putAll(Map.of("HOME", tmp.toString(), "PATH", (bin == null ? "" : bin + ":") + "/usr/bin:/bin",
        "TERM", "dumb", "LANG", "C.UTF-8"));
    Path in = tmp.resolve("stdin");
    Files.writeString(in, stdin);
    builder.redirectInput(in.toFile()).redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish");
    }
    return new Result(process.exitValue(), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")));
  }

  private List<String> calls() throws IOException {
    Path calls = tmp.resolve("calls");
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  @Test
  void bashShowsTheLineBeforeEachPromptKeepingItsOwnPromptCommandAndStatus() throws Exception {
    RealTool.require("bash");
    String file = snippet("bash");
    String line = LINE.replace("%d", "");
    Result run = shell(List.of("bash", "--norc", "-i"), "PS1='[$?]\\$ '\nPROMPT_COMMAND='echo mine;'\nsource " + file
        + "\nsource " + file + "\nfalse\necho hi\nexit\n", fakeRustplan(line));

    // Before each prompt after the snippet: the learner's hook, then the line; rustplan once a prompt.
    assertThat(run.out()).isEqualTo("mine\nmine\n" + line + "\nmine\n" + line + "\nmine\n" + line + "\nhi\nmine\n" + line + "\n");
    assertThat(calls()).containsExactly("today --brief", "today --brief", "today --brief", "today --brief");
    assertThat(run.err()).containsPattern("\\[1\\][#$] echo hi").doesNotContain("command not found", "syntax error");
  }

  @Test
  void bashPromptCommandAsAnArrayIsAddedTo() throws Exception {
    RealTool.require("bash");
    String file = snippet("bash");
    Result run = shell(List.of("bash", "--norc", "-i"), "PROMPT_COMMAND=('echo first' 'echo second')\nsource " + file
        + "\necho hi\nexit\n", fakeRustplan("Day 2/100 · x"));
    assertThat(run.out()).isEqualTo("first\nsecond\nfirst\nsecond\nDay 2/100 · x\nhi\nfirst\nsecond\nDay 2/100 · x\n");
  }

  @Test
  void bashWithoutRustplanOrBeforeTheStartShowsNothingAndSaysNothing() throws Exception {
    RealTool.require("bash");
    String file = snippet("bash");
    Result missing = shell(List.of("bash", "--norc", "-i"), "source " + file + "\necho hi\nexit\n", null);
    assertThat(missing.out()).isEqualTo("hi\n");
    assertThat(missing.err()).doesNotContain("rustplan");

    Result notStarted = shell(List.of("bash", "--norc", "-i"), "source " + file + "\necho hi\nexit\n",
        fakeRustplan("Day 1/100 · Rust memory layout fundamentals · not started (rustplan start)"));
    assertThat(notStarted.out()).isEqualTo("hi\n");

    // Sourced by a script, not an interactive shell: no hook at all.
    Result script = shell(List.of("bash", "-c", "source " + file + "; echo \"[${PROMPT_COMMAND-}]\""), "",
        fakeRustplan("Day 2/100 · x"));
    assertThat(script.out()).isEqualTo("[]\n");
  }

  @Test
  void zshShowsTheLineFromPrecmdKeepingItsOwnAndTheStatus() throws Exception {
    RealTool.require("zsh");
    String file = snippet("zsh");
    String line = LINE.replace("%d", "%%");
    Result run = shell(List.of("zsh", "-f", "-i"), "PS1='[%?]%# '\nprecmd() { echo mine }\nsource " + file
        + "\nsource " + file + "\nfalse\necho hi\nexit\n", fakeRustplan(line));

    assertThat(run.out()).isEqualTo("mine\nmine\n" + line + "\nmine\n" + line + "\nmine\n" + line + "\nhi\nmine\n" + line + "\n");
    assertThat(calls()).hasSize(4).containsOnly("today --brief");
    assertThat(run.err()).contains("[1]# ").doesNotContain("command not found");

    Result missing = shell(List.of("zsh", "-f", "-i"), "source " + file + "\necho hi\nexit\n", null);
    assertThat(missing.out()).isEqualTo("hi\n");
  }

  @Test
  void fishShowsTheLineOnItsPromptEventAndLeavesFishPromptAlone() throws Exception {
    RealTool.require("fish");
    String file = snippet("fish");
    String line = LINE.replace("%d", "");
    Result run = shell(List.of("fish", "--no-config", "-i", "-c",
        "set before (functions fish_prompt | string collect); source " + file + "; emit fish_prompt; emit fish_prompt;"
            + " test \"$before\" = (functions fish_prompt | string collect); and echo same-prompt"), "", fakeRustplan(line));
    assertThat(run.out()).isEqualTo(line + "\n" + line + "\nsame-prompt\n");
    assertThat(calls()).containsExactly("today --brief", "today --brief");

    Result notStarted = shell(List.of("fish", "--no-config", "-i", "-c", "source " + file + "; emit fish_prompt; echo hi"),
        "", fakeRustplan("Day 1/100 · x · not started (rustplan start)"));
    assertThat(notStarted.out()).isEqualTo("hi\n");

    Result missing = shell(List.of("fish", "--no-config", "-i", "-c", "source " + file + "; emit fish_prompt; echo hi"), "", null);
    assertThat(missing.out()).isEqualTo("hi\n");
    assertThat(missing.err()).doesNotContain("rustplan");
  }

  /**
   * Starship is not in Debian 12, so the module is checked as starship reads it: the file parsed
   * by a strict TOML parser, and its `when` and `command` run by sh as starship runs them
   * (`sh -c`), with rustplan there, missing, and not started.
   */
  @Test
  void starshipsModuleIsStrictTomlAndItsCommandsWorkUnderSh() throws Exception {
    String file = snippet("starship");
    com.fasterxml.jackson.databind.JsonNode toml = new com.fasterxml.jackson.dataformat.toml.TomlMapper()
        .readTree(Path.of(file).toFile());
    com.fasterxml.jackson.databind.JsonNode module = toml.path("custom").path("rustplan");
    assertThat(toml.size()).isEqualTo(1);
    assertThat(module.path("shell").get(0).asText()).isEqualTo("sh");
    assertThat(module.path("ignore_timeout").asBoolean()).isTrue();
    String when = module.path("when").asText();
    String command = module.path("command").asText();

    Path bin = fakeRustplan("Day 9/100 · `Pin` fundamentals · streak 8 · on schedule");
    assertThat(shell(List.of("sh", "-c", when), "", bin).exit()).isZero();
    Result shown = shell(List.of("sh", "-c", command), "", bin);
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).isEqualTo("Day 9/100 · `Pin` fundamentals · streak 8 · on schedule\n");
    assertThat(calls()).containsExactly("today --brief");

    assertThat(shell(List.of("sh", "-c", when), "", null).exit()).isNotZero();
    Path notStarted = fakeRustplan("Day 1/100 · x · not started (rustplan start)");
    Result hidden = shell(List.of("sh", "-c", command), "", notStarted);
    assertThat(hidden.exit()).isNotZero();
    assertThat(hidden.out()).isEmpty();
  }
}

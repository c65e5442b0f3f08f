package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --color, NO_COLOR, a terminal or a pipe: when output holds escape codes, and clickable links. */
class ColourTest {

  private static final String ESC = "\u001b";
  private static final String OSC8 = ESC + "]8;;https://";

  /** The commands that style their output, each with the arguments it needs. */
  private static final List<List<String>> STYLED = List.of(
      List.of("today"), List.of("show", "1"), List.of("week"), List.of("progress"), List.of("calendar"),
      List.of("next"), List.of("resources"), List.of("--help"), List.of("help", "today"));

  @TempDir Path home;

  @BeforeEach
  void aStartedPlanWithADayDone() {
    assertThat(rustplan().run("start", "--date", "2026-02-27")).succeeds();
    assertThat(rustplan().run("done", "1", "--date", "2026-02-27")).succeeds();
    assertThat(rustplan().run("skip", "2")).succeeds();
  }

  private Rustplan rustplan() {
    return new Rustplan(home);
  }

  private static List<Result> runAll(Rustplan rustplan, String... extra) {
    List<Result> results = new ArrayList<>();
    for (List<String> command : STYLED) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of(extra));
      Result result = rustplan.run(args.toArray(String[]::new));
      assertThat(result).succeeds();
      results.add(result);
    }
    return results;
  }

  @Test
  void pipedOutputHoldsNoEscapeCodesByDefault() {
    runAll(rustplan()).forEach(r -> assertThat(r).out().doesNotContain(ESC));
  }

  @Test
  void colorNeverHoldsNoEscapeCodesEvenOnATerminal() {
    runAll(rustplan().terminal(true), "--color", "never").forEach(r -> assertThat(r).out().doesNotContain(ESC));
  }

  @Test
  void noColorWinsOverColorAlwaysAndATerminal() {
    runAll(rustplan().terminal(true).env("NO_COLOR", "1"), "--color=always")
        .forEach(r -> assertThat(r).out().doesNotContain(ESC));
  }

  @Test
  void colorAlwaysColoursPipedOutputButMakesNoLinks() {
    Rustplan rustplan = rustplan().env("VTE_VERSION", "7600");
    runAll(rustplan, "--color", "always").forEach(r -> assertThat(r).out().contains(ESC + "[").doesNotContain(OSC8));
    // The option is global: before the command name too.
    assertThat(rustplan.run("--color", "always", "show", "1")).succeeds().out()
        .contains(ESC + "[1mDay 1 of 100", ESC + "[4;36mhttps://");
  }

  @Test
  void autoColoursATerminalOnlyAndNotADumbOne() {
    assertThat(rustplan().terminal(true).run("show", "2")).succeeds().out()
        .contains(ESC + "[1mActivity" + ESC + "[0m", ESC + "[34mskipped on 2026-03-02" + ESC + "[0m");
    assertThat(rustplan().terminal(true).env("TERM", "dumb").run("show", "2")).succeeds().out().doesNotContain(ESC);
  }

  @Test
  void clickableLinksOnlyInAutoModeOnATerminalThatSupportsThem() {
    assertThat(rustplan().terminal(true).env("VTE_VERSION", "7600").run("show", "1")).succeeds().out()
        .contains(OSC8 + "nostarch.com/rust-rustaceans" + ESC + "\\");
    assertThat(rustplan().terminal(true).env("FORCE_HYPERLINK", "1").run("today")).succeeds().out().contains(OSC8);
    assertThat(rustplan().terminal(true).run("show", "1")).succeeds().out().contains(ESC).doesNotContain(OSC8);
    assertThat(rustplan().terminal(true).env("VTE_VERSION", "7600").env("FORCE_HYPERLINK", "0").run("show", "1"))
        .succeeds().out().doesNotContain(OSC8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"purple", "yes", ""})
  void aColourThatIsNoneOfTheThreeIsAUsageError(String value) {
    assertThat(rustplan().run("today", "--color", value))
        .failsWith(2, "rustplan: --color: expected auto, always or never, got '" + value + "' (rustplan today --help)");
  }

  @Test
  void theValueIsReadInAnyCase() {
    assertThat(rustplan().run("show", "1", "--color", "ALWAYS")).succeeds().out().contains(ESC);
  }

  /**
   * A real JVM writing into a pipe, as a shell's `rustplan today | less` does: no escape codes.
   * The launcher tells it when stdout is a terminal; told so, it colours.
   */
  @Test
  void aRealProcessColoursOnlyWhenTheLauncherSaysStdoutIsATerminal() throws Exception {
    assertThat(process(null)).doesNotContain(ESC).contains("Day 1 of 100");
    assertThat(process("0")).doesNotContain(ESC);
    assertThat(process("1")).contains(ESC + "[1mDay 1 of 100");
  }

  private String process(String tty) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    if (tty != null) {
      command.add("-D" + Env.STDOUT_TTY_PROPERTY + "=" + tty);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "show", "1"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("RUSTPLAN_HOME", home.toString());
    builder.environment().put("XDG_CACHE_HOME", ChildJvm.cache()); // never the user's cache
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TERM", "xterm-256color");
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return out;
  }
}

package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.ScreenLines;
import dev.rustplan.testing.Screens.Screen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged launcher at real terminals: pseudo-terminals of 50, 80 and 120 columns made by
 * script(1) and sized with stty, COLUMNS unset as bash and zsh leave it. Each screen is then
 * exactly the screen for the terminal's width, and a COLUMNS that says otherwise does not count
 * at a terminal. script and stty are util-linux and coreutils, on every Debian; where they are
 * missing the test fails in CI and is skipped elsewhere.
 */
class TerminalWidthIT {

  private static final Path LAUNCHER = Path.of("target", "rustplan").toAbsolutePath();

  /** The screens of the closing note, and the help, whose width picocli would otherwise choose. */
  private static final List<Screen> SCREENS = List.of(Screen.TODAY_IN_PROGRESS, Screen.WEEK, Screen.PROGRESS,
      Screen.HELP_TODAY);

  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {50, 80, 120})
  void everyScreenTakesTheTerminalsWidth(int columns) throws Exception {
    Path home = Files.createDirectory(tmp.resolve("home"));
    Screen.WEEK.journal.make(home);
    for (Screen screen : SCREENS) {
      String shown = atTerminal(home, columns, null, screen);
      assertThat(ScreenLines.overlong(shown, columns)).as("%s at a %d-column terminal", screen, columns).isEmpty();
      assertThat(shown).as("%s at a %d-column terminal", screen, columns).isEqualTo(screen.at(home, columns));
    }
  }

  @Test
  void atATerminalColumnsSaysNothing() throws Exception {
    Path home = Files.createDirectory(tmp.resolve("home"));
    Screen.WEEK.journal.make(home);
    assertThat(atTerminal(home, 50, "200", Screen.WEEK)).isEqualTo(Screen.WEEK.at(home, 50));
  }

  /**
   * `rustplan ARGS` of the screen on a pseudo-terminal {@code columns} wide, as the learner's shell
   * starts it: COLUMNS unset unless given, the output cache off (what it keeps is the launcher's
   * business, tested beside it), colour off so that the text compares with the in-process run.
   */
  private String atTerminal(Path home, int columns, String columnsVariable, Screen screen)
      throws IOException, InterruptedException {
    Path script = RealTool.require("script");
    RealTool.require("stty");
    StringBuilder command = new StringBuilder("stty cols " + columns + " rows 50 && exec " + quoted(LAUNCHER.toString()));
    for (String arg : screen.args()) {
      command.append(' ').append(quoted(arg));
    }
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-q", "-e", "-c", command.toString(), "/dev/null");
    Map<String, String> env = builder.environment();
    env.remove("COLUMNS");
    env.remove("LINES");
    if (columnsVariable != null) {
      env.put("COLUMNS", columnsVariable);
    }
    env.put("RUSTPLAN_HOME", home.toString());
    env.put("HOME", home.resolve("user-home").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("RUSTPLAN_TODAY", screen.date);
    env.put("RUSTPLAN_OUTPUT_CACHE", "off");
    env.put("NO_COLOR", "1");
    env.put("TERM", "xterm-256color");
    for (String name : List.of("RUSTPLAN_PLAN", "XDG_DATA_HOME", "FORCE_HYPERLINK")) {
      env.remove(name);
    }
    Path out = tmp.resolve("terminal.out");
    builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(out.toFile()).redirectErrorStream(true);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("rustplan " + String.join(" ", screen.args()) + " at a terminal did not end in 60 s");
    }
    String text = Files.readString(out, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(process.exitValue()).as("exit of rustplan %s at a terminal:\n%s", List.of(screen.args()), text).isZero();
    return text;
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

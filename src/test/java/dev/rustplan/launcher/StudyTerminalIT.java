package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Rustplan;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rustplan study` through the packaged launcher at a real pseudo-terminal (script(1), 80 columns):
 * single keys reach it without Enter and are not echoed, the live line is redrawn in place, the
 * session is recorded, and the terminal is left as it was (stty after the run).
 */
class StudyTerminalIT {

  private static final Path LAUNCHER = Path.of("target", "rustplan").toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void keysAtATerminalPauseResumeAndEndTheSession() throws Exception {
    Path script = RealTool.require("script");
    RealTool.require("stty");
    Path home = Files.createDirectory(tmp.resolve("home"));
    assertThat(new Rustplan(home).run("start").exit()).isZero();
    Path after = tmp.resolve("stty-after");
    String command = "stty cols 80 rows 50 && " + quoted(LAUNCHER.toString()) + " study; status=$?; stty -a > "
        + quoted(after.toString()) + "; exit $status";
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-q", "-e", "-c", command, "/dev/null");
    Map<String, String> env = builder.environment();
    env.remove("COLUMNS");
    env.put("RUSTPLAN_HOME", home.toString());
    env.put("HOME", home.resolve("user-home").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    env.put("RUSTPLAN_NOW", "2026-03-02T18:30");
    env.remove("RUSTPLAN_TODAY");
    env.put("RUSTPLAN_OUTPUT_CACHE", "off");
    env.put("NO_COLOR", "1");
    env.put("TERM", "xterm-256color");
    env.remove("RUSTPLAN_PLAN");
    Path out = tmp.resolve("terminal.out");
    Process process = builder.redirectOutput(out.toFile()).redirectErrorStream(true).start();
    try (OutputStream keys = process.getOutputStream()) {
      await(out, "Studying  0:0", press(out, keys, ""), process);
      await(out, "Paused ", press(out, keys, "p"), process);
      await(out, "Studying ", press(out, keys, "p"), process);
      await(out, "[Y/n]", press(out, keys, "\n"), process);
      press(out, keys, "n\n");
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("rustplan study at a terminal did not end:\n" + Files.readString(out));
      }
    } finally {
      process.destroyForcibly();
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(text).isZero();

    // Each redraw goes back to the line's start and clears what the last one left; none is wider than 79.
    List<String> redraws = Arrays.stream(text.split("\r")).filter(l -> l.startsWith("Studying ") || l.startsWith("Paused "))
        .map(l -> l.replace("\u001b[K", "").replace("\n", "")).toList();
    assertThat(redraws).isNotEmpty().allSatisfy(l -> assertThat(TextWrap.width(l)).isLessThanOrEqualTo(79));
    assertThat(redraws).anyMatch(l -> l.startsWith("Paused ") && l.endsWith("p resume · Enter end"));
    assertThat(text).contains("\u001b[K", "Session of day 1 ended at 18:3", "Logged to day 1 (Rust memory layout"
        + " fundamentals): 1 min.", "Write day 1's note in your editor now? [Y/n] n", "Later: rustplan log 1 --edit");
    // The keys were neither echoed nor needed Enter: no "p" stands alone on a line of the screen.
    assertThat(text.split("[\r\n]+")).doesNotContain("p", "pp");
    String stty = Files.readString(after);
    assertThat(stty).as("the terminal's mode after the session").contains(" icanon", " echo ")
        .doesNotContain("-icanon", "-echo ");
    assertThat(new JournalFile(home).day(1).path("notes").path("sessions").toString())
        .isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":1}]");
  }

  /** Types the keys; returns how much of the screen was there before them. */
  private static int press(Path out, OutputStream keys, String typed) throws Exception {
    int before = Files.readString(out, StandardCharsets.UTF_8).length();
    keys.write(typed.getBytes(StandardCharsets.US_ASCII));
    keys.flush();
    return before;
  }

  /** Waits until the screen shows the text after what was there before (the run is alive meanwhile). */
  private static void await(Path out, String text, int from, Process process) throws Exception {
    for (int waited = 0; !Files.readString(out, StandardCharsets.UTF_8).substring(from).contains(text); waited++) {
      if (!process.isAlive() || waited > 1200) {
        throw new AssertionError("the screen never showed \"" + text + "\":\n" + Files.readString(out));
      }
      Thread.sleep(50);
    }
  }

  private static String quoted(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}

package dev.rustplan.cli.command.daily;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The terminal in cbreak mode for `study`: each key reaches rustplan as it is pressed, not echoed,
 * while Ctrl-C still interrupts. Set and put back with stty on /dev/tty, the settings saved before
 * ({@code stty -g}) restored on every way out.
 */
final class Cbreak {

  private static final File TTY = new File("/dev/tty");

  private final String saved;

  private Cbreak(String saved) {
    this.saved = saved;
  }

  /** The terminal in cbreak mode, or null when it cannot be (no stty, no terminal): keys then need Enter. */
  static Cbreak enter() {
    String saved = stty("-g");
    if (saved == null || saved.isBlank() || stty("-icanon", "-echo", "min", "1", "time", "0") == null) {
      return null;
    }
    return new Cbreak(saved.strip());
  }

  /** The terminal as it was. */
  void restore() {
    stty(saved);
  }

  /** What stty printed, or null when it failed. */
  private static String stty(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "stty";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process stty = new ProcessBuilder(command).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String printed = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!stty.waitFor(2, TimeUnit.SECONDS)) {
        stty.destroy();
        return null;
      }
      return stty.exitValue() == 0 ? printed : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

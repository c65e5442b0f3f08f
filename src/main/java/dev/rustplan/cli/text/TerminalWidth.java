package dev.rustplan.cli.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The width every screen is laid out for, the help's included: the terminal's when stdout is one,
 * else $COLUMNS, else 80. Neither bash nor zsh exports COLUMNS, so at a terminal it must be asked
 * of the terminal; the launcher asks (stty, about 1 ms) and says, and a JVM started without it
 * asks here, which costs a process (about 20 ms), so only when stdout is a terminal and no one said.
 */
public final class TerminalWidth {

  /** Without a terminal or $COLUMNS. */
  public static final int DEFAULT = 80;

  /** Narrower than this, nothing reads: a smaller answer is taken as this. */
  public static final int NARROWEST = 20;

  private TerminalWidth() {}

  /**
   * The width: when stdout is a terminal, what the launcher {@code told} (its columns), else what
   * {@code ask} gets from the terminal; else $COLUMNS; else {@link #DEFAULT}. An answer that is
   * not a positive number counts as none.
   */
  public static int of(boolean terminal, OptionalInt told, Optional<String> columns, IntSupplier ask) {
    if (terminal) {
      int asked = told.isPresent() ? told.getAsInt() : ask.getAsInt();
      if (asked > 0) {
        return Math.max(NARROWEST, asked);
      }
    }
    int set = columns.isPresent() ? number(columns.get()) : 0;
    return set > 0 ? Math.max(NARROWEST, set) : DEFAULT;
  }

  /** A launcher's or the environment's value as a number of columns; 0 when it is not one. */
  public static int number(String text) {
    String t = text.strip();
    boolean digits = !t.isEmpty() && t.length() <= 5;
    for (int i = 0; digits && i < t.length(); i++) {
      digits = t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }
    return digits ? Integer.parseInt(t) : 0; // by hand: a regex costs every start its compilation
  }

  /** {@link #ask} as the supplier {@link #of} takes: a constant, not a method reference linked on every start. */
  public static final IntSupplier ASKED = new IntSupplier() {
    @Override
    public int getAsInt() {
      return ask();
    }
  };

  /**
   * Asks the terminal on this process's stdout for its columns, as the launcher does: {@code stty
   * size} run with its stdin on our stdout (the terminal), writing its answer to the pipe we read.
   * 0 when it cannot tell (no stty, stdout not a terminal, no answer within 2 s).
   */
  public static int ask() {
    try {
      Process stty = new ProcessBuilder("sh", "-c", "stty size <&1 >&2 2>/dev/null")
          .redirectOutput(ProcessBuilder.Redirect.INHERIT)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      stty.getOutputStream().close();
      stty.getInputStream().close();
      String answer = new String(stty.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
      if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        stty.destroy();
        return 0;
      }
      String[] rowsAndColumns = answer.split("\\s+");
      return rowsAndColumns.length == 2 ? number(rowsAndColumns[1]) : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}

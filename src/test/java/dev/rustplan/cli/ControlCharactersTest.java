package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note may hold terminal escapes (pasted from a coloured terminal, or code that prints them):
 * shown, they are symbols, never obeyed, whether colour is on or off; the journal keeps them.
 */
class ControlCharactersTest {

  private static final String ESC = "\u001b";

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  /** Without rustplan's own colours and links (SGR codes and OSC 8), which are allowed. */
  private static String plain(String out) {
    return out.replaceAll(ESC + "\\[[0-9;]*m", "").replaceAll(ESC + "]8;;[^\u0007" + ESC + "]*(\u0007|" + ESC + "\\\\)", "");
  }

  @Test
  void notesWithEscapesAreShownAsSymbolsAndKeptAsWritten() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("log", "--question", "why \u001b]0;pwned\u0007?")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
    assertThat(on("2026-03-03").stdin("echo \u001b[31mred\u001b[0m\n\u009b2J\u007f\n")
        .run("log", "--learned", "clear \u001b[2J here", "--code", "-")).succeeds();

    for (Rustplan r : new Rustplan[] {on("2026-03-03"), on("2026-03-03").terminal(true).env("NO_COLOR", null)}) {
      String show = plain(r.run("show", "2").out());
      assertThat(show).contains("  • clear \u241b[2J here\n", "  echo \u241b[31mred\u241b[0m\n", "  \ufffd2J\u2421\n");
      String today = plain(r.run("today").out());
      assertThat(today).contains("  ? why \u241b]0;pwned\u2407?\n");
      String week = plain(r.run("week", "1").out());
      assertThat(week).contains("clear \u241b[2J here");
      String search = plain(r.run("search", "clear").out());
      assertThat(search).contains("clear \u241b[2J here");
      for (String out : new String[] {show, today, week, search}) {
        assertThat(out).doesNotContain(ESC, "\u0007", "\u009b", "\u007f");
      }
    }
    assertThat(new JournalFile(home).day(2).path("notes").path("learned").get(0).asText()).isEqualTo("clear \u001b[2J here");
    assertThat(on("2026-03-03").run("show", "2", "--json")).succeeds().out().contains("clear \\u001B[2J here");
  }
}

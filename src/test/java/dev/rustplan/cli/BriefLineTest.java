package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `today --brief`'s one line: "not logged yet" while nothing is logged today, the reviews due,
 * and the width it must fit, the topic cut first.
 */
class BriefLineTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  /** The line at this many columns (null: wide enough for any line here). */
  private String brief(String date, String columns) {
    return on(date).env("COLUMNS", columns == null ? "120" : columns).run("today", "--brief").out();
  }

  @Test
  void nothingLoggedTodaySaysSoUntilANoteMinutesOrADayDone() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(brief("2026-03-02", null))
        .isEqualTo("Day 1/100 · Rust memory layout fundamentals · streak 0 · not logged yet · on schedule\n");

    assertThat(on("2026-03-02").run("log", "--minutes", "20")).succeeds();
    assertThat(brief("2026-03-02", null)).isEqualTo("Day 1/100 · Rust memory layout fundamentals · streak 1 · on schedule\n");

    // The next morning nothing is logged yet again; a day done (no note) counts as logged.
    assertThat(brief("2026-03-03", null)).contains("streak 1 · not logged yet · 1 day behind");
    assertThat(on("2026-03-03").run("done")).succeeds();
    assertThat(brief("2026-03-03", null)).isEqualTo("Day 2/100 · Size, alignment, and padding · day 1 done today"
        + " · streak 2 · 1 day behind\n");
  }

  @Test
  void aReviewGoneOverIsNoLogOfToday() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "--hard")).succeeds();
    assertThat(brief("2026-03-03", null)).contains(" · not logged yet · 1 review due · ");

    assertThat(on("2026-03-03").run("review", "1", "--ok")).succeeds();

    assertThat(brief("2026-03-03", null)).contains("streak 2 · not logged yet · on schedule").doesNotContain("review");
  }

  @Test
  void reviewsDueAreCountedAfterTheStreak() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "--hard")).succeeds();
    assertThat(on("2026-03-03").run("done", "--hard")).succeeds();
    assertThat(on("2026-03-03").run("log", "3", "--learned", "ZSTs take no room")).succeeds();

    // On the 4th both reviews are due (a day after each was done); a note today means "logged".
    assertThat(on("2026-03-04").run("log", "--minutes", "10")).succeeds();
    assertThat(brief("2026-03-04", null)).isEqualTo("Day 3/100 · Zero-sized types (ZSTs) · streak 3 · 2 reviews due"
        + " · on schedule\n");
  }

  @Test
  void aNarrowLineCutsTheTopicFirstThenGoesWithoutIt() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    String full = "Day 1/100 · Rust memory layout fundamentals · streak 0 · not logged yet · on schedule";

    for (int columns = 20; columns <= 100; columns++) {
      String line = brief("2026-03-02", String.valueOf(columns));
      assertThat(line).endsWith("\n").doesNotContain("\n\n");
      String shown = line.strip();
      assertThat(TextWrap.width(shown)).as("at %d columns: %s", columns, shown).isLessThanOrEqualTo(columns);
      if (columns >= full.length()) {
        assertThat(shown).isEqualTo(full);
      } else if (columns >= full.length() - "Rust memory layout fundamentals".length() + 8) {
        // The topic cut, the rest whole.
        assertThat(shown).startsWith("Day 1/100 · Rust").contains("… · streak 0 · not logged yet · on schedule");
      } else if (columns >= "Day 1/100 · streak 0 · not logged yet · on schedule".length()) {
        assertThat(shown).isEqualTo("Day 1/100 · streak 0 · not logged yet · on schedule");
      } else {
        assertThat(shown).startsWith("Day 1/100 · streak").endsWith("…").doesNotEndWith("·…");
      }
    }
    assertThat(brief("2026-03-02", "66")).isEqualTo("Day 1/100 · Rust memory… · streak 0 · not logged yet · on schedule\n");
    assertThat(brief("2026-03-02", "60")).isEqualTo("Day 1/100 · streak 0 · not logged yet · on schedule\n");
    assertThat(brief("2026-03-02", "40")).isEqualTo("Day 1/100 · streak 0 · not logged yet…\n");
    // Without COLUMNS (a prompt's $(...)): 80 columns.
    assertThat(on("2026-03-02").env("COLUMNS", null).run("today", "--brief").out())
        .isEqualTo("Day 1/100 · Rust memory layout fundam… · streak 0 · not logged yet · on schedule\n");
  }

  @Test
  void beforeTheStartTheLineFitsTheWidthToo() {
    assertThat(brief("2026-03-02", "52")).isEqualTo("Day 1/100 · Rust mem… · not started (rustplan start)\n");
    assertThat(brief("2026-03-02", "40")).isEqualTo("Day 1/100 · not started (rustplan start)\n");
    assertThat(brief("2026-03-02", null)).doesNotContain("not logged yet");
  }
}

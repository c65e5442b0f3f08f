package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `next`: the day after today's, for the learner who is ahead. */
class NextCommandTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  @Test
  void showsTheDayAfterTodaysAndThatTodayIsStillOpen() {
    assertThat(on("2026-03-02").run("start")).succeeds();

    assertThat(on("2026-03-02").run("next")).succeeds().out()
        .startsWith("Next: Day 2 of 100 · Size, alignment, and padding\n  Kind    lesson\n")
        .contains("Activity\n  Experiment with `std::mem::size_of`", "Status\n  to do\n")
        .endsWith("""

            Today's day 1 is still open: Rust memory layout fundamentals.
            Finish it with rustplan done 1; work ahead with rustplan log 2 and rustplan done
            2.
            """);
  }

  @Test
  void afterADayDoneTodayTheNextIsTomorrowsWithNoReminder() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();

    assertThat(on("2026-03-02").run("next")).succeeds().out()
        .startsWith("Next: Day 2 of 100 · Size, alignment, and padding\n")
        .endsWith("You finished day 1 today; to work ahead: rustplan log 2 --learned \"...\", then\nrustplan done 2.\n")
        .doesNotContain("still open");
  }

  @Test
  void daysAlreadyFinishedAheadArePassedOver() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "2")).succeeds();
    assertThat(on("2026-03-02").run("skip", "3")).succeeds();

    assertThat(on("2026-03-03").run("next")).succeeds().out()
        .startsWith("Next: Day 4 of 100 · Dynamically sized types (DSTs)\n")
        .contains("Today's day 1 is still open");
  }

  @Test
  void beforeTheStartItSaysHowToStart() {
    assertThat(on("2026-03-02").run("next")).succeeds().out()
        .startsWith("Next: Day 2 of 100")
        .endsWith("You have not started yet: rustplan start, and day 1 is today's.\n");
  }

  @Test
  void onTheLastOpenDayThereIsNoNext() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    for (int day = 1; day < 100; day++) {
      assertThat(on("2026-03-02").run("skip", Integer.toString(day))).succeeds();
    }
    assertThat(on("2026-03-02").run("next")).succeeds().out()
        .isEqualTo("Day 100, today's, is the last one still open: nothing comes after it.\n");
    assertThat(on("2026-03-02").run("done")).succeeds();
    assertThat(on("2026-03-02").run("next")).succeeds().out().startsWith("Every day of ");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `reschedule`: the remaining days move so that today's day is today; nothing else changes. */
class RescheduleCommandTest {

  @TempDir Path home;

  /** rustplan on this date, wide enough that each line of what it says reads whole (screens wrap to the width). */
  private Rustplan on(String date) {
    return new Rustplan(home).today(date).env("COLUMNS", "200");
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  @Test
  void movesTheStartSoThatTodaysDayIsScheduledTodayAndKeepsTheNotes() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("log", "--learned", "repr(C)", "--minutes", "30")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
    var day1 = file().day(1);

    assertThat(on("2026-03-06").run("reschedule")).succeeds().out().isEqualTo("""
        Moved the schedule 3 days later: day 2 is scheduled on 2026-03-06, day 100 on 2026-06-12.
        Day 1 is now scheduled on 2026-03-05 (it was 2026-03-02); the date you began, the days done and your notes are as they were.
        """);
    // The schedule moves, the past does not: the learner began on 2 March, and progress says so.
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-03-02");
    assertThat(file().plan().path("scheduleStart").asText()).isEqualTo("2026-03-05");
    assertThat(on("2026-03-06").run("progress")).succeeds().out().contains("Started:    2026-03-02");
    assertThat(on("2026-03-06").run("today", "--json").json().path("started").asText()).isEqualTo("2026-03-02");
    assertThat(file().day(1)).isEqualTo(day1);
    assertThat(on("2026-03-06").run("today", "--brief")).succeeds().out().endsWith("· on schedule\n");
    // The calendar keeps the history from before the new start.
    assertThat(on("2026-03-06").run("calendar")).succeeds().out()
        .contains("From Mon 2 Mar 2026 to Fri 12 Jun 2026", "Mar  2   ●▓ ✗  ✗  ✗  ◇");
  }

  @Test
  void onceADayIsDoneTodayTheNextGoesOnTomorrow() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-05").run("done")).succeeds();

    assertThat(on("2026-03-05").run("reschedule")).succeeds().out()
        .startsWith("Moved the schedule 3 days later: day 2 is scheduled on 2026-03-06");
    assertThat(on("2026-03-05").run("reschedule")).succeeds().out()
        .isEqualTo("Day 2 is already scheduled on 2026-03-06; nothing changed.\n");
  }

  @Test
  void aLearnerAheadCanMoveTheScheduleEarlier() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "1")).succeeds();
    assertThat(on("2026-03-02").run("done", "2")).succeeds();
    assertThat(on("2026-03-03").run("reschedule")).succeeds().out()
        .startsWith("Moved the schedule 1 day earlier: day 3 is scheduled on 2026-03-03");
  }

  @Test
  void beforeTheStartItSaysHowToStartAndWritesNothing() {
    assertThat(on("2026-03-02").run("reschedule")).failsWith(2, "the plan has not started yet; run 'rustplan start'");
    assertThat(file().exists()).isFalse();
  }
}

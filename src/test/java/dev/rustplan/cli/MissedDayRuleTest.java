package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The #100DaysOfCode rule in `today`: one missed day may be made up, never two in a row. */
class MissedDayRuleTest {

  private static final String GENTLE =
      "💤 You missed yesterday. That's fine: one missed day may be made up, and today's session does it.\n";
  private static final String FIRM =
      "⚠ You have missed 2 days in a row. The rule is never two: pick it up again today, even for a short session.\n";
  private static final String MOVE =
      "  To move the remaining days so that day 2 is today: rustplan reschedule (or rustplan start --force --date DATE)\n";

  @TempDir Path home;

  /** rustplan on this date, wide enough that each line of what it says reads whole (screens wrap to the width). */
  private Rustplan on(String date) {
    return new Rustplan(home).today(date).env("COLUMNS", "200");
  }

  /** Started on Monday 2 March, day 1 done that day. */
  @BeforeEach
  void dayOneDoneOnMonday() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
  }

  private int missedInARow(String date) throws Exception {
    return new ObjectMapper().readTree(on(date).run("today", "--json").out()).path("missedInARow").asInt();
  }

  @Test
  void theDayAfterADayDoneSaysNothingAboutMissing() throws Exception {
    assertThat(on("2026-03-03").run("today")).succeeds().out().doesNotContain("missed");
    assertThat(missedInARow("2026-03-03")).isZero();
  }

  @Test
  void oneMissedDayGetsOneGentleLine() throws Exception {
    assertThat(on("2026-03-04").run("today")).succeeds().out()
        .contains("📅 1 day behind (day 3 is scheduled today)\n" + GENTLE + "\nAfter your session")
        .doesNotContain("⚠", "reschedule");
    assertThat(missedInARow("2026-03-04")).isEqualTo(1);
  }

  @Test
  void twoMissedDaysInARowGetAFirmLineAndHowToMoveTheSchedule() throws Exception {
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("📅 2 days behind (day 4 is scheduled today)\n" + FIRM + MOVE + "\nAfter your session")
        .doesNotContain("💤");
    assertThat(missedInARow("2026-03-05")).isEqualTo(2);
    assertThat(on("2026-03-08").run("today")).succeeds().out()
        .contains("⚠ You have missed 5 days in a row.");

    // Following the advice puts the schedule right; the days missed stay missed.
    assertThat(on("2026-03-05").run("reschedule")).succeeds();
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("📅 on schedule (day 2 is scheduled today)\n" + FIRM + "\n")
        .doesNotContain("rustplan reschedule");
  }

  @Test
  void aLearnerAheadOfTheScheduleIsNotToldToMoveIt() {
    for (String day : new String[] {"2", "3", "4"}) {
      assertThat(on("2026-03-02").run("done", day)).succeeds();
    }
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("📅 1 day ahead (day 4 is scheduled today)\n" + FIRM + "\n")
        .doesNotContain("reschedule");
  }

  @Test
  void aDaySkippedOnADateIsNotMissedOnIt() throws Exception {
    assertThat(on("2026-03-03").run("skip")).succeeds();
    assertThat(on("2026-03-05").run("today")).succeeds().out().contains(GENTLE).doesNotContain("⚠");
    assertThat(missedInARow("2026-03-05")).isEqualTo(1);
  }

  @Test
  void aSessionLoggedWithoutMinutesCounts() throws Exception {
    assertThat(on("2026-03-03").run("log", "--learned", "read the nomicon's layout chapter")).succeeds();
    assertThat(missedInARow("2026-03-04")).isZero();
  }

  @Test
  void theBriefLineStaysOneLine() {
    assertThat(on("2026-03-05").run("today", "--brief")).succeeds().out()
        .isEqualTo("Day 2/100 · Size, alignment, and padding · streak 0 · not logged yet · 2 days behind\n");
  }
}

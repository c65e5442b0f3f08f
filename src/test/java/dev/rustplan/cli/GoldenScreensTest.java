package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Golden;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: the everyday screens exactly as a learner sees them, compared whole with the
 * approved copies in src/test/resources/golden/*.txt (80 columns, colour off, fixed dates).
 *
 * <p>When a screen changes on purpose, rewrite the golden files, then read the change before
 * committing it:
 *
 * <pre>
 *   mvn -o test -Dtest=GoldenScreensTest -Dgolden.update=true
 *   git diff src/test/resources/golden/
 * </pre>
 *
 * <p>(GOLDEN_UPDATE=true in the environment does the same.) While updating, each test writes its
 * file and passes; without the switch a difference fails with a diff, the golden file's path and
 * that command. See {@link Golden}.
 */
class GoldenScreensTest {

  /** The learner's "today" in the week-2 journal below: a Tuesday. */
  private static final String WEEK_TWO_TODAY = "2026-03-10";

  /** The bundled plan's length, and the date its last day falls on when started on 2 March. */
  private static final int DAYS = 100;
  private static final LocalDate START = LocalDate.parse("2026-03-02");
  private static final LocalDate LAST_DAY = START.plusDays(DAYS - 1);

  @TempDir Path home;

  /** rustplan on this date, 80 columns wide and never coloured, whatever the machine running the tests. */
  private Rustplan on(String date) {
    return new Rustplan(home).today(date).env("COLUMNS", "80").env("NO_COLOR", "1").terminal(false);
  }

  private Rustplan on(LocalDate date) {
    return on(date.toString());
  }

  /** Runs a command that must succeed (setting up a journal). */
  private void given(String date, String... args) {
    assertThat(on(date).run(args)).as("rustplan %s on %s", String.join(" ", args), date).succeeds();
  }

  /** The screen of `rustplan ARGS` on this date: a success, no escape codes, and exactly its golden file. */
  private void screen(String golden, String date, String... args) {
    Result result = on(date).run(args);
    assertThat(result).as("rustplan %s on %s", String.join(" ", args), date).succeeds();
    assertThat(result.out()).as("stdout of rustplan %s", String.join(" ", args)).doesNotContain("\u001b").isNotBlank();
    Golden.assertMatches(golden, result.out());
  }

  /**
   * A learner a week and a day in: started Monday 2 March; days 1-4 done on their days (day 2 with
   * a struggle noted), day 5 skipped, days 6-7 done, day 8 done on Monday 9 March as hard, and day 9
   * begun on Tuesday 10 March with notes. Days 2 and 8 are up for review on the 10th.
   */
  private void aLearnerInWeekTwo() {
    given("2026-03-02", "start");
    given("2026-03-02", "log", "--learned", "repr(C) keeps the declared field order", "--minutes", "40");
    given("2026-03-02", "done");
    given("2026-03-03", "log", "--learned", "a struct's size is a multiple of its alignment",
        "--struggle", "padding rules for nested structs", "--minutes", "55");
    given("2026-03-03", "done");
    given("2026-03-04", "log", "--minutes", "30");
    given("2026-03-04", "done");
    given("2026-03-05", "done");
    given("2026-03-06", "skip");
    given("2026-03-07", "done");
    given("2026-03-08", "done");
    given("2026-03-09", "log", "--learned", "fields drop in declaration order", "--question",
        "what does ManuallyDrop cost?", "--minutes", "35", "--aha", "drop order is part of the API");
    given("2026-03-09", "done", "--hard");
    given(WEEK_TWO_TODAY, "log", "--learned", "Pin<P> promises the pointee never moves again",
        "--question", "when is Unpin implemented automatically?", "--minutes", "25");
  }

  /** All 100 days done, one a day from Monday 2 March, the last on LAST_DAY. */
  private void everyDayDone() {
    given(START.toString(), "start");
    for (int day = 1; day <= DAYS; day++) {
      given(START.plusDays(day - 1).toString(), "done", Integer.toString(day));
    }
  }

  @Test
  void todayBeforeThePlanIsStarted() {
    screen("today-not-started", "2026-03-02", "today");
  }

  @Test
  void todayBeforeTheStartDate() {
    // A start is the date the learner began, never a future one; a schedule may begin later.
    given("2026-03-02", "start");
    given("2026-03-02", "reschedule", "--date", "2026-03-09");
    screen("today-before-start-date", "2026-03-02", "today");
  }

  @Test
  void todayInProgress() {
    aLearnerInWeekTwo();
    screen("today-in-progress", WEEK_TWO_TODAY, "today");
  }

  @Test
  void todayBehindAfterTwoMissedDays() {
    given("2026-03-02", "start");
    given("2026-03-02", "done");
    screen("today-behind-two-missed-days", "2026-03-05", "today");
  }

  @Test
  void todayOnTheDayTheLastDayIsDone() {
    everyDayDone();
    screen("today-finished-today", LAST_DAY.toString(), "today");
  }

  @Test
  void todayAfterTheLastDay() {
    everyDayDone();
    screen("today-after-the-last-day", LAST_DAY.plusDays(3).toString(), "today");
  }

  @Test
  void todayBrief() {
    aLearnerInWeekTwo();
    screen("today-brief", WEEK_TWO_TODAY, "today", "--brief");
  }

  @Test
  void showADayWithNotes() {
    aLearnerInWeekTwo();
    screen("show-9", WEEK_TWO_TODAY, "show", "9");
  }

  @Test
  void weekTwo() {
    aLearnerInWeekTwo();
    screen("week-2", WEEK_TWO_TODAY, "week", "2");
  }

  @Test
  void progress() {
    aLearnerInWeekTwo();
    screen("progress", WEEK_TWO_TODAY, "progress");
  }

  @Test
  void calendar() {
    aLearnerInWeekTwo();
    screen("calendar", WEEK_TWO_TODAY, "calendar");
  }

  @Test
  void review() {
    aLearnerInWeekTwo();
    screen("review", WEEK_TWO_TODAY, "review");
  }

  @Test
  void plan() {
    aLearnerInWeekTwo();
    screen("plan", WEEK_TWO_TODAY, "plan");
  }
}

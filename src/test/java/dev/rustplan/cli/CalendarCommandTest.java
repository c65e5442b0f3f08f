package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `calendar`: a fixed fortnight of the daily loop, cell by cell. */
class CalendarCommandTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  private void run(String date, String... args) {
    assertThat(on(date).run(args)).succeeds();
  }

  /** Started on a Wednesday; each date of the fortnight holds something else. */
  private void aFortnight() {
    run("2026-02-25", "start");
    run("2026-02-25", "log", "1", "--minutes", "10");
    run("2026-02-25", "done", "1");                           // Wed 25: done, 10 minutes
    run("2026-02-26", "log", "2", "--minutes", "40");
    run("2026-02-26", "done", "2");                           // Thu 26: done, 40 minutes
    run("2026-02-27", "log", "3", "--minutes", "20");         // Fri 27: logged, 20 minutes
                                                              // Sat 28: missed
    run("2026-03-01", "done", "3");                           // Sun 1: done, no minutes logged that date
    run("2026-03-02", "skip", "4");                           // Mon 2: skipped
    run("2026-03-03", "log", "5", "--minutes", "60");
    run("2026-03-03", "done", "5");                           // Tue 3: done, 60 minutes
    run("2026-03-04", "log", "6", "--learned", "niches");     // Wed 4: logged, no minutes
                                                              // Thu 5: missed
    run("2026-03-06", "log", "6", "--minutes", "30");
    run("2026-03-06", "done", "6");                           // Fri 6: done, 30 minutes
                                                              // Sat 7, Sun 8: missed
    run("2026-03-09", "done", "7", "--date", "today");        // Mon 9: done
  }

  @Test
  void eachDateIsACellMarkedByWhatItHoldsAndShadedByItsMinutes() {
    aFortnight();

    assertThat(on("2026-03-10").run("calendar")).succeeds().out().startsWith("""
        100 Days of Rust: calendar
        From Wed 25 Feb 2026 to Thu 4 Jun 2026

                 Mo Tu We Th Fr Sa Su
        Feb 23         ●░ ●▓ ◐▒ ✗  ●
        Mar  2   ⊘  ●█ ◐  ✗  ●▓ ✗  ✗
             9   ●  ◇  ·  ·  ·  ·  ·   ◂ today
            16   ·  ·  ·  ·  ·  ·  ·
        """).contains("""
            30   ·  ·  ·  ·  ·  ·  ·
        Apr  6   ·  ·  ·  ·  ·  ·  ·
        """, """
        Jun  1   ·  ·  ·  ·

        ● a day done  ◐ logged, none finished  ⊘ skipped  ✗ missed  ◇ today  · to come
        minutes: ░ 1-14  ▒ 15-29  ▓ 30-44  █ 45 or more

        Dates: 6 with a day done, 2 logged, 1 skipped, 4 missed, time logged: 2 h 40 min
        """);
  }

  @Test
  void aCalendarThatRunsLateGoesOnToToday() {
    run("2026-01-01", "start");
    run("2026-01-01", "done", "1");
    // 100 days later the plan's schedule is over, but the calendar runs on to today.
    assertThat(on("2026-04-15").run("calendar")).succeeds().out()
        .contains("From Thu 1 Jan 2026 to Wed 15 Apr 2026", "Dec 29            ●  ✗  ✗  ✗\n",
            "    13   ✗  ✗  ◇   ◂ today\n", "1 with a day done, 0 logged, 0 skipped, 103 missed");
  }

  @Test
  void aPlanFinishedAheadOfScheduleEndsAtItsLastDate() throws Exception {
    String sql = Path.of(CalendarCommandTest.class.getResource("/plans/10-days-of-sql.md").toURI()).toString();
    Rustplan rustplan = new Rustplan(home).env("RUSTPLAN_PLAN", sql);
    assertThat(rustplan.today("2026-03-02").run("start")).succeeds();
    for (int day = 1; day <= 10; day++) {
      String date = "2026-03-0" + Math.min(7, day + 1);
      assertThat(rustplan.today(date).run("done", Integer.toString(day))).succeeds();
    }
    assertThat(rustplan.today("2026-03-20").run("calendar")).succeeds().out()
        .contains("From Mon 2 Mar 2026 to Sat 7 Mar 2026\n", "Mo Tu We Th Fr Sa Su\nMar  2   ●  ●  ●  ●  ●  ●\n\n",
            "6 with a day done, 0 logged, 0 skipped, 0 missed")
        .doesNotContain("◂ today");
  }

  @Test
  void beforeTheStartItSaysHowToStart() {
    assertThat(on("2026-03-10").run("calendar"))
        .failsWith(2, "the plan has not started yet; run 'rustplan start'");
  }
}

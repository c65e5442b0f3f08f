package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every --date takes a date in words, counted from today (RUSTPLAN_TODAY, a Monday, here). */
class DateWordsOptionTest {

  @TempDir Path home;

  private Rustplan rustplan() {
    return new Rustplan(home).today("2026-03-02");
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  @ParameterizedTest(name = "done --date \"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-25  | 2026-02-25
      today       | 2026-03-02
      yesterday   | 2026-03-01
      3 days ago  | 2026-02-27
      1 day ago   | 2026-03-01
      friday      | 2026-02-27
      Sunday      | 2026-03-01
      monday      | 2026-03-02
      tue         | 2026-02-24
      """)
  void doneTakesEachForm(String words, String date) {
    assertThat(rustplan().run("start", "--date", "2026-02-20")).succeeds();

    assertThat(rustplan().run("done", "1", "--date", words)).succeeds().out().contains("Day 1 done on " + date);
    assertThat(file().day(1).path("completed").asText()).isEqualTo(date);
  }

  @ParameterizedTest(name = "start --date \"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-02-23  | 2026-02-23
      today       | 2026-03-02
      yesterday   | 2026-03-01
      10 days ago | 2026-02-20
      saturday    | 2026-02-28
      """)
  void startTakesEachFormAndSoDoesItsForce(String words, String date) {
    assertThat(rustplan().run("start", "--date", words)).succeeds().out().contains("on " + date + ".");
    assertThat(file().plan().path("started").asText()).isEqualTo(date);

    assertThat(rustplan().run("start", "--force", "--date", "2 days ago")).succeeds();
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-02-28");
  }

  @Test
  void rescheduleTakesThemToo() {
    assertThat(rustplan().run("start", "--date", "2026-02-20")).succeeds();
    assertThat(rustplan().run("reschedule", "--date", "wednesday")).succeeds().out()
        .contains("day 1 is scheduled on 2026-02-25");
    assertThat(file().plan().path("scheduleStart").asText()).isEqualTo("2026-02-25");
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-02-20");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "next week", "2026-02-30", "3 weeks ago", "02/03/2026"})
  void anythingElseIsOneLineNamingTheFormsAndChangesNothing(String words) {
    assertThat(rustplan().run("start", "--date", "2026-02-20")).succeeds();
    byte[] before = file().bytes();

    assertThat(rustplan().run("done", "--date", words)).failsWith(2,
        "rustplan: --date: invalid date '" + words + "': use YYYY-MM-DD, today, "
            + "yesterday, 'N days ago', or a weekday name (monday ... sunday) (rustplan done --help)\n");
    assertThat(rustplan().run("start", "--force", "--date", words)).failsWith(2, "invalid date '" + words + "'");
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void rustplanTodayStaysStrictIso() {
    assertThat(new Rustplan(home).today("yesterday").run("today"))
        .failsWith(2, "RUSTPLAN_TODAY must be a date as YYYY-MM-DD, got 'yesterday'");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** `rustplan week [WEEK]`: a week's days as a table, its range as its rows give it. */
class WeekCommandTest {

  @TempDir Path home;

  /** The day numbers in the table's first column. */
  private static List<Integer> days(Result result) {
    return result.out().lines()
        .filter(l -> l.matches("^\\d+ .*"))
        .map(l -> Integer.parseInt(l.substring(0, l.indexOf(' '))))
        .toList();
  }

  @ParameterizedTest(name = "week {0} holds days {1}-{2}")
  @CsvSource({"1,1,7", "2,8,14", "3,15,21", "7,43,49", "8,50,55", "10,63,70", "12,78,85", "14,93,100"})
  void weeksHoldTheDaysTheirRowsGive(int week, int first, int last) {
    Result result = new Rustplan(home).run("week", String.valueOf(week));
    assertThat(result).succeeds().out().contains("days " + first + "-" + last + " (" + (last - first + 1) + " days)");
    assertThat(days(result)).isEqualTo(java.util.stream.IntStream.rangeClosed(first, last).boxed().toList());
  }

  @Test
  void beforeTheStartWeekDefaultsToWeek1AndShowsATable() {
    Result result = new Rustplan(home).today("2026-03-02").run("week");
    assertThat(result).succeeds().out()
        .startsWith("Week 1 \u00b7 Memory Layout & Representations \u00b7 days 1-7 (7 days)\n")
        .contains("Phase 1 \u00b7 Foundations of Mastery")
        .containsPattern("(?m)^Day +Topic +Activity +Resources$")
        .containsPattern("(?m)^7 ○ +Practice: Build a")
        .contains("● done  ◐ doing  ○ to do  ⊘ skipped")
        .contains("rustplan show 1");
  }

  @Test
  void theTableFitsTheTerminalWidth() {
    Result result = new Rustplan(home).env("COLUMNS", "80").run("week", "8");
    assertThat(result).succeeds();
    assertThat(result.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    Result narrow = new Rustplan(home).env("COLUMNS", "60").run("week", "8");
    assertThat(narrow.out().lines().filter(l -> l.startsWith("5")).count()).isEqualTo(6);
    assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(60));
  }

  @ParameterizedTest(name = "week {0}")
  @ValueSource(strings = {"0", "15"})
  void aWeekOutOfRangeIsAUsageError(String week) {
    assertThat(new Rustplan(home).run("week", week)).failsWith(2, "week must be between 1 and 14, got " + week);
  }

  @Test
  void aWeekThatIsNotANumberIsAUsageError() {
    assertThat(new Rustplan(home).run("week", "three")).failsWith(2, "week must be a number from 1 to 14, got 'three'");
  }
}

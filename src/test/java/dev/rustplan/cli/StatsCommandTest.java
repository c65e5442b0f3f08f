package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import dev.rustplan.testing.Screens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `stats` and `stats --json` through the command line: the figures of a journal of forty logged
 * days worked out by hand, and the edges (not started, nothing logged, one study date, sessions of
 * no minutes, the journey finished). The screen itself is a golden file (GoldenScreensTest).
 */
class StatsCommandTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  private void run(String date, String... args) {
    assertThat(on(date).run(args)).succeeds();
  }

  private JsonNode json(String date) {
    Result result = on(date).run("stats", "--json");
    assertThat(result).succeeds();
    return result.json();
  }

  @Test
  void fortyLoggedDaysGiveTheirWeeksPaceAndFinish() {
    Screens.Journal.FORTY_DAYS.make(home);

    JsonNode stats = json(Screens.FORTY_DAYS_TODAY);

    assertThat(stats.get("started").asText()).isEqualTo("2026-03-02");
    assertThat(stats.get("studyDates").asInt()).isEqualTo(40);
    // 40 days done and 1 skipped (on 22 March): 59 left of 100.
    assertThat(stats.get("daysFinished").asInt()).isEqualTo(41);
    assertThat(stats.get("daysLeft").asInt()).isEqualTo(59);
    // Seven calendar weeks from Monday 2 March; the last one (13 April) up to today.
    List<String> weeks = new ArrayList<>();
    stats.get("minutesByWeek").forEach(w -> weeks.add(w.get("week").asText()));
    assertThat(weeks).containsExactly("2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30",
        "2026-04-06", "2026-04-13");
    int minutes = 0;
    for (JsonNode w : stats.get("minutesByWeek")) {
      minutes += w.get("minutes").asInt();
    }
    assertThat(minutes).isEqualTo(stats.get("minutes").asInt()).isEqualTo(expectedMinutes());
    // Week of 2 March: 5 March missed, so 6 days done; week of 9 March: 14 and 15 March missed.
    assertThat(stats.get("daysByWeek").get(0).get("days").asInt()).isEqualTo(6);
    assertThat(stats.get("daysByWeek").get(1).get("days").asInt()).isEqualTo(5);
    assertThat(stats.get("daysByWeek").get(2).get("days").asInt()).isEqualTo(6);
    assertThat(stats.get("averageMinutes").asDouble()).isEqualTo(Math.round(expectedMinutes() * 10.0 / 40) / 10.0);
    // Nothing finished today yet: the pace is over 3-16 April, 14 dates with 13 days done (3 April missed).
    assertThat(stats.get("paceWindow").get("from").asText()).isEqualTo("2026-04-03");
    assertThat(stats.get("paceWindow").get("to").asText()).isEqualTo("2026-04-16");
    assertThat(stats.get("paceWindow").get("daysFinished").asInt()).isEqualTo(13);
    assertThat(stats.get("pace").asDouble()).isEqualTo(6.5);
    // 59 days at 13 a fortnight: ceil(59 * 14 / 13) = 64 dates after 16 April.
    assertThat(stats.get("projectedFinish").asText()).isEqualTo("2026-06-19");
    assertThat(stats.get("scheduledFinish").asText()).isEqualTo("2026-06-09");
    assertThat(stats.get("finished").isNull()).isTrue();
    assertThat(stats.get("longestGap").get("from").asText()).isEqualTo("2026-03-14");
    assertThat(stats.get("longestGap").get("to").asText()).isEqualTo("2026-03-15");
    assertThat(stats.get("longestGap").get("days").asInt()).isEqualTo(2);
    assertThat(stats.get("weekdays")).hasSize(7);
    // Mondays, Tuesdays and Wednesdays have 7 study dates each; the one with the most minutes wins.
    String[] names = {"Monday", "Tuesday", "Wednesday"};
    int best = 0;
    for (int day = 1; day < 3; day++) {
      if (weekdayMinutes(day) > weekdayMinutes(best)) {
        best = day;
      }
    }
    assertThat(stats.get("mostStudiedWeekday").asText()).isEqualTo(names[best]);
    assertThat(stats.get("weekdays").get(best).get("minutes").asInt()).isEqualTo(weekdayMinutes(best));
    assertThat(stats.get("weekdays").get(3).get("studyDates").asInt()).as("Thursdays: 5 and 2 April missed").isEqualTo(5);
  }

  /** The minutes FORTY_DAYS logs on a weekday (0 for Monday, the start's). */
  private static int weekdayMinutes(int weekday) {
    int total = 0;
    for (int i = weekday; i <= 45; i += 7) {
      if (!List.of(3, 12, 13, 20, 31, 32).contains(i) && i != 9) {
        total += 15 + (i * 17) % 41;
      }
    }
    return total;
  }

  /** The minutes FORTY_DAYS logs: 15 + (i * 17) % 41 on the i-th date after the start, but on its gaps and the 11th. */
  private static int expectedMinutes() {
    List<Integer> gaps = List.of(3, 12, 13, 20, 31, 32);
    int total = 0;
    for (int i = 0; i <= 45; i++) {
      if (!gaps.contains(i) && i != 9) {
        total += 15 + (i * 17) % 41;
      }
    }
    return total;
  }

  @Test
  void aDayFinishedTodayCountsTowardsThePaceAtOnce() {
    Screens.Journal.FORTY_DAYS.make(home);
    run(Screens.FORTY_DAYS_TODAY, "done");

    JsonNode stats = json(Screens.FORTY_DAYS_TODAY);

    assertThat(stats.get("paceWindow").get("from").asText()).isEqualTo("2026-04-04");
    assertThat(stats.get("paceWindow").get("to").asText()).isEqualTo(Screens.FORTY_DAYS_TODAY);
    assertThat(stats.get("paceWindow").get("daysFinished").asInt()).isEqualTo(14);
    assertThat(stats.get("daysLeft").asInt()).isEqualTo(58);
  }

  @Test
  void beforeTheStartThereIsNothingToCountAndTheJsonSaysSo() {
    assertThat(on("2026-03-02").run("stats")).succeeds().out()
        .isEqualTo("100 Days of Rust: stats\nNot started yet, so nothing to count: rustplan start\n");

    JsonNode stats = json("2026-03-02");
    assertThat(stats.get("started").isNull()).isTrue();
    assertThat(stats.get("minutesByWeek")).isEmpty();
    assertThat(stats.get("daysByWeek")).isEmpty();
    for (String key : List.of("averageMinutes", "pace", "projectedFinish", "scheduledFinish", "longestGap",
        "mostStudiedWeekday")) {
      assertThat(stats.get(key).isNull()).as(key).isTrue();
    }
    assertThat(stats.get("daysLeft").asInt()).isEqualTo(100);
  }

  @Test
  void startedTodayWithNothingLoggedHasNoPaceYet() {
    run("2026-03-02", "start");

    JsonNode stats = json("2026-03-02");
    assertThat(stats.get("minutesByWeek")).hasSize(1);
    assertThat(stats.get("averageMinutes").isNull()).isTrue();
    assertThat(stats.get("pace").isNull()).isTrue();
    assertThat(stats.get("projectedFinish").isNull()).isTrue();
    assertThat(stats.get("scheduledFinish").asText()).isEqualTo("2026-06-09");
    assertThat(stats.get("longestGap").isNull()).isTrue();

    assertThat(on("2026-03-02").run("stats")).succeeds().out()
        .contains("Average:      nothing studied yet\n")
        .contains("Pace:         not yet: counted from tomorrow\n")
        .contains("Longest gap:  none: no date without study\n")
        .contains("Studied most: no weekday yet\n")
        .doesNotContain("█");
  }

  @Test
  void daysWithNothingLoggedAreAGapAndAPaceOfNothing() {
    run("2026-03-02", "start");

    JsonNode stats = json("2026-03-06");
    assertThat(stats.get("pace").asDouble()).isZero();
    assertThat(stats.get("projectedFinish").isNull()).isTrue();
    assertThat(stats.get("longestGap").get("days").asInt()).isEqualTo(4);
    assertThat(on("2026-03-06").run("stats")).succeeds().out()
        .contains("Finish:       none at this pace yet\nScheduled:    Tue 9 Jun 2026\n");
  }

  @Test
  void oneStudyDateAndSessionsOfNoMinutes() {
    run("2026-03-02", "start");
    run("2026-03-02", "log", "--learned", "no time taken");
    run("2026-03-02", "done");

    JsonNode stats = json("2026-03-03");
    assertThat(stats.get("studyDates").asInt()).isEqualTo(1);
    assertThat(stats.get("minutes").asInt()).isZero();
    assertThat(stats.get("averageMinutes").asDouble()).isZero();
    assertThat(stats.get("pace").asDouble()).isEqualTo(7.0);
    // 99 days at a day a date, from 3 March.
    assertThat(stats.get("projectedFinish").asText()).isEqualTo("2026-06-09");
    assertThat(stats.get("longestGap").isNull()).isTrue();
    assertThat(stats.get("mostStudiedWeekday").asText()).isEqualTo("Monday");

    // A week of no minutes draws no bar, and divides by nothing.
    assertThat(on("2026-03-03").run("stats")).succeeds().out()
        .contains(" 2 Mar  ", "0 min  1 done\n", "Average:      0 min a study date\n", "(on schedule)\n")
        .doesNotContain("█", "NaN");
  }

  @Test
  void aFinishedJourneyShowsItsFinishBesideTheSchedule() {
    Screens.Journal.EVERY_DAY_DONE.make(home);

    JsonNode stats = json("2026-07-01");
    assertThat(stats.get("finished").asText()).isEqualTo(Screens.LAST_DAY.toString());
    assertThat(stats.get("projectedFinish").asText()).isEqualTo(Screens.LAST_DAY.toString());
    assertThat(stats.get("daysLeft").asInt()).isZero();
    // The weeks stop at the finish, not at today.
    assertThat(stats.get("minutesByWeek")).hasSize(15);
    assertThat(stats.get("paceWindow").get("to").asText()).isEqualTo(Screens.LAST_DAY.toString());
    assertThat(stats.get("pace").asDouble()).isEqualTo(7.0);
    assertThat(stats.get("longestGap").isNull()).isTrue();
    assertThat(on("2026-07-01").run("stats")).succeeds().out()
        .contains("Finished:     Tue 9 Jun 2026 (on schedule)\nScheduled:    Tue 9 Jun 2026\n");
  }

  @Test
  void theHelpShowsExamples() {
    assertThat(on("2026-03-02").run("stats", "--help")).succeeds().out()
        .contains("Examples:", "rustplan stats --json");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record is what the learner did (issue 13): the "never two" streak, revisits that keep
 * history, `log` after `done`, the date the learner began, dates that are checked, and reviews
 * that cannot be passed early. Each through the command line, at fixed dates.
 */
class TrueRecordTest {

  @TempDir Path home;

  /** rustplan on this date, wide enough that each line of what it says reads whole (screens wrap to the width). */
  private Rustplan on(String date) {
    return new Rustplan(home).today(date).env("COLUMNS", "200");
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  private JsonNode today(String date) {
    return on(date).run("today", "--json").json();
  }

  /** Started Monday 2 March; days 1 and 2 done on the 2nd and 3rd. */
  private void twoDaysDone() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
    assertThat(on("2026-03-03").run("done")).succeeds();
  }

  // 1. The streak

  @Test
  void oneMissedDateKeepsTheStreakAliveAndTodaySaysTodaysSessionKeepsIt() {
    twoDaysDone();
    // Wednesday the 4th missed.
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("🔥 Streak: 2 days (today's session keeps it)",
            "💤 You missed yesterday. That's fine: one missed day may be made up, and today's session does it.");
    JsonNode json = today("2026-03-05");
    assertThat(json.path("streak").asInt()).isEqualTo(2);
    assertThat(json.path("longestStreak").asInt()).isEqualTo(2);
    assertThat(json.path("missedInARow").asInt()).isEqualTo(1);
    assertThat(on("2026-03-05").run("progress", "--json").json().path("streak").asInt()).isEqualTo(2);

    assertThat(on("2026-03-05").run("log", "--minutes", "30")).succeeds();
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("🔥 Streak: 3 days  📅", "💤 You missed yesterday; today's session made it up.")
        .doesNotContain("keeps it");
    assertThat(today("2026-03-05").path("streak").asInt()).isEqualTo(3);
  }

  @Test
  void twoMissedDatesInARowEndTheStreakAndTheLongestRemembersIt() {
    twoDaysDone();
    // The 4th and 5th missed.
    assertThat(on("2026-03-06").run("today")).succeeds().out()
        .contains("🔥 Streak: 0 days (a session today starts a new one)", "You have missed 2 days in a row");
    JsonNode json = today("2026-03-06");
    assertThat(json.path("streak").asInt()).isZero();
    assertThat(json.path("longestStreak").asInt()).isEqualTo(2);
    assertThat(json.path("missedInARow").asInt()).isEqualTo(2);

    assertThat(on("2026-03-06").run("done")).succeeds().out().contains("🔥 Streak: 1 day ·");
    JsonNode progress = on("2026-03-06").run("progress", "--json").json();
    assertThat(progress.path("streak").asInt()).isEqualTo(1);
    assertThat(progress.path("longestStreak").asInt()).isEqualTo(2);
  }

  @Test
  void aSkippedDateIsNeitherStudiedNorMissedAndNeverBreaksTheStreak() {
    twoDaysDone();
    assertThat(on("2026-03-04").run("skip")).succeeds();
    assertThat(on("2026-03-05").run("skip")).succeeds();
    JsonNode json = today("2026-03-06");
    assertThat(json.path("streak").asInt()).isEqualTo(2);
    assertThat(json.path("missedInARow").asInt()).isZero();
    assertThat(on("2026-03-06").run("today")).succeeds().out().doesNotContain("missed");

    // A skip between two missed dates does not keep them apart: that is two missed in a row.
    assertThat(today("2026-03-09").path("missedInARow").asInt()).isEqualTo(3);
    assertThat(today("2026-03-09").path("streak").asInt()).isZero();
  }

  @Test
  void aDateWithOnlyAReviewIsAStudyDateForTheStreakAndTheCalendar() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "--hard")).succeeds();
    // Nothing but the review on the 3rd, nothing on the 4th.
    assertThat(on("2026-03-03").run("review", "1", "--ok")).succeeds();
    assertThat(file().day(1).path("review").path("reviewed").toString()).isEqualTo("[\"2026-03-03\"]");

    JsonNode json = today("2026-03-05");
    assertThat(json.path("streak").asInt()).isEqualTo(2);
    assertThat(json.path("missedInARow").asInt()).isEqualTo(1);
    // Calendar: the 2nd done, the 3rd studied (not missed), the 4th missed.
    assertThat(on("2026-03-05").run("calendar")).succeeds().out().contains("Mar  2   ●  ◐  ✗  ◇");
  }

  // 1. After the finish

  @Test
  void afterTheFinishNothingIsMissedAndTheNumbersStandAsTheyWereOnTheFinishDate() throws Exception {
    StringBuilder days = new StringBuilder();
    for (int day = 1; day <= 100; day++) {
      String on = java.time.LocalDate.parse("2026-01-01").plusDays(day - 1 + (day > 50 ? 2 : 0)).toString();
      days.append(day > 1 ? "," : "").append('"').append(day).append("\": {\"status\": \"done\", \"completed\": \"")
          .append(on).append("\"}");
    }
    // Day 100 done on 12 April, two days behind the schedule (two dates missed in the middle).
    Files.writeString(file().path(), "{\"schema\": 1, \"plans\": {\"100-days-of-rust\": {\"started\": \"2026-01-01\","
        + " \"days\": {" + days + "}}}}");

    for (String date : new String[] {"2026-04-12", "2026-05-20"}) {
      JsonNode json = today(date);
      assertThat(json.path("finished").asBoolean()).isTrue();
      assertThat(json.path("missedInARow").asInt()).isZero();
      assertThat(json.path("scheduleOffset").asInt()).isEqualTo(-2);
      assertThat(json.path("streak").asInt()).isEqualTo(50);
      assertThat(json.path("longestStreak").asInt()).isEqualTo(50);
      assertThat(on(date).run("today")).succeeds().out().doesNotContain("missed");
    }
  }

  // 2. Going back to an old day

  @Test
  void reopenThenDoneKeepsTheFirstCompletionDateAndTodaysDayDoesNotMove() {
    twoDaysDone();
    assertThat(on("2026-03-04").run("done")).succeeds();
    assertThat(on("2026-03-05").run("reopen", "1")).succeeds();
    assertThat(on("2026-03-05").run("done", "1")).succeeds().out()
        .contains("✅ Day 1 done on 2026-03-02", "That is the date you first finished it");
    assertThat(file().day(1).path("completed").asText()).isEqualTo("2026-03-02");

    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("Day 4 of 100", "rustplan done")
        .doesNotContain("You finished day 1 today", "Here is tomorrow's", "See you tomorrow");
    assertThat(today("2026-03-05").path("finishedToday").isNull()).isTrue();
    assertThat(today("2026-03-05").path("day").asInt()).isEqualTo(4);
    // The 2nd stays a date studied in the calendar.
    assertThat(on("2026-03-05").run("calendar")).succeeds().out().contains("Mar  2   ●  ●  ●  ◇");
  }

  @Test
  void finishingADayThatIsNotTodaysNeverCountsAsFinishingTodays() {
    twoDaysDone();
    assertThat(on("2026-03-04").run("done", "5")).succeeds();
    JsonNode json = today("2026-03-04");
    assertThat(json.path("finishedToday").isNull()).isTrue();
    assertThat(json.path("day").asInt()).isEqualTo(3);
    assertThat(json.path("scheduleOffset").asInt()).isZero();
    assertThat(on("2026-03-04").run("today")).succeeds().out().contains("Day 3 of 100").doesNotContain("tomorrow");
  }

  @Test
  void loggingToADoneDayKeepsItDoneAndTheHelpSaysSo() {
    twoDaysDone();
    assertThat(on("2026-03-04").run("log", "1", "--learned", "one more thing")).succeeds().out()
        .contains("Logged to day 1", "Day 1 stays done.")
        .doesNotContain("rustplan done");
    assertThat(file().day(1).path("status").asText()).isEqualTo("done");
    assertThat(file().day(1).path("completed").asText()).isEqualTo("2026-03-02");
    assertThat(on("2026-03-04").run("log", "--help")).succeeds().out()
        .contains("A done day stays done: log to it (rustplan log DAY ...) to go back over it without reopening it.");
  }

  // 3. log right after done

  @Test
  void logAfterDoneGoesToTheDayJustFinishedUntilTheDateChanges() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();
    assertThat(on("2026-03-02").run("log", "--learned", "one more thing")).succeeds().out()
        .startsWith("Logged to day 1 (Rust memory layout fundamentals)")
        .contains("Day 1 stays done.")
        .doesNotContain("now doing", "day 2");
    assertThat(file().day(1).path("notes").path("learned").toString()).isEqualTo("[\"one more thing\"]");
    assertThat(file().day(2).isMissingNode()).isTrue();
    // A second `done` the same day does not finish tomorrow's day unasked.
    assertThat(on("2026-03-02").run("done")).succeeds().out()
        .contains("Day 1 was already done on 2026-03-02; nothing changed", "To finish the next day too: rustplan done 2");
    assertThat(file().day(2).isMissingNode()).isTrue();

    // The next morning a log goes to day 2 and starts it.
    assertThat(on("2026-03-03").run("log", "--learned", "padding")).succeeds().out()
        .startsWith("Logged to day 2").contains("Day 2 is now doing.");
  }

  // 4. The start date

  @Test
  void rescheduleMovesTheScheduleAndKeepsTheStartedDateEverywhere() throws Exception {
    twoDaysDone();
    // The 4th to the 9th missed; the learner moves day 3 to the 10th.
    assertThat(on("2026-03-10").run("reschedule")).succeeds();
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-03-02");
    assertThat(file().plan().path("scheduleStart").asText()).isEqualTo("2026-03-08");
    JsonNode json = today("2026-03-10");
    assertThat(json.path("started").asText()).isEqualTo("2026-03-02");
    assertThat(json.path("scheduleStart").asText()).isEqualTo("2026-03-08");
    assertThat(json.path("scheduleOffset").asInt()).isZero();
    assertThat(on("2026-03-10").run("progress")).succeeds().out().contains("Started:    2026-03-02");
    assertThat(on("2026-03-10").run("progress", "--json").json().path("started").asText()).isEqualTo("2026-03-02");
    Path md = home.resolve("journey.md");
    assertThat(on("2026-03-10").run("export", "--format", "md", "--out", md.toString())).succeeds();
    assertThat(Files.readString(md)).contains("Started 2026-03-02");
    assertThat(on("2026-03-10").run("calendar")).succeeds().out().contains("From Mon 2 Mar 2026");
  }

  @Test
  void aJournalWithoutAScheduleFieldReadsAsBefore() throws Exception {
    Files.writeString(file().path(), "{\"schema\": 1, \"plans\": {\"100-days-of-rust\": {\"started\": \"2026-03-02\","
        + " \"days\": {\"1\": {\"status\": \"done\", \"completed\": \"2026-03-02\"}}}}}");
    JsonNode json = today("2026-03-03");
    assertThat(json.path("started").asText()).isEqualTo("2026-03-02");
    assertThat(json.path("scheduleStart").asText()).isEqualTo("2026-03-02");
    assertThat(json.path("scheduledDay").asInt()).isEqualTo(2);
  }

  // 5. Dates are checked

  @Test
  void aDateInTheFutureIsRefusedAndNothingIsWritten() {
    twoDaysDone();
    byte[] before = file().bytes();
    assertThat(on("2026-03-04").run("done", "--date", "2026-03-05"))
        .failsWith(2, "--date 2026-03-05 is in the future (today is 2026-03-04)");
    assertThat(on("2026-03-04").run("skip", "--date", "2026-03-06"))
        .failsWith(2, "--date 2026-03-06 is in the future");
    assertThat(on("2026-03-04").run("start", "--force", "--date", "2026-03-09"))
        .failsWith(2, "--date 2026-03-09 is in the future");
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void aDateBeforeTheStartIsRefusedWithHowToMoveTheStart() {
    twoDaysDone();
    byte[] before = file().bytes();
    assertThat(on("2026-03-04").run("done", "3", "--date", "2026-02-27")).failsWith(2,
        "--date 2026-02-27 is before the plan's start on 2026-03-02;"
            + " if you began earlier, move the start first: rustplan start --force --date 2026-02-27");
    assertThat(on("2026-03-04").run("skip", "3", "--date", "2026-02-27")).failsWith(2, "before the plan's start");
    assertThat(file().bytes()).isEqualTo(before);

    // Moving the start earlier is what the line says; then the backfill is taken.
    assertThat(on("2026-03-04").run("start", "--force", "--date", "2026-02-27")).succeeds();
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-02-27");
    assertThat(on("2026-03-04").run("done", "3", "--date", "2026-02-27")).succeeds();
  }

  @Test
  void skipOnADoneDayIsRefusedNamingReopen() {
    twoDaysDone();
    byte[] before = file().bytes();
    assertThat(on("2026-03-04").run("skip", "2")).failsWith(2,
        "day 2 is done (on 2026-03-03); nothing changed. To skip it instead: rustplan reopen 2, then rustplan skip 2");
    assertThat(file().bytes()).isEqualTo(before);
  }

  // 6. Reviews

  @Test
  void aReviewIsNotPassedBeforeItIsDue() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("done", "--hard")).succeeds();
    byte[] before = file().bytes();
    assertThat(on("2026-03-02").run("review", "1", "--ok")).failsWith(2,
        "day 1's 1st review is not due until 2026-03-03; nothing changed."
            + " Go over it then, or start over now: rustplan review 1 --again");
    assertThat(file().bytes()).isEqualTo(before);

    assertThat(on("2026-03-03").run("review", "1", "--ok")).succeeds();
    // Three runs in a row no longer pass the whole schedule.
    assertThat(on("2026-03-03").run("review", "1", "--ok")).failsWith(2, "2nd review is not due until 2026-03-09");
    assertThat(file().day(1).path("review").path("step").asInt()).isEqualTo(1);
  }

  @Test
  void aReviewWhoseDateHasPassedIsDueSinceNeverComesUpOnAPastDate() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-05").run("done", "1", "--date", "2026-03-02", "--hard")).succeeds().out()
        .contains("🔁 Day 1 is up for review, due since 2026-03-03")
        .doesNotContain("comes up for review on 2026-03-03");
    assertThat(on("2026-03-05").run("review")).succeeds().out().contains("1st review due since 2026-03-03");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's first two weeks, through the real command line, on a calendar the test controls. */
class DailyLoopTest {

  @TempDir Path home;

  private Rustplan on(String date) {
    return new Rustplan(home).today(date);
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  private static JsonNode json(Result result) throws IOException {
    assertThat(result).succeeds();
    return new ObjectMapper().readTree(result.out());
  }

  @Test
  void beforeTheStartTodayShowsDayOneAndHowToStartAndWritesNothing() throws IOException {
    Result today = on("2026-03-02").run("today");

    assertThat(today).succeeds().out()
        .contains("Monday 2 March 2026", "Day 1 of 100 · Rust memory layout fundamentals",
            "Week 1 · Memory Layout & Representations", "Phase 1 · Foundations of Mastery",
            "30-45 min", "What to do", "Resources", "You have not started yet", "rustplan start")
        .doesNotContain("Streak");
    assertThat(on("2026-03-02").run("today", "--brief")).succeeds().out()
        .isEqualTo("Day 1/100 · Rust memory layout fundamentals · not started (rustplan start)\n");
    JsonNode json = json(on("2026-03-02").run("today", "--json"));
    assertThat(json.path("day").asInt()).isEqualTo(1);
    assertThat(json.path("started").isNull()).isTrue();
    assertThat(json.path("status").asText()).isEqualTo("todo");
    assertThat(json.path("scheduleOffset").isNull()).isTrue();
    assertThat(file().exists()).isFalse();
  }

  @Test
  void startRecordsTheDateOnceAndForceMovesItWithoutTouchingNotes() {
    assertThat(on("2026-03-02").run("start")).succeeds().out()
        .contains("on 2026-03-02", "day 1 is scheduled today: Rust memory layout fundamentals");
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-03-02");
    assertThat(on("2026-03-02").run("log", "--learned", "repr(C) keeps the field order")).succeeds();
    byte[] before = file().bytes();

    assertThat(on("2026-03-04").run("start", "--date", "2026-03-04")).succeeds().out()
        .contains("You started", "on 2026-03-02; nothing changed", "day 3 is scheduled today",
            "rustplan start --force --date");
    assertThat(file().bytes()).isEqualTo(before);

    assertThat(on("2026-03-04").run("start", "--force", "--date", "2026-03-03")).succeeds().out()
        .contains("Moved the schedule", "day 1 is now scheduled on 2026-03-03", "You began on 2026-03-02",
            "day 2 is scheduled today");
    // The schedule moves; the date the learner began, with a note on it, does not.
    assertThat(file().plan().path("started").asText()).isEqualTo("2026-03-02");
    assertThat(file().plan().path("scheduleStart").asText()).isEqualTo("2026-03-03");
    assertThat(file().day(1).path("notes").path("learned").get(0).asText()).isEqualTo("repr(C) keeps the field order");
  }

  @Test
  void theFirstTwoWeeks() throws IOException {
    // Day 1, Monday 2 March: start, read, log everything, finish.
    assertThat(on("2026-03-02").run("start")).succeeds();
    Path code = Files.writeString(home.resolve("layout.rs"), "#[repr(C)]\nstruct A { a: u8, b: u32 }");
    Result log = on("2026-03-02").run("log", "--learned", "repr(C) keeps the field order",
        "--learned", "repr(Rust) may reorder fields", "--code", code.toString(),
        "--question", "When is repr(transparent) needed?", "--resource", "RfR Ch. 1",
        "--minutes", "40", "--aha", "padding is visible with size_of", "--struggle", "alignment rules");
    assertThat(log).succeeds().out()
        .contains("Logged to day 1 (Rust memory layout fundamentals): 2 learned, 1 snippet, 1\nquestion,"
            + " 1 resource, 1 aha, 1 struggle, 40 min.", "Day 1 is now doing.", "rustplan done");
    JsonNode day1 = file().day(1);
    assertThat(day1.path("status").asText()).isEqualTo("doing");
    assertThat(day1.path("notes").path("code").get(0).path("language").asText()).isEqualTo("rust");
    assertThat(day1.path("notes").path("code").get(0).path("code").asText())
        .isEqualTo("#[repr(C)]\nstruct A { a: u8, b: u32 }\n");
    assertThat(day1.path("notes").path("sessions").toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":40}]");
    assertThat(day1.path("notes").path("aha").get(0).asText()).isEqualTo("padding is visible with size_of");
    assertThat(day1.path("notes").path("struggles").get(0).asText()).isEqualTo("alignment rules");

    // A second log adds, never replaces; minutes on the same date add up.
    assertThat(on("2026-03-02").run("log", "--learned", "Option<&T> is pointer-sized", "--minutes", "5")).succeeds();
    assertThat(file().day(1).path("notes").path("learned")).hasSize(3);
    assertThat(file().day(1).path("notes").path("sessions").get(0).path("minutes").asInt()).isEqualTo(45);

    assertThat(on("2026-03-02").run("done")).succeeds().out()
        .contains("✅ Day 1 done on 2026-03-02: Rust memory layout fundamentals.", "Streak: 1 day",
            "on schedule", "Next: day 2, Size, alignment, and padding");
    assertThat(file().day(1).path("status").asText()).isEqualTo("done");
    assertThat(file().day(1).path("completed").asText()).isEqualTo("2026-03-02");

    // Still Monday: today says the day is finished and shows tomorrow's.
    assertThat(on("2026-03-02").run("today")).succeeds().out()
        .contains("You finished day 1 today", "Day 2 of 100 · Size, alignment, and padding",
            "Streak: 1 day", "on schedule (day 2 is scheduled tomorrow)");

    // Day 2, Tuesday: yesterday's open question is shown; the streak holds until the session.
    assertThat(on("2026-03-03").run("today")).succeeds().out()
        .contains("Day 2 of 100 · Size, alignment, and padding", "Open questions from day 1",
            "? When is repr(transparent) needed?", "Streak: 1 day", "on schedule (day 2 is scheduled today)",
            "rustplan log --learned", "rustplan done");
    JsonNode json = json(on("2026-03-03").run("today", "--json"));
    assertThat(json.path("day").asInt()).isEqualTo(2);
    assertThat(json.path("week").asInt()).isEqualTo(1);
    assertThat(json.path("weekTheme").asText()).isEqualTo("Memory Layout & Representations");
    assertThat(json.path("phase").asInt()).isEqualTo(1);
    assertThat(json.path("phaseName").asText()).isEqualTo("Foundations of Mastery");
    assertThat(json.path("streak").asInt()).isEqualTo(1);
    assertThat(json.path("scheduleOffset").asInt()).isZero();
    assertThat(json.path("started").asText()).isEqualTo("2026-03-02");
    assertThat(json.path("openQuestions").get(0).asText()).isEqualTo("When is repr(transparent) needed?");
    assertThat(json.path("resources").isArray()).isTrue();
    assertThat(on("2026-03-03").run("done")).succeeds();

    // Wednesday 4 March is missed. Thursday: one day behind; one missed day keeps the streak alive.
    assertThat(on("2026-03-05").run("today", "--brief")).succeeds().out()
        .isEqualTo("Day 3/100 · Zero-size… · streak 2 · not logged yet · 1 review due · 1 day behind\n");
    JsonNode behind = json(on("2026-03-05").run("today", "--json"));
    assertThat(behind.path("scheduleOffset").asInt()).isEqualTo(-1);
    assertThat(behind.path("streak").asInt()).isEqualTo(2);
    assertThat(behind.path("missedInARow").asInt()).isEqualTo(1);
    assertThat(on("2026-03-05").run("today")).succeeds().out()
        .contains("Streak: 2 days (today's session keeps it)", "You missed yesterday");
    assertThat(on("2026-03-05").run("log", "--minutes", "30")).succeeds();
    assertThat(on("2026-03-05").run("done")).succeeds().out().contains("Streak: 3 days", "1 day behind");

    // Friday: skip day 4 to catch up, then backfill it as done on the missed Wednesday.
    assertThat(on("2026-03-06").run("skip")).succeeds().out()
        .contains("Skipped day 4: Dynamically sized types (DSTs).", "Next: day 5, Fat pointers");
    assertThat(file().day(4).path("status").asText()).isEqualTo("skipped");
    assertThat(on("2026-03-06").run("today", "--brief")).succeeds().out().contains("Day 5/100", "on schedule");
    assertThat(on("2026-03-06").run("done", "4", "--date", "2026-03-04")).succeeds();
    assertThat(file().day(4).path("completed").asText()).isEqualTo("2026-03-04");
    // The backfilled Wednesday mends the streak: 2, 3, 4 and 5 March, counted from yesterday.
    assertThat(on("2026-03-06").run("today", "--brief")).succeeds().out().contains("streak 4 · not logged yet · 1 review due · on schedule");

    // Reopen takes a day back: it becomes the current day again, with its notes kept.
    assertThat(on("2026-03-06").run("reopen", "1")).succeeds().out()
        .contains("Reopened day 1", "It is doing again; its notes\nare kept.",
            "It was done on 2026-03-02; rustplan done 1 keeps that date.");
    assertThat(file().day(1).path("status").asText()).isEqualTo("doing");
    assertThat(file().day(1).path("completed").asText()).isEqualTo("2026-03-02");
    assertThat(file().day(1).path("notes").path("learned")).hasSize(3);
    assertThat(on("2026-03-06").run("today", "--brief")).succeeds().out().startsWith("Day 1/100");
    assertThat(on("2026-03-06").run("done", "1", "--date", "2026-03-02")).succeeds();

    // Days 5 to 14, one a day from Friday 6 March to Sunday 15 March.
    LocalDate date = LocalDate.parse("2026-03-06");
    for (int day = 5; day <= 14; day++, date = date.plusDays(1)) {
      assertThat(on(date.toString()).run("log", "--learned", "note of day " + day, "--minutes", "30")).succeeds();
      assertThat(on(date.toString()).run("done")).succeeds().out().contains("Day " + day + " done on " + date);
    }

    Result progress = on("2026-03-15").run("progress");
    assertThat(progress).succeeds().out()
        .contains("Started:    2026-03-02", "Completed:  —", "Days done:  14 of 100", "Time spent: 6 h 15 min",
            "Streak:     14 days (longest: 14 days)", "Weekly Progress Log")
        .containsPattern("✅ 1 +1-7 +165 +Memory Layout & Representations\n")
        .containsPattern("✅ 2 +8-14 +210 +Ownership Deep Dive\n")
        .containsPattern("⬜ 3 +15-21 +0 +Advanced Trait Patterns\n")
        .contains("✅ complete  🟡 in progress  ⬜ not started")
        .contains("   1   ● ● ● ● ● ● ● ● ● ●  10", "  11   ● ● ● ● ○ ○ ○ ○ ○ ○  20");
    JsonNode report = json(on("2026-03-15").run("progress", "--json"));
    assertThat(report.path("daysDone").asInt()).isEqualTo(14);
    assertThat(report.path("minutes").asInt()).isEqualTo(375);
    assertThat(report.path("weeks").get(0).path("status").asText()).isEqualTo("complete");
    assertThat(report.path("weeks").get(2).path("status").asText()).isEqualTo("not-started");
    assertThat(report.path("days")).hasSize(100);

    assertThat(on("2026-03-16").run("today")).succeeds().out()
        .contains("Day 15 of 100 · Trait objects vs generics", "Week 3 · Advanced Trait Patterns",
            "Phase 2 · Traits & Type System Mastery", "Streak: 14 days", "on schedule (day 15 is scheduled today)");
  }

  @Test
  void aWeekHalfDoneIsInProgress() {
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("log", "3", "--question", "why ZSTs?")).succeeds();

    assertThat(on("2026-03-02").run("progress")).succeeds().out()
        .containsPattern("🟡 1 +1-7 ")
        .contains("   1   ○ ○ ◐ ○ ○ ○ ○ ○ ○ ○  10");
  }

  @Test
  void afterTheLastDayTodaySumsUpTheJourney() throws IOException {
    // Days 1-100 done one a day from 1 January 2026, day 50 skipped, 30 minutes each.
    StringBuilder days = new StringBuilder();
    LocalDate start = LocalDate.parse("2026-01-01");
    for (int day = 1; day <= 100; day++) {
      LocalDate on = start.plusDays(day - 1);
      days.append(day > 1 ? ",\n" : "").append('"').append(day).append("\": ")
          .append(day == 50
              ? "{\"status\": \"skipped\"}"
              : "{\"status\": \"done\", \"completed\": \"" + on + "\", \"notes\": {\"sessions\": [{\"date\": \""
                  + on + "\", \"minutes\": 30}]}}");
    }
    Files.writeString(file().path(), "{\"schema\": 1, \"plans\": {\"100-days-of-rust\": {\"started\": \"2026-01-01\","
        + " \"days\": {" + days + "}}}}");

    assertThat(on("2026-04-12").run("today")).succeeds().out()
        .contains("You have finished", "Started:   2026-01-01", "Completed: 2026-04-10",
            "Days done: 99 of 100 (1 skipped)", "Time:      49 h 30 min", "Longest streak: 99 days", "rustplan progress");
    // Day 50's skip has no date (journals before skips kept one): its date is one missed day, which
    // does not break the streak.
    assertThat(on("2026-04-12").run("today", "--brief")).succeeds().out()
        .isEqualTo("All 100 days finished · longest streak 99 🦀\n");
    JsonNode json = json(on("2026-04-12").run("today", "--json"));
    assertThat(json.path("finished").asBoolean()).isTrue();
    assertThat(json.path("day").isNull()).isTrue();
    // Two days after the finish: nothing is missed, the streak and the offset stand as they were on 10 April.
    assertThat(json.path("missedInARow").asInt()).isZero();
    assertThat(json.path("streak").asInt()).isEqualTo(99);
    assertThat(json.path("scheduleOffset").asInt()).isZero();
    assertThat(on("2026-04-12").run("progress")).succeeds().out().contains("Completed:  2026-04-10");
    assertThat(on("2026-04-12").run("log", "--learned", "x"))
        .failsWith(2, "every day is done or skipped; name the day, e.g. rustplan log 100");
  }

  @Test
  void theProgressOfAnotherPlanNeverMixesIn() throws Exception {
    String sql = Path.of(DailyLoopTest.class.getResource("/plans/10-days-of-sql.md").toURI()).toString();
    assertThat(on("2026-03-02").run("start")).succeeds();
    assertThat(on("2026-03-02").run("log", "--learned", "rust note")).succeeds();
    assertThat(on("2026-03-02").run("done")).succeeds();

    assertThat(on("2026-03-03").run("--plan", sql, "today", "--brief")).succeeds().out()
        .startsWith("Day 1/10 · ").endsWith("not started (rustplan start)\n");
    assertThat(on("2026-03-03").run("--plan", sql, "start")).succeeds();
    assertThat(on("2026-03-03").run("--plan", sql, "log", "--learned", "sql note")).succeeds();

    assertThat(file().json().path("plans").path("10-days-of-sql").path("days").path("1").path("notes")
        .path("learned").toString()).isEqualTo("[\"sql note\"]");
    assertThat(file().day(1).path("notes").path("learned").toString()).isEqualTo("[\"rust note\"]");
    assertThat(on("2026-03-03").run("today", "--brief")).succeeds().out().startsWith("Day 2/100 · ");
    assertThat(on("2026-03-03").run("--plan", sql, "progress")).succeeds().out()
        .contains("Started:    2026-03-03", "Days done:  0 of 10");
  }

  @Test
  void codeCanComeFromStdinWithItsLanguage() {
    assertThat(on("2026-03-02").run("start")).succeeds();

    assertThat(on("2026-03-02").stdin("let x: u8 = 1;\nprintln!(\"{}\", std::mem::size_of_val(&x));")
        .run("log", "--code", "-", "--lang", "rust")).succeeds().out().contains("1 snippet");
    assertThat(on("2026-03-02").stdin("SELECT 1;\n").run("log", "--code", "-")).succeeds();

    assertThat(file().day(1).path("notes").path("code").toString()).isEqualTo(
        "[{\"language\":\"rust\",\"code\":\"let x: u8 = 1;\\nprintln!(\\\"{}\\\", std::mem::size_of_val(&x));\\n\"},"
            + "{\"code\":\"SELECT 1;\\n\"}]");
  }
}

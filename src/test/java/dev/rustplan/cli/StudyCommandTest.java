package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.Golden;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.KeyScript;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `rustplan study` through the real command line: the foreground timer driven by a scripted key
 * stream whose reads move the clock, and `study start/stop/status/cancel` across runs with
 * RUSTPLAN_NOW. What is asserted is what the learner sees and what the journal holds.
 */
class StudyCommandTest {

  @TempDir Path home;

  @BeforeEach
  void start() {
    assertThat(rustplan().run("start")).succeeds();
  }

  private Rustplan rustplan() {
    return new Rustplan(home);
  }

  private Rustplan at(String now) {
    return rustplan().env("RUSTPLAN_NOW", now);
  }

  private JournalFile file() {
    return new JournalFile(home);
  }

  private JsonNode sessions(int day) {
    return file().day(day).path("notes").path("sessions");
  }

  private static Duration minutes(int n) {
    return Duration.ofMinutes(n);
  }

  @Test
  void aPauseIsNotCountedAndTheMinutesGoToTheDayAsLogRecordsThem() {
    KeyScript keys = new KeyScript().after(minutes(10), "p").after(minutes(5), " ").after(minutes(20), "\n");

    Result study = at("2026-03-02T18:30").keys(keys).run("study");

    assertThat(study).succeeds();
    Golden.assertMatches("study-pipe", study.out());
    assertThat(sessions(1).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":30}]");
    assertThat(file().plan().has("study")).as("the timer is gone once recorded").isFalse();
    assertThat(file().day(1).path("status").asText()).isEqualTo("doing");
  }

  @Test
  void theStudyLineIsTheSameAsLogsForTheSameMinutes() {
    Result study = at("2026-03-02T18:30").keys(new KeyScript().after(minutes(25), "\n")).run("study");
    Path other = home.resolve("other");
    assertThat(new Rustplan(other).run("start")).succeeds();
    Result log = new Rustplan(other).run("log", "--minutes", "25");

    assertThat(study).succeeds();
    assertThat(study.out()).endsWith(log.out() + "To add to day 1's notes: rustplan log 1 --learned \"...\" or rustplan"
        + " log 1 --edit\n");
  }

  @ParameterizedTest(name = "{0} s studied → {1} min")
  @CsvSource({"10, 1", "89, 1", "90, 2", "749, 12", "750, 13", "2700, 45"})
  void minutesAreRoundedToTheNearestAndAtLeastOne(int seconds, int recorded) {
    Result study = at("2026-03-02T18:30").keys(new KeyScript().after(Duration.ofSeconds(seconds), "\n")).run("study");

    assertThat(study).succeeds();
    assertThat(sessions(1).path(0).path("minutes").asInt()).isEqualTo(recorded);
  }

  @Test
  void theEndOfTheKeyStreamEndsTheSessionAndAPauseUnderWayDoesNotCount() {
    Result study = at("2026-03-02T18:30").keys(new KeyScript().after(minutes(7), "p")).run("study", "3");

    assertThat(study).succeeds().out().contains("Session of day 3 ended at 18:37: 7:00 studied.");
    assertThat(sessions(3).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":7}]");
  }

  @Test
  void otherKeysDoNothing() {
    KeyScript keys = new KeyScript().after(minutes(3), "x").after(minutes(3), "q").after(minutes(3), "\r");

    assertThat(at("2026-03-02T18:30").keys(keys).run("study")).succeeds();
    assertThat(sessions(1).path(0).path("minutes").asInt()).isEqualTo(9);
  }

  @Test
  void aSessionOverMidnightIsRecordedForTheDateItBegan() {
    Result study = at("2026-03-02T23:50").keys(new KeyScript().after(minutes(40), "\n")).run("study");

    assertThat(study).succeeds().out().contains("ended at 00:30: 40:00 studied");
    assertThat(sessions(1).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":40}]");
  }

  @Test
  void whileTheForegroundSessionRunsTheJournalHoldsItAndItsPauses() {
    // A key stream that looks at the journal at the moment of a key: the pause is written as it happens.
    KeyScript keys = new KeyScript().after(minutes(10), "p").after(minutes(1), "x").after(minutes(5), "\n");
    Result study = at("2026-03-02T18:30").keys(keys).run("study");

    assertThat(study).succeeds();
    assertThat(rustplan().run("undo", "--list").out())
        .contains("rustplan study");
    // Undo the session's end: the timer is back, paused as the last key left it before the end.
    assertThat(rustplan().run("undo", "--yes")).succeeds().out()
        .contains("day 1: minutes 10 → 0", "begin a study session of day 1 at 2026-03-02T18:30:00Z");
    JsonNode timer = file().plan().path("study");
    assertThat(timer.path("day").asInt()).isEqualTo(1);
    assertThat(timer.path("date").asText()).isEqualTo("2026-03-02");
    assertThat(timer.path("started").asText()).isEqualTo("2026-03-02T18:30:00Z");
    assertThat(timer.path("pausedSince").asText()).isEqualTo("2026-03-02T18:40:00Z");
    assertThat(rustplan().run("undo", "--yes")).succeeds().out().contains("study session of day 1: resumed");
    assertThat(file().plan().path("study").has("pausedSince")).isFalse();
  }

  @Test
  void startThenStopInAnotherRunRecordsTheTimeBetween() {
    assertThat(at("2026-03-02T18:30").run("study", "start", "4")).succeeds().out()
        .startsWith("Started studying day 4 (Dynamically sized types (DSTs)) at 18:30");

    assertThat(at("2026-03-02T18:45").run("study", "status")).succeeds().out()
        .startsWith("Studying day 4 (Dynamically sized types (DSTs)) since 18:30: 15:00 studied,\ntoward"
            + " 30-45 min.");
    Result stop = at("2026-03-02T19:10").run("study", "stop");

    assertThat(stop).succeeds().out().startsWith("Session of day 4 ended at 19:10: 40:00 studied.\n"
        + "Logged to day 4 (Dynamically sized types (DSTs)): 40 min.\n");
    assertThat(sessions(4).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":40}]");
    assertThat(file().plan().has("study")).isFalse();
    assertThat(at("2026-03-02T19:11").run("study", "stop")).failsWith(2, "no study session is running");
  }

  @Test
  void aSecondStartIsRefusedWithOneLineNamingTheRunningSession() {
    assertThat(at("2026-03-02T18:30").run("study", "start", "2")).succeeds();
    byte[] before = file().bytes();

    Result again = at("2026-03-02T18:40").run("study", "start");
    Result here = at("2026-03-02T18:40").keys(new KeyScript().after(minutes(5), "\n")).run("study", "3");

    for (Result refused : new Result[] {again, here}) {
      assertThat(refused).failsWith(2);
      assertThat(refused.err()).isEqualTo("rustplan: a study session is already running: day 2 since 18:30; end it"
          + " with rustplan study stop (or drop it with rustplan study cancel)\n");
    }
    assertThat(file().bytes()).isEqualTo(before);
  }

  @Test
  void aSessionOverSixHoursIsNotRecordedWithoutAnAnswer() {
    assertThat(at("2026-03-02T09:00").run("study", "start")).succeeds();
    byte[] before = file().bytes();

    Result stop = at("2026-03-02T15:01").run("study", "stop");

    assertThat(stop).failsWith(2);
    assertThat(stop.err()).isEqualTo("rustplan: day 1's session has been running for 6 h 1 min (since 09:00),"
        + " more than 6 h, so nothing was recorded and it is still open; record the time you studied with"
        + " rustplan study stop --minutes N, or drop it with rustplan study cancel\n");
    assertThat(file().bytes()).as("nothing recorded, the session still open").isEqualTo(before);

    assertThat(at("2026-03-02T15:02").run("study", "stop", "--minutes", "50")).succeeds().out()
        .contains("Logged to day 1 (Rust memory layout fundamentals): 50 min.");
    assertThat(sessions(1).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":50}]");
  }

  @Test
  void sixHoursExactlyIsRecordedUnasked() {
    assertThat(at("2026-03-02T09:00").run("study", "start")).succeeds();
    assertThat(at("2026-03-02T15:00").run("study", "stop")).succeeds();
    assertThat(sessions(1).path(0).path("minutes").asInt()).isEqualTo(360);
  }

  @Test
  void atATerminalALongSessionIsRecordedWholeOnlyWhenTheLearnerSaysYes() {
    assertThat(at("2026-03-02T08:00").run("study", "start")).succeeds();
    byte[] before = file().bytes();

    Result no = at("2026-03-02T15:00").interactive(true).stdin("n\n").run("study", "stop");
    assertThat(no).failsWith(2, "nothing was recorded");
    assertThat(no.out()).contains("day 1's session has been running for 7 h (since 08:00). Record all of it? [y/N]");
    assertThat(file().bytes()).isEqualTo(before);

    Result yes = at("2026-03-02T15:00").interactive(true).stdin("y\n").run("study", "stop");
    assertThat(yes).succeeds().out().contains("Record all of it? [y/N]", "Logged to day 1 (Rust memory layout"
        + " fundamentals): 7 h.");
    assertThat(sessions(1).path(0).path("minutes").asInt()).isEqualTo(420);
  }

  @Test
  void aLongForegroundSessionWithoutATerminalStaysOpen() {
    Result study = at("2026-03-02T08:00").keys(new KeyScript().after(Duration.ofHours(7), "\n")).run("study");

    assertThat(study).failsWith(2, "more than 6 h, so nothing was recorded and it is still open",
        "study stop --minutes N");
    assertThat(file().plan().path("study").path("started").asText()).isEqualTo("2026-03-02T08:00:00Z");
    assertThat(file().day(1).path("notes").has("sessions")).isFalse();
  }

  @Test
  void cancelDropsTheSessionAndUndoBringsItBack() {
    assertThat(at("2026-03-02T18:30").run("study", "start")).succeeds();
    byte[] running = file().bytes();

    assertThat(at("2026-03-02T18:50").run("study", "cancel")).succeeds().out()
        .startsWith("Dropped the study session of day 1 since 18:30 (20:00); nothing was recorded.");
    assertThat(file().plan().has("study")).isFalse();
    assertThat(file().day(1).path("notes").has("sessions")).isFalse();
    assertThat(rustplan().run("undo", "--yes")).succeeds();
    assertThat(file().bytes()).isEqualTo(running);
    assertThat(at("2026-03-02T18:50").run("study", "cancel")).succeeds();
    assertThat(at("2026-03-02T18:50").run("study", "cancel")).failsWith(2, "no study session is running");
  }

  @Test
  void statusWithoutASession() {
    assertThat(rustplan().run("study", "status")).succeeds().out()
        .isEqualTo("No study session is running. Start one with rustplan study (a timer here) or\nrustplan study"
            + " start.\n");
  }

  @Test
  void todayShowsTheRunningSessionByWhenItBegan() {
    assertThat(at("2026-03-02T18:30").run("study", "start", "2")).succeeds();

    assertThat(at("2026-03-02T18:31").run("today", "--brief")).succeeds().out()
        .endsWith(" · studying day 2 since 18:30\n");
    // The same at any later moment: the answer does not change while the session runs (it may be kept).
    assertThat(at("2026-03-02T21:00").run("today").out())
        .isEqualTo(at("2026-03-02T18:31").run("today").out())
        .contains("Studying day 2 since 18:30 (rustplan study stop records it)");
    JsonNode json = at("2026-03-02T18:31").run("today", "--json").json();
    assertThat(json.path("study").toString()).isEqualTo("{\"day\":2,\"date\":\"2026-03-02\",\"started\":"
        + "\"2026-03-02T18:30:00Z\",\"paused\":false,\"pausedSeconds\":0,\"pausedSince\":null}");

    assertThat(at("2026-03-02T19:00").run("study", "stop")).succeeds();
    assertThat(rustplan().run("today", "--json").json().get("study").isNull()).isTrue();
    assertThat(rustplan().run("today", "--brief").out()).doesNotContain("studying");
  }

  @Test
  void unknownFieldsOfTheTimerSurviveAndOlderJournalsReadAsBefore() throws Exception {
    assertThat(at("2026-03-02T18:30").run("study", "start")).succeeds();
    String text = Files.readString(file().path());
    Files.writeString(file().path(), text.replace("\"started\": \"2026-03-02T18:30:00Z\"",
        "\"started\": \"2026-03-02T18:30:00Z\",\n        \"device\": \"laptop\""));
    assertThat(Files.readString(file().path())).contains("\"device\": \"laptop\"");

    assertThat(at("2026-03-02T18:40").run("log", "--learned", "a note")).succeeds();
    assertThat(file().plan().path("study").path("device").asText()).isEqualTo("laptop");
    assertThat(at("2026-03-02T19:00").run("study", "stop")).succeeds();
    assertThat(sessions(1).toString()).isEqualTo("[{\"date\":\"2026-03-02\",\"minutes\":30}]");
  }

  @Test
  void aTimerTheJournalCannotHoldIsReportedWithItsPlace() throws Exception {
    assertThat(at("2026-03-02T18:30").run("study", "start")).succeeds();
    String text = Files.readString(file().path());
    Files.writeString(file().path(), text.replace("2026-03-02T18:30:00Z", "half past six"));

    assertThat(rustplan().run("study", "status")).failsWith(1, "progress.json:",
        "\"started\" must be a moment as YYYY-MM-DDTHH:MM:SSZ, got \"half past six\"");
  }

  @Test
  void badClockSettingsAreOneLine() {
    Result bad = at("18:30").run("study", "status");
    assertThat(bad).failsWith(2);
    assertThat(bad.err()).isEqualTo("rustplan: RUSTPLAN_NOW must be a date and time as YYYY-MM-DDTHH:MM or"
        + " YYYY-MM-DDTHH:MM:SS (local time), got '18:30'; unset it to use the system clock\n");
    assertThat(at("2026-03-02T18:30:00.5").run("today")).failsWith(2, "RUSTPLAN_NOW must be");
    assertThat(at("2026-03-02T25:00").run("today")).failsWith(2, "RUSTPLAN_NOW must be");

    Result both = at("2026-03-05T18:30").run("today", "--brief");
    assertThat(both).failsWith(2);
    assertThat(both.err()).isEqualTo("rustplan: RUSTPLAN_NOW (2026-03-05T18:30) and RUSTPLAN_TODAY (2026-03-02) name"
        + " different dates; unset RUSTPLAN_TODAY (RUSTPLAN_NOW gives the date too)\n");
    assertThat(at("2026-03-05T18:30").env("RUSTPLAN_TODAY", null).run("today", "--json").json()
        .path("date").asText()).isEqualTo("2026-03-05");
    assertThat(at("2026-03-02 18:30:15").run("study", "start")).succeeds().out().contains("at 18:30");
  }

  @Test
  void stopMinutesMustBeSensible() {
    assertThat(at("2026-03-02T18:30").run("study", "start")).succeeds();
    assertThat(at("2026-03-02T18:31").run("study", "stop", "--minutes", "0"))
        .failsWith(2, "--minutes must be a whole number from 1 to 1440 (one day), got '0'");
    assertThat(at("2026-03-02T18:31").run("study", "stop", "--minutes", "lots")).failsWith(2, "--minutes must be");
    assertThat(file().plan().has("study")).isTrue();
  }

  @Test
  void beforeThePlanStartsThereIsNothingToStudyFor() {
    Path fresh = home.resolve("fresh");
    assertThat(new Rustplan(fresh).run("study", "start")).failsWith(2, "the plan has not started yet");
    assertThat(new Rustplan(fresh).keys(new KeyScript().after(minutes(1), "\n")).run("study"))
        .failsWith(2, "the plan has not started yet");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole 100-day plan walked through the command line, `today --json` checked at each step against README.md's rules. */
class WholeJourneyTest {

  /** Day 1 of the walk; every other date is counted from it, so the walk moves with the harness. */
  private static final LocalDate START = LocalDate.parse(Rustplan.DEFAULT_TODAY);

  private static final int LAST_DAY = 100;

  @TempDir Path home;

  private final Model model = new Model();

  /**
   * Every way rustplan and the model disagree, collected rather than thrown at the first, so that
   * one run shows where the record went wrong and whether it stays wrong afterwards.
   */
  private final List<String> discrepancies = new ArrayList<>();

  /** rustplan on this date, wide enough that each line of what it says reads whole (screens wrap to the width). */
  private Rustplan on(LocalDate date) {
    return new Rustplan(home).today(date.toString()).env("COLUMNS", "200");
  }

  private static LocalDate day(int k) {
    return START.plusDays(k);
  }

  @Test
  void theWholePlanFromStartToFinishAndAfter() {
    for (int k = 0; !model.allFinished(); k++) {
      LocalDate t = day(k);
      morning(t);
      session(k, t);
      evening(t);
    }
    LocalDate finish = model.finishDate();
    assertThat(finish).as("the walk finished on the date it did day 100").isEqualTo(model.completed[LAST_DAY]);

    // After the finish: a review and a note on later dates are kept, but the record stopped on the finish date.
    LocalDate after1 = finish.plusDays(1);
    morning(after1);
    assertThat(on(after1).run("review", "100", "--ok")).succeeds();
    model.reviewOk(after1, 100);
    evening(after1);

    LocalDate after2 = finish.plusDays(2);
    morning(after2);
    assertThat(on(after2).run("log", "100", "--learned", "going back over the last day")).succeeds();
    model.log(after2, 100);
    evening(after2);

    for (LocalDate quiet : List.of(finish.plusDays(3), finish.plusDays(20))) {
      morning(quiet);
      evening(quiet);
    }

    // Checked together, so that a failure shows all that went wrong at the end of the walk.
    SoftAssertions softly = new SoftAssertions();
    // The finish summary: the date the learner began, not the rescheduled one; nothing is missed.
    Result summary = on(finish.plusDays(20)).run("today");
    assertThat(summary).succeeds();
    softly.assertThat(summary.out())
        .contains("You have finished", "Started:   " + START, "Completed: " + finish,
            "Days done: 97 of 100 (3 skipped)", "Longest streak: " + model.view(finish.plusDays(20)).get("longestStreak") + " days")
        .doesNotContain("missed", "Started:   " + model.scheduleStart);

    journalHoldsWhatTheModelDoes(softly);
    softly.assertThat(discrepancies).as("rustplan against README.md's rules (date moment key: expected vs actual)").isEmpty();
    softly.assertAll();
  }

  /*
   * The walk, one date at a time (k: dates since the start). Most dates are a session: log with
   * minutes, then done. The others: 3 missed; 10-11 a two-date gap, then a reschedule on 12; 6 a
   * skip; 60, 61 (skip), 62: missed, skipped, missed; 80-81 missed, 81 then skipped with --date; 70
   * missed, then done --date on 71; 95-96 missed while ahead. Reviews: day 2 (done --hard on 1) on
   * 2, 8 and 31 (31 nothing but that review); day 9 late on 17, then 18 and 39; day 5 put up on 45,
   * started over on 46, passed on 47, 53 and 76. Old days: log 1 on 7, reopen and done 3 on 14, log
   * 5 alone on 40. Ahead: a day after today's on 20, before it on 22. The schedule: reschedule on 12
   * and 63 (after the session), start --force on 85, reschedule --date two days ahead on 88.
   */

  private void session(int k, LocalDate t) {
    switch (k) {
      case 0 -> {
        assertThat(on(t).run("today")).succeeds().out().contains("You have not started yet");
        assertThat(on(t).run("start")).succeeds();
        model.start(t);
        check(t, "after start");
        study(t, false);
      }
      case 1 -> study(t, true);
      case 2 -> {
        assertThat(on(t).run("today")).succeeds().out()
            .contains("🔁 Review due: day 2 (Size, alignment, and padding) · rustplan review");
        review(t, 2);
        study(t, false);
      }
      case 3, 10, 11, 60, 62, 70, 80, 81, 95, 96 -> { } // nothing: missed (81 is recorded as skipped the next morning)
      case 4 -> {
        assertThat(on(t).run("today")).succeeds().out()
            .contains("Streak: 3 days (today's session keeps it)",
                "💤 You missed yesterday. That's fine: one missed day may be made up, and today's session does it.");
        study(t, false);
        assertThat(on(t).run("today")).succeeds().out()
            .contains("💤 You missed yesterday; today's session made it up.")
            .doesNotContain("keeps it");
      }
      case 5 -> {
        study(t, false);
        // log after done goes to the day just finished, until the date changes.
        int finished = model.todaysDay(t);
        Result log = on(t).run("log", "--learned", "one more thing after done");
        assertThat(log).succeeds();
        expectOut(t, "log after done", log, "Logged to day " + finished + " ");
        model.log(t, null);
      }
      case 6, 61 -> skip(t);
      case 7 -> {
        assertThat(on(t).run("today")).succeeds().out().doesNotContain("missed");
        Result revisit = on(t).run("log", "1", "--learned", "repr(C) again, a week on");
        assertThat(revisit).succeeds();
        expectOut(t, "log 1", revisit, "Day 1 stays done.");
        model.log(t, 1);
        study(t, false);
      }
      case 8, 39 -> {
        review(t, k == 8 ? 2 : 9);
        study(t, false);
      }
      case 9 -> study(t, true);
      case 12 -> {
        // After the two-date gap: the streak is over, and rustplan offers to move the schedule.
        int today = model.todaysDay(t);
        assertThat(on(t).run("today")).succeeds().out()
            .contains("Streak: 0 days",
                "⚠ You have missed 2 days in a row. The rule is never two: pick it up again today, even for a short session.",
                "  To move the remaining days so that day " + today + " is today: rustplan reschedule (or rustplan start --force --date DATE)");
        Result moved = on(t).run("reschedule");
        assertThat(moved).succeeds();
        model.reschedule(t);
        expectOut(t, "reschedule", moved, model.scheduleStart.toString());
        check(t, "after reschedule");
        assertThat(on(t).run("today")).succeeds().out()
            .contains("You have missed 2 days in a row")
            .doesNotContain("To move the remaining days");
        study(t, false);
      }
      case 14 -> {
        // Back to an old day: reopened, it is the first day neither done nor skipped, then done again on its first date.
        assertThat(on(t).run("reopen", "3")).succeeds();
        model.reopen(3);
        check(t, "after reopen 3");
        Result again = on(t).run("done", "3");
        assertThat(again).succeeds();
        expectOut(t, "done 3", again, "Day 3 done on " + model.completed[3]);
        model.done(t, 3, false);
        check(t, "after done 3");
        study(t, false);
      }
      case 17, 18 -> {
        review(t, 9);
        study(t, false);
      }
      case 20 -> {
        // A review before its date is refused and changes nothing.
        byte[] before = new JournalFile(home).bytes();
        Result early = on(t).run("review", "2", "--ok");
        assertThat(early.exit()).as("review 2 --ok before it is due:%n%s", early).isNotZero();
        assertThat(early.err()).contains(model.reviews.get(2).due.toString());
        assertThat(new JournalFile(home).bytes()).isEqualTo(before);
        // Then today's day, and one more ahead: the day ahead is not today's.
        study(t, false);
        int ahead = model.firstUnfinished();
        assertThat(on(t).run("done", Integer.toString(ahead))).succeeds();
        model.done(t, ahead, false);
      }
      case 22 -> {
        // A day ahead done before today's: today's day stays open and is still today's.
        int ahead = model.firstUnfinished() + 1;
        assertThat(on(t).run("done", Integer.toString(ahead))).succeeds();
        model.done(t, ahead, false);
        check(t, "after done " + ahead);
        study(t, false);
      }
      case 24 -> study(t, false, "--question", "Why is Pin a wrapper of pointers?");
      case 25 -> {
        // Yesterday's day left an open question, shown this morning.
        compare(t, "morning", "openQuestions", "[\"Why is Pin a wrapper of pointers?\"]",
            on(t).run("today", "--json").json().path("openQuestions"));
        study(t, false);
      }
      case 26 -> {
        // Minutes alone: a study date, and today's day is doing but not done.
        assertThat(on(t).run("log", "--minutes", "20")).succeeds();
        model.log(t, null);
      }
      case 30 -> {
        // Commands that change nothing write nothing: start once started, a second done.
        JournalFile file = new JournalFile(home);
        byte[] before = file.bytes();
        assertThat(on(t).run("start")).succeeds();
        assertThat(file.bytes()).as("start once started").isEqualTo(before);
        study(t, false);
        byte[] after = file.bytes();
        assertThat(on(t).run("done")).succeeds();
        assertThat(file.bytes()).as("a second done").isEqualTo(after);
        // Refused, and nothing written: a done day is not skipped; a day not finished is not reopened.
        assertThat(on(t).run("skip", "1").exit()).as("skip 1, a done day").isNotZero();
        assertThat(on(t).run("reopen", "99")).failsWith(2);
        assertThat(file.bytes()).as("after the refusals").isEqualTo(after);
      }
      case 31 -> {
        // The only thing done this date: the third review of day 2.
        review(t, 2);
        assertThat(on(t).run("today")).succeeds().out().doesNotContain("Review due");
      }
      case 40 -> {
        // The only thing done this date: a note on an old day, which stays done.
        Result old = on(t).run("log", "5", "--learned", "fat pointers, once more");
        assertThat(old).succeeds();
        expectOut(t, "log 5", old, "Day 5 stays done.");
        model.log(t, 5);
      }
      case 45 -> {
        // An old day put up for review: it counts from the date the day was finished, so it is due at once.
        assertThat(on(t).run("done", "5", "--hard")).succeeds();
        model.done(t, 5, true);
        check(t, "after done 5 --hard");
        study(t, false);
      }
      case 46 -> {
        assertThat(on(t).run("review", "5", "--again")).succeeds();
        model.reviewAgain(t, 5);
        study(t, false);
      }
      case 47, 53, 76 -> {
        review(t, 5);
        study(t, false);
      }
      case 63 -> {
        // Missed, skipped, missed: the skip does not keep the two missed dates apart.
        assertThat(on(t).run("today")).succeeds().out().contains("You have missed 2 days in a row");
        study(t, false);
        // Moved once today's day is finished: tomorrow's day goes to tomorrow.
        assertThat(on(t).run("reschedule")).succeeds();
        model.reschedule(t);
        check(t, "after reschedule");
      }
      case 71 -> {
        // Yesterday's session, recorded this morning: the missed date becomes a study date.
        int today = model.todaysDay(t);
        LocalDate yesterday = t.minusDays(1);
        Result backfill = on(t).run("done", "--date", yesterday.toString());
        assertThat(backfill).succeeds();
        expectOut(t, "done --date", backfill, "Day " + today + " done on " + yesterday);
        model.done(t, null, false, yesterday);
        check(t, "after done --date yesterday");
        study(t, false);
      }
      case 82 -> {
        LocalDate yesterday = t.minusDays(1);
        int first = model.firstUnfinished();
        Result skip = on(t).run("skip", "--date", yesterday.toString());
        assertThat(skip).succeeds();
        expectOut(t, "skip --date", skip, "Skipped day " + first + ":");
        model.skip(t, yesterday);
        check(t, "after skip --date yesterday");
        study(t, false);
      }
      case 85 -> {
        // The schedule moved with start --force: day 1 on the date that puts today's day today.
        LocalDate dayOne = t.minusDays(model.todaysDay(t) - 1);
        assertThat(on(t).run("start", "--force", "--date", dayOne.toString())).succeeds();
        model.scheduleStart = dayOne;
        check(t, "after start --force");
        study(t, false);
      }
      case 88 -> {
        // Planned ahead: today's day on the date after tomorrow, so the learner is two days ahead.
        LocalDate later = t.plusDays(2);
        assertThat(on(t).run("reschedule", "--date", later.toString())).succeeds();
        model.rescheduleTo(later, model.todaysDay(t));
        check(t, "after reschedule --date");
        study(t, false);
      }
      case 97 -> {
        // Two missed in a row while two days ahead: the rule's line, but nothing to reschedule.
        assertThat(model.view(t).get("scheduleOffset")).isEqualTo("0");
        assertThat(on(t).run("today")).succeeds().out()
            .contains("⚠ You have missed 2 days in a row.")
            .doesNotContain("To move the remaining days");
        study(t, false);
      }
      default -> study(t, model.todaysDay(t) == LAST_DAY);
    }
  }

  private void study(LocalDate t, boolean hard, String... more) {
    int today = model.todaysDay(t);
    List<String> args = new ArrayList<>(List.of("log", "--learned", "what day " + today + " taught",
        "--minutes", Integer.toString(30 + today % 16)));
    args.addAll(List.of(more));
    Result log = on(t).run(args.toArray(String[]::new));
    assertThat(log).succeeds();
    expectOut(t, "log", log, "Logged to day " + today + " ");
    model.log(t, null);
    Result done = hard ? on(t).run("done", "--hard") : on(t).run("done");
    assertThat(done).succeeds();
    expectOut(t, hard ? "done --hard" : "done", done, "Day " + today + " done on " + t);
    model.done(t, null, hard);
  }

  private void skip(LocalDate t) {
    int first = model.firstUnfinished();
    Result skip = on(t).run("skip");
    assertThat(skip).succeeds();
    expectOut(t, "skip", skip, "Skipped day " + first + ":");
    model.skip(t);
  }

  private void review(LocalDate t, int n) {
    assertThat(on(t).run("review", Integer.toString(n), "--ok")).succeeds();
    model.reviewOk(t, n);
  }

  // What is compared.

  private void morning(LocalDate t) {
    check(t, "morning");
    Map<String, String> expected = model.view(t);
    if (model.started != null && !model.allFinished()) {
      Result brief = on(t).run("today", "--brief");
      assertThat(brief).succeeds();
      int offset = Integer.parseInt(expected.get("scheduleOffset"));
      String schedule = offset == 0 ? "on schedule"
          : offset == -1 ? "1 day behind"
          : offset < 0 ? -offset + " days behind"
          : "ahead";
      expectOut(t, "today --brief", brief, "Day " + expected.get("day") + "/100 · ");
      expectOut(t, "today --brief", brief, " · streak " + expected.get("streak") + " · ");
      expectOut(t, "today --brief", brief, schedule);
    }
  }

  private void evening(LocalDate t) {
    check(t, "evening");
    Map<String, String> expected = model.view(t);
    JsonNode progress = on(t).run("progress", "--json").json();
    compare(t, "evening progress --json", "streak", expected.get("streak"), progress.path("streak"));
    compare(t, "evening progress --json", "longestStreak", expected.get("longestStreak"), progress.path("longestStreak"));
  }

  /** `today --json` against the model, key by key. */
  private void check(LocalDate t, String moment) {
    JsonNode json = on(t).run("today", "--json").json();
    model.view(t).forEach((key, expected) -> compare(t, moment, key, expected, json.path(key)));
  }

  private void compare(LocalDate t, String moment, String key, String expected, JsonNode actual) {
    if (expected == null) {
      return; // the README says nothing this check could hold rustplan to
    }
    String got = actual.isMissingNode() ? "(absent)" : actual.isValueNode() ? actual.asText() : actual.toString();
    if (actual.isNull()) {
      got = "null";
    }
    if (!expected.equals(got)) {
      discrepancies.add(t + " " + moment + " " + key + ": expected " + expected + " vs " + got);
    }
  }

  private void expectOut(LocalDate t, String command, Result result, String fragment) {
    if (!result.out().contains(fragment)) {
      discrepancies.add(t + " " + command + " prints: expected '" + fragment + "' in " + result.out().strip());
    }
  }

  private void journalHoldsWhatTheModelDoes(SoftAssertions softly) {
    JournalFile file = new JournalFile(home);
    JsonNode plan = file.plan();
    softly.assertThat(plan.path("started").asText()).as("started, unchanged by the reschedule").isEqualTo(START.toString());
    softly.assertThat(plan.path("scheduleStart").asText()).isEqualTo(model.scheduleStart.toString());
    for (int n = 1; n <= LAST_DAY; n++) {
      JsonNode day = file.day(n);
      softly.assertThat(day.path("status").asText()).as("day %d's status", n).isEqualTo(model.status[n]);
      softly.assertThat(day.path("completed").asText()).as("day %d's completion date", n).isEqualTo(model.completed[n].toString());
      softly.assertThat(day.path("notes").size() > 0).as("day %d has notes", n).isEqualTo(model.notes[n]);
    }
    for (Map.Entry<Integer, Review> entry : model.reviews.entrySet()) {
      Review r = entry.getValue();
      JsonNode review = file.day(entry.getKey()).path("review");
      softly.assertThat(review.path("since").asText()).as("day %d's review since", entry.getKey()).isEqualTo(r.since.toString());
      softly.assertThat(review.path("step").asInt()).as("day %d's review step", entry.getKey()).isEqualTo(r.step);
      softly.assertThat(review.path("due").isMissingNode() ? null : review.path("due").asText())
          .as("day %d's review due", entry.getKey()).isEqualTo(r.due == null ? null : r.due.toString());
      List<String> reviewed = new ArrayList<>();
      review.path("reviewed").forEach(node -> reviewed.add(node.asText()));
      softly.assertThat(reviewed).as("day %d's review dates", entry.getKey())
          .isEqualTo(r.reviewed.stream().map(LocalDate::toString).toList());
    }
    // The old day revisited keeps its first date; and the walk took days 2, 9 and 5 through all three reviews.
    softly.assertThat(file.day(3).path("completed").asText()).isEqualTo(day(2).toString());
    softly.assertThat(List.of(model.reviews.get(2).step, model.reviews.get(9).step, model.reviews.get(5).step))
        .containsOnly(3);
  }

  // The oracle: README.md's rules for the daily loop, written out plainly.

  /** A hard day's review: the README's "The review schedule". */
  private static final class Review {
    static final int[] AFTER = {1, 7, 30};
    LocalDate since;
    int step;
    LocalDate due;
    final List<LocalDate> reviewed = new ArrayList<>();

    Review(LocalDate since) {
      this.since = since;
      this.due = since.plusDays(AFTER[0]);
    }
  }

  /** What the learner did, and what the README says follows from it. */
  private static final class Model {
    LocalDate started;
    LocalDate scheduleStart;
    final String[] status = new String[LAST_DAY + 1];
    final LocalDate[] completed = new LocalDate[LAST_DAY + 1];
    final boolean[] notes = new boolean[LAST_DAY + 1];
    /** Dates on which something counts as study: a note or minutes, a day done, a review. */
    final Set<LocalDate> studied = new HashSet<>();
    /** Dates on which a day was skipped. */
    final Set<LocalDate> skipped = new HashSet<>();
    /** The date → the day that was today's day and was done that date. */
    final Map<LocalDate, Integer> finishedTodaysDay = new HashMap<>();
    final Map<Integer, Review> reviews = new TreeMap<>();

    Model() {
      for (int n = 1; n <= LAST_DAY; n++) {
        status[n] = "todo";
      }
    }

    boolean finished(int n) {
      return status[n].equals("done") || status[n].equals("skipped");
    }

    /** The first day neither done nor skipped, or 0 when there is none. */
    int firstUnfinished() {
      for (int n = 1; n <= LAST_DAY; n++) {
        if (!finished(n)) {
          return n;
        }
      }
      return 0;
    }

    boolean allFinished() {
      return firstUnfinished() == 0;
    }

    /** Once every day is finished, the date the last one was. */
    LocalDate finishDate() {
      if (!allFinished()) {
        return null;
      }
      LocalDate last = null;
      for (int n = 1; n <= LAST_DAY; n++) {
        if (last == null || completed[n].isAfter(last)) {
          last = completed[n];
        }
      }
      return last;
    }

    /** DAY's default: once today's day is finished today, that day until the date changes; else the first open one. */
    int todaysDay(LocalDate t) {
      return finishedTodaysDay.getOrDefault(t, firstUnfinished());
    }

    void start(LocalDate t) {
      started = t;
      scheduleStart = t;
    }

    void log(LocalDate t, Integer day) {
      int n = day == null ? todaysDay(t) : day;
      notes[n] = true;
      if (status[n].equals("todo")) {
        status[n] = "doing";
      }
      studied.add(t);
    }

    void done(LocalDate t, Integer day, boolean hard) {
      done(t, day, hard, null);
    }

    /** `done [DAY] [--hard] [--date DATE]`: the date a day is finished on is the date it studies. */
    void done(LocalDate t, Integer day, boolean hard, LocalDate date) {
      int todays = todaysDay(t);
      int n = day == null ? todays : day;
      if (!status[n].equals("done")) {
        status[n] = "done";
        // A day reopened and done again keeps the date it was first done, unless --date says otherwise.
        if (date != null) {
          completed[n] = date;
        } else if (completed[n] == null) {
          completed[n] = t;
        }
        // Only today's day, finished today, counts as finishing today's day.
        if (n == todays && completed[n].equals(t) && !finishedTodaysDay.containsKey(t)) {
          finishedTodaysDay.put(t, n);
        }
        studied.add(completed[n]);
      }
      if (hard) {
        reviews.put(n, new Review(completed[n]));
      }
    }

    /**
     * A skip passes the day: today's day moves on at once (the README's "finished" covers skips for
     * the whole plan; a skip is not a session, so it does not make the skipped day today's day).
     */
    void skip(LocalDate t) {
      skip(t, t);
    }

    /** `skip --date DATE`: the date recorded is the date it was skipped on. */
    void skip(LocalDate t, LocalDate date) {
      int n = firstUnfinished();
      status[n] = "skipped";
      completed[n] = date;
      skipped.add(date);
    }

    void reopen(int n) {
      status[n] = notes[n] ? "doing" : "todo";
    }

    void reviewOk(LocalDate t, int n) {
      Review r = reviews.get(n);
      if (r.due == null || r.due.isAfter(t)) {
        throw new AssertionError("the walk passes review " + n + " on " + t + " before it is due (" + r.due + ")");
      }
      r.step++;
      r.reviewed.add(t);
      if (r.step == Review.AFTER.length) {
        r.due = null;
      } else {
        LocalDate next = r.since.plusDays(Review.AFTER[r.step]);
        r.due = next.isAfter(t) ? next : t.plusDays(1);
      }
      studied.add(t);
    }

    /** It did not hold: the schedule starts over from today, first due tomorrow. */
    void reviewAgain(LocalDate t, int n) {
      Review r = reviews.get(n);
      r.since = t;
      r.step = 0;
      r.due = t.plusDays(Review.AFTER[0]);
      r.reviewed.add(t);
      studied.add(t);
    }

    /** Today's day scheduled today (tomorrow's day tomorrow, once today's day is finished today). */
    void reschedule(LocalDate t) {
      if (finishedTodaysDay.containsKey(t)) {
        scheduleStart = t.plusDays(1).minusDays(firstUnfinished() - 1);
      } else {
        scheduleStart = t.minusDays(todaysDay(t) - 1);
      }
    }

    /** `reschedule --date DATE`: the day scheduled on DATE, each later day one calendar day after the other. */
    void rescheduleTo(LocalDate date, int day) {
      scheduleStart = date.minusDays(day - 1);
    }

    /** What `today --json` should hold on date t; a null value is a key the README leaves open. */
    Map<String, String> view(LocalDate t) {
      Map<String, String> v = new LinkedHashMap<>();
      boolean finished = allFinished();
      int first = firstUnfinished();
      Integer finishedToday = finishedTodaysDay.get(t);
      v.put("day", first == 0 ? "null" : Integer.toString(first));
      v.put("status", first == 0 ? null : status[first]);
      v.put("started", started == null ? "null" : started.toString());
      v.put("scheduleStart", scheduleStart == null ? "null" : scheduleStart.toString());
      v.put("finished", Boolean.toString(finished));
      v.put("finishedToday", finishedToday == null ? "null" : finishedToday.toString());
      if (started == null) {
        v.put("scheduledDay", "null");
        v.put("scheduleOffset", "null");
      } else if (!finished) {
        // Once today's day is finished today, the schedule compares against tomorrow.
        LocalDate against = finishedToday == null ? t : t.plusDays(1);
        int scheduled = (int) ChronoUnit.DAYS.between(scheduleStart, against) + 1;
        v.put("scheduledDay", Integer.toString(scheduled));
        v.put("scheduleOffset", Integer.toString(first - scheduled));
      } else {
        // As you finished: 0 on schedule, -3 if the last day came three days after its scheduled date.
        LocalDate lastScheduled = scheduleStart.plusDays(LAST_DAY - 1);
        v.put("scheduledDay", null);
        v.put("scheduleOffset", Long.toString(ChronoUnit.DAYS.between(finishDate(), lastScheduled)));
      }
      v.putAll(record(t));
      v.put("reviewsDue", reviews.entrySet().stream()
          .filter(e -> e.getValue().due != null && !e.getValue().due.isAfter(t))
          .map(e -> e.getKey().toString())
          .collect(Collectors.joining(",", "[", "]")));
      return v;
    }

    /** The streak, the longest and the missed dates in a row, counted date by date. */
    Map<String, String> record(LocalDate t) {
      Map<String, String> v = new LinkedHashMap<>();
      if (started == null) {
        v.put("streak", "0");
        v.put("longestStreak", "0");
        v.put("missedInARow", "0");
        return v;
      }
      LocalDate begin = started;
      for (LocalDate d : studied) {
        begin = d.isBefore(begin) ? d : begin;
      }
      for (LocalDate d : skipped) {
        begin = d.isBefore(begin) ? d : begin;
      }
      LocalDate finish = finishDate();
      // The record stops on the finish date; until then it runs to today.
      LocalDate end = finish != null && finish.isBefore(t) ? finish : t;
      int streak = 0;
      int longest = 0;
      int missedSinceStudy = 0;
      for (LocalDate d = begin; !d.isAfter(end); d = d.plusDays(1)) {
        if (studied.contains(d)) {
          if (missedSinceStudy >= 2) {
            streak = 0;
          }
          streak++;
          missedSinceStudy = 0;
          longest = Math.max(longest, streak);
        } else if (skipped.contains(d)) {
          // neither studied nor missed, and it does not keep missed dates apart
        } else if (d.isBefore(t)) {
          missedSinceStudy++;
          if (missedSinceStudy >= 2) {
            streak = 0;
          }
        }
        // today with nothing yet: not missed, there is still time
      }
      // The missed dates in a row up to yesterday (a session today does not undo them), skips passed over.
      int missedInARow = 0;
      if (finish == null) {
        for (LocalDate d = t.minusDays(1); !d.isBefore(begin) && !studied.contains(d); d = d.minusDays(1)) {
          if (!skipped.contains(d)) {
            missedInARow++;
          }
        }
      }
      v.put("streak", Integer.toString(streak));
      v.put("longestStreak", Integer.toString(longest));
      v.put("missedInARow", Integer.toString(missedInARow));
      return v;
    }
  }
}

package dev.rustplan.progress;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where the learner stands on a plan today: the current day (the first neither done nor skipped),
 * today's day if it was finished today, the streak and the missed dates ({@link Attendance}), and
 * how far ahead (+) or behind (-) the schedule they are, where day N is scheduled on the
 * schedule's day 1 + N - 1.
 *
 * <p><b>Today's day</b> is the day the learner had before them this morning: the first day not
 * skipped and not done before today. Once it is done today the schedule is measured against
 * tomorrow, because the current day is then tomorrow's work. Finishing another day (going back
 * to an old one, or ahead) never counts as finishing today's.
 *
 * <p>Once every day is finished the numbers stop on the finish date: the schedule offset is the
 * one the learner finished with, and no date after it is missed.
 */
public record Standing(
    LocalDate today,
    LocalDate startDate,
    LocalDate scheduleStart,
    Optional<Day> current,
    Optional<Day> finishedToday,
    Streaks streaks,
    int scheduledDay,
    int scheduleOffset,
    int missedInARow,
    Optional<LocalDate> finishDate) {

  public static Standing of(Plan plan, PlanJournal journal, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    Attendance attendance = Attendance.of(plan, journal);
    // Loops and plain branches, not streams or Optional's lambdas: this runs on every start
    // without a saved answer, and each lambda costs a cold start about 0.3 ms to link on first use.
    Optional<Day> current = Optional.empty();
    for (Day day : plan.days()) {
      if (!journal.day(day.number()).status().finished()) {
        current = Optional.of(day);
        break;
      }
    }
    Optional<Day> finishedToday = todaysDay(plan, journal, today);
    if (finishedToday.isPresent()) {
      DayEntry entry = journal.day(finishedToday.get().number());
      if (entry.status() != Status.DONE || !today.equals(entry.completed())) {
        finishedToday = Optional.empty();
      }
    }
    Optional<LocalDate> finish = attendance.finish();
    int scheduled = 0;
    int offset = 0;
    if (journal.isStarted()) {
      LocalDate reference = finish.isPresent() ? finish.get().plusDays(1)
          : finishedToday.isPresent() ? today.plusDays(1) : today;
      // Before the schedule's day 1 nothing is due yet but day 1: being at day 1 then is on schedule.
      scheduled = Math.max(1, (int) ChronoUnit.DAYS.between(journal.schedule(), reference) + 1);
      int position = current.isPresent() ? current.get().number() : plan.lastDay() + 1;
      offset = position - scheduled;
    }
    return new Standing(today, attendance.began(), journal.schedule(), current, finishedToday,
        Streaks.of(attendance, today), scheduled, offset, attendance.missedInARow(today), finish);
  }

  /** Today's day, as defined above; empty once every day is finished. */
  public static Optional<Day> todaysDay(Plan plan, PlanJournal journal, LocalDate today) {
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      boolean doneBefore = entry.status() == Status.DONE && (entry.completed() == null || entry.completed().isBefore(today));
      if (entry.status() != Status.SKIPPED && !doneBefore) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  public boolean started() {
    return startDate != null;
  }

  /** Every day is done or skipped. */
  public boolean finished() {
    return current.isEmpty();
  }

  /** "on schedule", "1 day behind", "3 days ahead". */
  public String scheduleText() {
    if (scheduleOffset == 0) {
      return "on schedule";
    }
    int n = Math.abs(scheduleOffset);
    return n + (n == 1 ? " day " : " days ") + (scheduleOffset < 0 ? "behind" : "ahead");
  }
}

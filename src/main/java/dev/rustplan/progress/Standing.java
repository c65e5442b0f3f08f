package dev.rustplan.progress;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where the learner stands on a plan today: the current day (the first neither done nor skipped),
 * the day finished today if any, the streak, and how far ahead (+) or behind (-) the calendar
 * they are, where day N is scheduled on the start date + N - 1.
 *
 * <p>Once a day was finished today the schedule is measured against tomorrow, because the
 * current day is then tomorrow's work: finishing today's day leaves the learner on schedule.
 */
public record Standing(
    LocalDate today,
    LocalDate startDate,
    Optional<Day> current,
    Optional<Day> finishedToday,
    Streaks streaks,
    int scheduledDay,
    int scheduleOffset) {

  public static Standing of(Plan plan, PlanJournal journal, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    Optional<Day> current = plan.days().stream().filter(d -> !journal.day(d.number()).status().finished()).findFirst();
    Optional<Day> finishedToday =
        plan.days().stream()
            .filter(d -> today.equals(journal.day(d.number()).completed()))
            .filter(d -> journal.day(d.number()).status() == Status.DONE)
            .max(Comparator.comparingInt(Day::number));
    int scheduled = 0;
    int offset = 0;
    if (journal.isStarted()) {
      LocalDate reference = finishedToday.isPresent() ? today.plusDays(1) : today;
      // Before the start date nothing is due yet but day 1: being at day 1 then is on schedule.
      scheduled = Math.max(1, (int) ChronoUnit.DAYS.between(journal.started(), reference) + 1);
      int position = current.map(Day::number).orElse(plan.lastDay() + 1);
      offset = position - scheduled;
    }
    return new Standing(
        today, journal.started(), current, finishedToday, Streaks.of(journal, today), scheduled, offset);
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

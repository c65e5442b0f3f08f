package dev.rustplan.progress;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How the journey is going over time, for `stats` and the report: the minutes and the days done in
 * each calendar week (Monday first), the average minutes of a study date, the pace and the finish
 * it leads to beside the scheduled one, the longest gap and the weekdays studied. Study dates are
 * {@link Attendance}'s; the schedule is the journal's (day N on the schedule's day 1 + N - 1).
 *
 * <ul>
 *   <li>The dates run from the day the learner began to today; once every day is finished, to the
 *       finish date or the last study date after it, if later (never after today).
 *   <li>The <b>pace</b> is days finished (done or skipped) per week over the last 14 dates: up to
 *       yesterday, or up to today once a day was finished today (a morning with nothing done yet
 *       is not a slower pace), and never before the day the learner began; once the plan is
 *       finished, the 14 dates up to the finish date. Empty when there is no such date yet.
 *   <li>The <b>projected finish</b> is the date the days left are finished at that pace, counted
 *       from the day after the pace's last date; the finish date itself once there are none left;
 *       empty at a pace of 0.
 *   <li>The <b>longest gap</b> is the longest run of dates in a row without study, from the day
 *       the learner began up to yesterday (today is not over) and never after the finish date.
 * </ul>
 */
public record Trends(
    LocalDate today,
    LocalDate began,
    List<WeekTotal> weeks,
    List<WeekdayTotal> weekdays,
    int studyDates,
    int minutes,
    int daysFinished,
    int daysLeft,
    Optional<Pace> pace,
    Optional<LocalDate> projectedFinish,
    Optional<LocalDate> scheduledFinish,
    Optional<LocalDate> finished,
    Optional<Gap> longestGap) {

  /** How many dates the pace is measured over. */
  public static final int PACE_DATES = 14;

  /** A calendar week from its Monday: the minutes logged, the days marked done and the study dates in it. */
  public record WeekTotal(LocalDate monday, int minutes, int daysDone, int studyDates) {}

  /** A weekday: on how many dates of it the learner studied, and the minutes logged on them. */
  public record WeekdayTotal(DayOfWeek weekday, int studyDates, int minutes) {}

  /** The dates the pace is measured over, and how many days were finished on them. */
  public record Pace(LocalDate from, LocalDate to, int daysFinished) {

    public int dates() {
      return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days finished per week, at this rate. */
    public double perWeek() {
      return daysFinished * 7.0 / dates();
    }
  }

  /** A run of dates in a row without study, first to last. */
  public record Gap(LocalDate from, LocalDate to) {

    public int days() {
      return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
  }

  public Trends {
    weeks = List.copyOf(weeks);
    weekdays = List.copyOf(weekdays);
  }

  public static Trends of(Plan plan, PlanJournal journal, LocalDate today) {
    Attendance attendance = Attendance.of(plan, journal);
    int left = (int) plan.days().stream().filter(d -> !journal.day(d.number()).status().finished()).count();
    int finishedCount = plan.days().size() - left;
    LocalDate began = attendance.began();
    if (began == null) {
      return new Trends(today, null, List.of(), List.of(), 0, 0, finishedCount, left, Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<LocalDate> finish = attendance.finish();
    LocalDate end = finish.isPresent() ? lastDate(attendance, finish.get(), today) : today;

    List<WeekTotal> weeks = new ArrayList<>();
    int[] weekdayDates = new int[7];
    int[] weekdayMinutes = new int[7];
    int studyDates = 0;
    int minutes = 0;
    for (LocalDate monday = began.with(DayOfWeek.MONDAY); !monday.isAfter(end); monday = monday.plusWeeks(1)) {
      int weekMinutes = 0;
      int weekDone = 0;
      int weekDates = 0;
      for (LocalDate d = monday; d.isBefore(monday.plusWeeks(1)); d = d.plusDays(1)) {
        if (d.isBefore(began) || d.isAfter(end)) {
          continue;
        }
        weekMinutes += attendance.minutes(d);
        weekDone += attendance.daysDone(d);
        if (attendance.studied(d)) {
          weekDates++;
          weekdayDates[d.getDayOfWeek().ordinal()]++;
          weekdayMinutes[d.getDayOfWeek().ordinal()] += attendance.minutes(d);
        }
      }
      weeks.add(new WeekTotal(monday, weekMinutes, weekDone, weekDates));
      studyDates += weekDates;
      minutes += weekMinutes;
    }
    List<WeekdayTotal> weekdays = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      weekdays.add(new WeekdayTotal(day, weekdayDates[day.ordinal()], weekdayMinutes[day.ordinal()]));
    }

    Optional<Pace> pace = pace(attendance, began, finish, today);
    Optional<LocalDate> projected = finish.isPresent() ? finish
        : pace.filter(p -> p.daysFinished() > 0).map(p -> {
          // ceil(left / (finished / dates)): the dates it takes at this rate, from the day after the pace's last.
          long needed = ((long) left * p.dates() + p.daysFinished() - 1) / p.daysFinished();
          return p.to().plusDays(needed);
        });
    Optional<LocalDate> scheduled = Optional.of(journal.schedule().plusDays(plan.lastDay() - 1L));
    return new Trends(today, began, weeks, weekdays, studyDates, minutes, finishedCount, left, pace, projected,
        scheduled, finish, longestGap(attendance, began, finish, today));
  }

  /** Minutes per study date; empty with no study date. */
  public Optional<Double> averageMinutes() {
    return studyDates == 0 ? Optional.empty() : Optional.of((double) minutes / studyDates);
  }

  /** The weekday with the most study dates (then the most minutes, then the earliest in the week); empty with none. */
  public Optional<WeekdayTotal> mostStudiedWeekday() {
    return weekdays.stream()
        .filter(w -> w.studyDates() > 0)
        .max(Comparator.comparingInt(WeekdayTotal::studyDates)
            .thenComparingInt(WeekdayTotal::minutes)
            .thenComparing(WeekdayTotal::weekday, Comparator.reverseOrder()));
  }

  public boolean started() {
    return began != null;
  }

  /** The finish date, or a study date after it (a review gone over later), whichever is later, but never after today. */
  private static LocalDate lastDate(Attendance attendance, LocalDate finish, LocalDate today) {
    if (!finish.isBefore(today)) {
      return today;
    }
    for (LocalDate d = today; d.isAfter(finish); d = d.minusDays(1)) {
      if (attendance.studied(d)) {
        return d;
      }
    }
    return finish;
  }

  private static Optional<Pace> pace(Attendance attendance, LocalDate began, Optional<LocalDate> finish, LocalDate today) {
    LocalDate to = finish.filter(f -> !f.isAfter(today))
        .orElse(attendance.daysFinished(today) > 0 ? today : today.minusDays(1));
    LocalDate from = to.minusDays(PACE_DATES - 1L);
    if (from.isBefore(began)) {
      from = began;
    }
    if (to.isBefore(from)) {
      return Optional.empty();
    }
    int finished = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      finished += attendance.daysFinished(d);
    }
    return Optional.of(new Pace(from, to, finished));
  }

  private static Optional<Gap> longestGap(Attendance attendance, LocalDate began, Optional<LocalDate> finish,
      LocalDate today) {
    LocalDate last = today.minusDays(1);
    if (finish.isPresent() && finish.get().isBefore(last)) {
      last = finish.get();
    }
    Gap longest = null;
    LocalDate runStart = null;
    for (LocalDate d = began; !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
      boolean gap = !d.isAfter(last) && !attendance.studied(d);
      if (gap && runStart == null) {
        runStart = d;
      } else if (!gap && runStart != null) {
        Gap run = new Gap(runStart, d.minusDays(1));
        if (longest == null || run.days() > longest.days()) {
          longest = run;
        }
        runStart = null;
      }
    }
    return Optional.ofNullable(longest);
  }
}

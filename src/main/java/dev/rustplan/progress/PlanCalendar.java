package dev.rustplan.progress;

import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan's calendar, a cell a date from the day the learner began ({@link Attendance#began}):
 * the minutes logged on it and what the date holds. It runs to the last scheduled day (start +
 * last day - 1) or today, whichever is later; once every day is finished, to the last date
 * anything was logged.
 */
public record PlanCalendar(LocalDate today, List<Cell> cells) {

  /** What a date holds, in this order of precedence. */
  public enum Kind {
    /** A day was marked done on it. */
    DONE,
    /** Something was studied on it (logged, or a review gone over), but no day was finished. */
    LOGGED,
    /** A day was skipped on it, and nothing else happened. */
    SKIPPED,
    /** Missed, as {@link Attendance} defines it. */
    MISSED,
    /** Today, with nothing logged yet. */
    TODAY,
    /** A date still to come. */
    COMING
  }

  /** One date of the calendar. */
  public record Cell(LocalDate date, int minutes, Kind kind) {}

  public PlanCalendar {
    cells = List.copyOf(cells);
  }

  public static PlanCalendar of(Plan plan, PlanJournal journal, LocalDate today) {
    DayChanges.requireStarted(journal);
    Attendance attendance = Attendance.of(plan, journal);
    LocalDate start = attendance.began();
    boolean finished = plan.days().stream().allMatch(d -> journal.day(d.number()).status().finished());
    LocalDate scheduledEnd = journal.schedule().plusDays(plan.lastDay() - 1L);
    LocalDate end = finished ? lastActive(attendance, start, today) : later(scheduledEnd, today);
    List<Cell> cells = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      cells.add(new Cell(d, attendance.minutes(d), kind(attendance, d, today)));
    }
    return new PlanCalendar(today, cells);
  }

  public LocalDate first() {
    return cells.get(0).date();
  }

  public LocalDate last() {
    return cells.get(cells.size() - 1).date();
  }

  /** How many cells are of the kind. */
  public long count(Kind kind) {
    return cells.stream().filter(c -> c.kind() == kind).count();
  }

  private static Kind kind(Attendance attendance, LocalDate date, LocalDate today) {
    if (attendance.finishedOn(date)) {
      return Kind.DONE;
    }
    if (attendance.studied(date)) {
      return Kind.LOGGED;
    }
    if (attendance.skippedOn(date)) {
      return Kind.SKIPPED;
    }
    if (attendance.missed(date, today)) {
      return Kind.MISSED;
    }
    return date.equals(today) ? Kind.TODAY : Kind.COMING;
  }

  /** The last date with something logged, done or skipped, at most today, at least the start. */
  private static LocalDate lastActive(Attendance attendance, LocalDate start, LocalDate today) {
    for (LocalDate d = today; d.isAfter(start); d = d.minusDays(1)) {
      if (attendance.studied(d) || attendance.skippedOn(d)) {
        return d;
      }
    }
    return start;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

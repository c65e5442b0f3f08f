package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The learner's progress on one plan: the date they began (null before `start`), the date day 1 is
 * scheduled on when the schedule was moved since (null while it is the start date), and their days
 * and weeks, each keyed by number and kept in number order so the file diffs cleanly.
 *
 * <p>The two dates are apart because `reschedule` moves the plan's future, never its past: the
 * calendar and "Started" keep the day the learner really began.
 *
 * <p>{@code study} is the study session running now (`rustplan study start`), else null: it is
 * kept in the journal so that it survives the terminal it was started in.
 */
public record PlanJournal(
    LocalDate started,
    LocalDate scheduleStart,
    SortedMap<Integer, DayEntry> days,
    SortedMap<Integer, WeekEntry> weeks,
    StudyTimer study,
    Unknown unknown) {

  public static final PlanJournal EMPTY =
      new PlanJournal(null, null, new TreeMap<>(), new TreeMap<>(), null, Unknown.NONE);

  public PlanJournal {
    days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    weeks = Collections.unmodifiableSortedMap(new TreeMap<>(weeks));
    // One way to say "the schedule was never moved", so that equal journals are equal records.
    if (scheduleStart != null && scheduleStart.equals(started)) {
      scheduleStart = null;
    }
  }

  /** A journal with no study session running. */
  public PlanJournal(LocalDate started, LocalDate scheduleStart, SortedMap<Integer, DayEntry> days,
      SortedMap<Integer, WeekEntry> weeks, Unknown unknown) {
    this(started, scheduleStart, days, weeks, null, unknown);
  }

  /** A journal whose schedule was never moved. */
  public PlanJournal(
      LocalDate started, SortedMap<Integer, DayEntry> days, SortedMap<Integer, WeekEntry> weeks, Unknown unknown) {
    this(started, null, days, weeks, null, unknown);
  }

  public boolean isStarted() {
    return started != null;
  }

  /** The date day 1 is scheduled on, from which day N is scheduled on this date + N - 1; null before the start. */
  public LocalDate schedule() {
    return scheduleStart != null ? scheduleStart : started;
  }

  /** The day's entry; a day never touched is todo with no notes. */
  public DayEntry day(int number) {
    return days.getOrDefault(number, DayEntry.TODO);
  }

  public WeekEntry week(int number) {
    return weeks.getOrDefault(number, WeekEntry.EMPTY);
  }

  /** Began on this date, with the schedule counted from it. */
  public PlanJournal withStarted(LocalDate date) {
    return new PlanJournal(date, null, days, weeks, study, unknown);
  }

  /** The schedule counted from this date; the date the learner began stays. */
  public PlanJournal withSchedule(LocalDate day1) {
    return new PlanJournal(started, day1, days, weeks, study, unknown);
  }

  public PlanJournal withDay(int number, DayEntry entry) {
    return new PlanJournal(started, scheduleStart, put(days, number, entry), weeks, study, unknown);
  }

  public PlanJournal withWeek(int number, WeekEntry entry) {
    return new PlanJournal(started, scheduleStart, days, put(weeks, number, entry), study, unknown);
  }

  /** The study session running now, or none (null). */
  public PlanJournal withStudy(StudyTimer session) {
    return new PlanJournal(started, scheduleStart, days, weeks, session, unknown);
  }

  private static <V> SortedMap<Integer, V> put(Map<Integer, V> map, int key, V value) {
    SortedMap<Integer, V> next = new TreeMap<>(map);
    next.put(key, value);
    return next;
  }
}

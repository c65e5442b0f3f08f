package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The learner's progress on one plan: when they started (null before `start`), their days and
 * their weeks, each keyed by number and kept in number order so the file diffs cleanly.
 */
public record PlanJournal(
    LocalDate started, SortedMap<Integer, DayEntry> days, SortedMap<Integer, WeekEntry> weeks, Unknown unknown) {

  public static final PlanJournal EMPTY = new PlanJournal(null, new TreeMap<>(), new TreeMap<>(), Unknown.NONE);

  public PlanJournal {
    days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
    weeks = Collections.unmodifiableSortedMap(new TreeMap<>(weeks));
  }

  public boolean isStarted() {
    return started != null;
  }

  /** The day's entry; a day never touched is todo with no notes. */
  public DayEntry day(int number) {
    return days.getOrDefault(number, DayEntry.TODO);
  }

  public WeekEntry week(int number) {
    return weeks.getOrDefault(number, WeekEntry.EMPTY);
  }

  public PlanJournal withStarted(LocalDate date) {
    return new PlanJournal(date, days, weeks, unknown);
  }

  public PlanJournal withDay(int number, DayEntry entry) {
    return new PlanJournal(started, put(days, number, entry), weeks, unknown);
  }

  public PlanJournal withWeek(int number, WeekEntry entry) {
    return new PlanJournal(started, days, put(weeks, number, entry), unknown);
  }

  private static <V> SortedMap<Integer, V> put(Map<Integer, V> map, int key, V value) {
    SortedMap<Integer, V> next = new TreeMap<>(map);
    next.put(key, value);
    return next;
  }
}

package dev.rustplan.journal;

import dev.rustplan.RustplanException;
import java.time.LocalDate;

/**
 * What each daily command does to the progress on a plan: pure functions from the progress as it
 * is to the progress as it becomes, refusing a change that makes no sense with one clear line.
 */
public final class DayChanges {

  private DayChanges() {}

  /** Adds notes to a day; a day that was todo becomes doing. Nothing logged before is replaced. */
  public static PlanJournal log(PlanJournal progress, int day, Notes more) {
    requireStarted(progress);
    DayEntry entry = progress.day(day);
    DayEntry next = entry.withNotes(entry.notes().plus(more));
    if (next.status() == Status.TODO) {
      next = next.withStatus(Status.DOING, null);
    }
    return progress.withDay(day, next);
  }

  /** Replaces a day's notes with what the editor gave back, merged with whatever was logged meanwhile. */
  public static PlanJournal edit(PlanJournal progress, int day, Notes original, Notes edited) {
    requireStarted(progress);
    DayEntry entry = progress.day(day);
    DayEntry next = entry.withNotes(NoteMerge.apply(entry.notes(), original, edited));
    if (next.status() == Status.TODO && !next.notes().isEmpty()) {
      next = next.withStatus(Status.DOING, null);
    }
    return progress.withDay(day, next);
  }

  public static PlanJournal done(PlanJournal progress, int day, LocalDate on) {
    requireStarted(progress);
    return progress.withDay(day, progress.day(day).withStatus(Status.DONE, on));
  }

  /**
   * Passes over a day on a date; the date is kept so the calendar can tell a skip from a missed
   * day. A done day is not skipped: that would turn a studied day into a passed one unasked.
   */
  public static PlanJournal skip(PlanJournal progress, int day, LocalDate on) {
    requireStarted(progress);
    DayEntry entry = progress.day(day);
    if (entry.status() == Status.DONE) {
      throw RustplanException.usage("day " + day + " is done (on " + entry.completed() + "); nothing changed."
          + " To skip it instead: rustplan reopen " + day + ", then rustplan skip " + day);
    }
    return progress.withDay(day, entry.withStatus(Status.SKIPPED, on));
  }

  /**
   * A finished day opens again: doing if it has notes, else todo; its notes stay, and so does the
   * date a done day was done (see {@link DayEntry}).
   */
  public static PlanJournal reopen(PlanJournal progress, int day) {
    DayEntry entry = progress.day(day);
    if (!entry.status().finished()) {
      throw RustplanException.usage(
          "day " + day + " is " + entry.status().label() + ", not done or skipped; only a finished day can be reopened");
    }
    Status next = entry.notes().isEmpty() ? Status.TODO : Status.DOING;
    return progress.withDay(day, entry.withStatus(next, entry.doneOn()));
  }

  /**
   * Refuses a date that cannot be when something happened: one still to come, or one before the
   * plan's start (a learner who began earlier moves the start first, so the calendar agrees).
   */
  public static void requirePast(PlanJournal progress, LocalDate date, LocalDate today, String option) {
    if (date.isAfter(today)) {
      throw RustplanException.usage(option + " " + date + " is in the future (today is " + today
          + "); give the date it happened, today or earlier");
    }
    if (progress.isStarted() && date.isBefore(progress.started())) {
      throw RustplanException.usage(option + " " + date + " is before the plan's start on " + progress.started()
          + "; if you began earlier, move the start first: rustplan start --force --date " + date);
    }
  }

  /** Refuses, with how to start, while the plan has not started. */
  public static void requireStarted(PlanJournal progress) {
    if (!progress.isStarted()) {
      throw RustplanException.usage(
          "the plan has not started yet; run 'rustplan start' (or 'rustplan start --date YYYY-MM-DD') first");
    }
  }
}

package dev.rustplan.progress;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the learner did on each calendar date (minutes logged, days marked done) and so which
 * dates they missed. The one definition of a missed day, used by `today` and `calendar`:
 *
 * <p>A <b>missed day</b> is a calendar date from the day the learner began (the start date, or
 * the first date anything was logged, done or skipped if that is earlier: moving the start date
 * moves the schedule, not the history) up to yesterday, on which the learner logged nothing (a `log` call, with or without minutes), marked no day done and skipped
 * no day: `skip` is how a learner says they chose to pass on a day, and that is not missing it.
 * Today is never missed: there is still time. Days skipped before rustplan recorded the date of
 * a skip have none, and count for no date.
 */
public final class Attendance {

  private final PlanJournal journal;
  private final Map<LocalDate, Integer> minutes = new HashMap<>();
  private final Set<LocalDate> finished = new HashSet<>();
  private final Set<LocalDate> skipped = new HashSet<>();

  private Attendance(PlanJournal journal) {
    this.journal = journal;
    for (DayEntry day : journal.days().values()) {
      day.notes().sessions().forEach(s -> minutes.merge(s.date(), s.minutes(), Integer::sum));
      if (day.completed() != null && day.status() == Status.DONE) {
        finished.add(day.completed());
      } else if (day.completed() != null && day.status() == Status.SKIPPED) {
        skipped.add(day.completed());
      }
    }
  }

  public static Attendance of(PlanJournal journal) {
    return new Attendance(journal);
  }

  /** The day the learner began: the start date, or the first date with anything on it if earlier; null before the start. */
  public LocalDate began() {
    if (!journal.isStarted()) {
      return null;
    }
    return Stream.of(minutes.keySet().stream(), finished.stream(), skipped.stream())
        .flatMap(s -> s)
        .min(LocalDate::compareTo)
        .filter(first -> first.isBefore(journal.started()))
        .orElse(journal.started());
  }

  /** Minutes logged on the date, over every day of the plan. */
  public int minutes(LocalDate date) {
    return minutes.getOrDefault(date, 0);
  }

  /** A day was marked done on the date. */
  public boolean finishedOn(LocalDate date) {
    return finished.contains(date);
  }

  /** Something was logged or finished on the date. */
  public boolean active(LocalDate date) {
    return finished.contains(date) || minutes.containsKey(date);
  }

  /** A day was skipped on the date, and nothing else happened on it. */
  public boolean skippedOn(LocalDate date) {
    return skipped.contains(date) && !active(date);
  }

  /** The date was missed, as defined above. */
  public boolean missed(LocalDate date, LocalDate today) {
    return journal.isStarted()
        && !date.isBefore(began())
        && date.isBefore(today)
        && !active(date)
        && !skippedOn(date);
  }

  /** How many days in a row were missed, counting back from yesterday: 0 when yesterday was not. */
  public int missedInARow(LocalDate today) {
    int run = 0;
    for (LocalDate d = today.minusDays(1); missed(d, today); d = d.minusDays(1)) {
      run++;
    }
    return run;
  }
}

package dev.rustplan.progress;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Review;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the learner did on each calendar date, and so which dates they studied, skipped or
 * missed: the one definition used by `today`, `calendar`, `progress` and the streak.
 *
 * <ul>
 *   <li>A <b>study date</b> has a logged note or minutes, a day done on it (a day done and then
 *       reopened keeps its date: it was studied then), or a review gone over (`review --ok` or
 *       `--again`).
 *   <li>A <b>skipped date</b> is one on which a day was skipped and nothing was studied: the
 *       learner chose to pass, so it is neither studied nor missed.
 *   <li>A <b>missed date</b> is any other date from the day the learner began (the start date,
 *       or the first date anything was recorded if that is earlier) up to yesterday, and never
 *       after the date the plan was finished. Today is never missed: there is still time.
 * </ul>
 */
public final class Attendance {

  private final PlanJournal journal;
  private final Map<LocalDate, Integer> minutes = new HashMap<>();
  private final Set<LocalDate> studied = new HashSet<>();
  private final Set<LocalDate> done = new HashSet<>();
  private final Set<LocalDate> skipped = new HashSet<>();
  private final Map<LocalDate, Integer> daysDone = new HashMap<>();
  private final Map<LocalDate, Integer> daysFinished = new HashMap<>();
  private final LocalDate finish;
  private final LocalDate began;

  // Loops, not streams or lambdas: `today` builds this on every start without a saved answer,
  // and each lambda costs a cold start about 0.3 ms to link on first use.
  private Attendance(Plan plan, PlanJournal journal) {
    this.journal = journal;
    for (DayEntry day : journal.days().values()) {
      for (Session session : day.notes().sessions()) {
        add(minutes, session.date(), session.minutes());
        studied.add(session.date());
      }
      if (day.doneOn() != null) {
        studied.add(day.doneOn());
        if (day.status() == Status.DONE) {
          done.add(day.doneOn());
          add(daysDone, day.doneOn(), 1);
        }
      }
      if (day.status() == Status.SKIPPED && day.completed() != null) {
        skipped.add(day.completed());
      }
      if (day.finishedOn() != null) {
        add(daysFinished, day.finishedOn(), 1);
      }
      Review review = day.review();
      if (review != null) {
        studied.addAll(review.reviewed());
      }
    }
    this.finish = finishDate(plan, journal);
    this.began = !journal.isStarted() ? null : earliest(earliest(journal.started(), studied), skipped);
  }

  private static void add(Map<LocalDate, Integer> counts, LocalDate date, int amount) {
    Integer was = counts.get(date);
    counts.put(date, was == null ? amount : was + amount);
  }

  private static LocalDate earliest(LocalDate first, Set<LocalDate> dates) {
    for (LocalDate date : dates) {
      if (date.isBefore(first)) {
        first = date;
      }
    }
    return first;
  }

  public static Attendance of(Plan plan, PlanJournal journal) {
    return new Attendance(plan, journal);
  }

  /** The day the learner began: the start date, or the first date with anything on it if earlier; null before the start. */
  public LocalDate began() {
    return began;
  }

  /** The date the last of the plan's days was finished, once every day is done or skipped. */
  public Optional<LocalDate> finish() {
    return Optional.ofNullable(finish);
  }

  /** Minutes logged on the date, over every day of the plan. */
  public int minutes(LocalDate date) {
    return minutes.getOrDefault(date, 0);
  }

  /** A day was marked done on the date (and is done still). */
  public boolean finishedOn(LocalDate date) {
    return done.contains(date);
  }

  /** How many days were marked done on the date (and are done still). */
  public int daysDone(LocalDate date) {
    return daysDone.getOrDefault(date, 0);
  }

  /** How many days were finished (done, or skipped) on the date, and are so still. */
  public int daysFinished(LocalDate date) {
    return daysFinished.getOrDefault(date, 0);
  }

  /**
   * Something was logged on the date: a session (a note or minutes) of any day, or a day done on
   * it. A review gone over makes a study date but logs nothing, so `today --brief` still says
   * "not logged yet" after one.
   */
  public boolean logged(LocalDate date) {
    return minutes.containsKey(date) || done.contains(date);
  }

  /** The date is a study date, as defined above. */
  public boolean studied(LocalDate date) {
    return studied.contains(date);
  }

  /** A day was skipped on the date, and nothing was studied on it. */
  public boolean skippedOn(LocalDate date) {
    return skipped.contains(date) && !studied(date);
  }

  /** The date was missed, as defined above. */
  public boolean missed(LocalDate date, LocalDate today) {
    return journal.isStarted()
        && !date.isBefore(began)
        && date.isBefore(today)
        && (finish == null || !date.isAfter(finish))
        && !studied(date)
        && !skippedOn(date);
  }

  /**
   * How many dates in a row were missed, counting back from yesterday and passing over skipped
   * dates (which are not missed, and do not end the run either): 0 when yesterday was studied,
   * and 0 once the plan is finished.
   */
  public int missedInARow(LocalDate today) {
    if (!journal.isStarted() || finish != null) {
      return 0;
    }
    int run = 0;
    for (LocalDate d = today.minusDays(1); !d.isBefore(began) && !studied(d); d = d.minusDays(1)) {
      if (missed(d, today)) {
        run++;
      }
    }
    return run;
  }

  private static LocalDate finishDate(Plan plan, PlanJournal journal) {
    LocalDate last = null;
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      if (!entry.status().finished()) {
        return null;
      }
      LocalDate on = entry.finishedOn();
      if (on != null && (last == null || on.isAfter(last))) {
        last = on;
      }
    }
    return last;
  }
}

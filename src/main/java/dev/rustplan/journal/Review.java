package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The spaced review of a hard day: counted from {@code since} (the day it was finished, or the
 * date it was started over), it comes due 1, 7 and 30 days later. {@code step} is how many of
 * those reviews were passed; {@code due} is when the next one is (null once all three passed).
 */
public record Review(LocalDate since, int step, LocalDate due, Unknown unknown) {

  /** Days after {@code since} at which each review comes due. */
  public static final List<Integer> INTERVALS = List.of(1, 7, 30);

  /** A review counted from this date: the first one is due the day after. */
  public static Review startingOn(LocalDate since) {
    return new Review(since, 0, since.plusDays(INTERVALS.get(0)), Unknown.NONE);
  }

  /**
   * The review a day is up for: the one the journal holds, else a fresh one for a done day with
   * struggles noted (so that struggles logged at any time, even before this version, count).
   */
  public static Optional<Review> of(DayEntry entry) {
    if (entry.review() != null) {
      return Optional.of(entry.review());
    }
    if (entry.status() == Status.DONE && entry.completed() != null && !entry.notes().struggles().isEmpty()) {
      return Optional.of(startingOn(entry.completed()));
    }
    return Optional.empty();
  }

  /** All three reviews were passed. */
  public boolean finished() {
    return step >= INTERVALS.size();
  }

  public boolean isDue(LocalDate today) {
    return !finished() && !due.isAfter(today);
  }

  /**
   * Passed on this date: on to the next interval, counted from {@code since}; a review passed late
   * never makes the next one due on the same day.
   */
  public Review passed(LocalDate on) {
    int next = step + 1;
    if (next >= INTERVALS.size()) {
      return new Review(since, next, null, unknown);
    }
    LocalDate scheduled = since.plusDays(INTERVALS.get(next));
    LocalDate due = scheduled.isAfter(on) ? scheduled : on.plusDays(1);
    return new Review(since, next, due, unknown);
  }

  /** Started over on this date: the first interval again. */
  public Review again(LocalDate on) {
    Review fresh = startingOn(on);
    return new Review(fresh.since(), fresh.step(), fresh.due(), unknown);
  }

  /** The interval in days of the next review ("7"), for display; 0 once finished. */
  public int interval() {
    return finished() ? 0 : INTERVALS.get(step);
  }
}

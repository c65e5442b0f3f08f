package dev.rustplan.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The spaced review of a hard day: counted from {@code since} (the day it was finished, or the
 * date it was started over), it comes due 1, 7 and 30 days later. {@code step} is how many of
 * those reviews were passed; {@code due} is when the next one is (null once all three passed);
 * {@code reviewed} holds the dates it was gone over (passed or started over), which are study
 * dates for the streak and the calendar.
 */
public record Review(LocalDate since, int step, LocalDate due, List<LocalDate> reviewed, Unknown unknown) {

  /** Days after {@code since} at which each review comes due. */
  public static final List<Integer> INTERVALS = List.of(1, 7, 30);

  public Review {
    reviewed = List.copyOf(reviewed);
  }

  /** A review never gone over yet (as journals before the dates were kept read). */
  public Review(LocalDate since, int step, LocalDate due, Unknown unknown) {
    this(since, step, due, List.of(), unknown);
  }

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
   * never makes the next one due on the same day. Only a due review is passed (see Reviews).
   */
  public Review passed(LocalDate on) {
    int next = step + 1;
    if (next >= INTERVALS.size()) {
      return new Review(since, next, null, with(on), unknown);
    }
    LocalDate scheduled = since.plusDays(INTERVALS.get(next));
    LocalDate due = scheduled.isAfter(on) ? scheduled : on.plusDays(1);
    return new Review(since, next, due, with(on), unknown);
  }

  /** Started over on this date: the first interval again. */
  public Review again(LocalDate on) {
    Review fresh = startingOn(on);
    return new Review(fresh.since(), fresh.step(), fresh.due(), with(on), unknown);
  }

  /** "1st review", "2nd review", "3rd review": the one that comes next. */
  public String ordinal() {
    int n = step + 1;
    return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th") + " review";
  }

  /** The interval in days of the next review ("7"), for display; 0 once finished. */
  public int interval() {
    return finished() ? 0 : INTERVALS.get(step);
  }

  private List<LocalDate> with(LocalDate on) {
    List<LocalDate> dates = new ArrayList<>(reviewed);
    if (!dates.contains(on)) {
      dates.add(on);
    }
    return dates;
  }
}

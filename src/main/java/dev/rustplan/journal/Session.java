package dev.rustplan.journal;

import java.time.LocalDate;

/**
 * The time spent on a day on one calendar date. Minutes are 0 when the learner logged notes
 * without a time: the date still counts towards the streak.
 */
public record Session(LocalDate date, int minutes, Unknown unknown) {

  public Session(LocalDate date, int minutes) {
    this(date, minutes, Unknown.NONE);
  }

  public Session plusMinutes(int more) {
    return new Session(date, minutes + more, unknown);
  }
}

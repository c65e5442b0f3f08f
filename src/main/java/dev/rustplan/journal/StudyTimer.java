package dev.rustplan.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A study session that is running: the day studied, the date it began (the date its minutes are
 * recorded for, whenever it ends), the moment it began, the seconds it was paused, and the moment
 * it was paused when it is paused now (else null). Moments are whole seconds: the journal writes
 * them so.
 */
public record StudyTimer(
    int day, LocalDate date, Instant started, long pausedSeconds, Instant pausedSince, Unknown unknown) {

  /** A session left running longer than this is not recorded whole unasked: it was likely forgotten. */
  public static final Duration LONG = Duration.ofHours(6);

  public StudyTimer {
    started = started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    pausedSince = pausedSince == null ? null : pausedSince.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    pausedSeconds = Math.max(0, pausedSeconds);
  }

  /** A session of this day begun at this moment, on this date. */
  public static StudyTimer begin(int day, LocalDate date, Instant now) {
    return new StudyTimer(day, date, now, 0, null, Unknown.NONE);
  }

  public boolean paused() {
    return pausedSince != null;
  }

  /** Paused from now on; a paused session stays as it is. */
  public StudyTimer pause(Instant now) {
    return paused() ? this : new StudyTimer(day, date, started, pausedSeconds, now, unknown);
  }

  /** Counting again from now, the pause added to the paused time; a running session stays as it is. */
  public StudyTimer resume(Instant now) {
    return paused() ? new StudyTimer(day, date, started, pausedSeconds + seconds(pausedSince, now), null, unknown) : this;
  }

  /** The time paused up to now, the pause under way included. */
  public Duration pausedTime(Instant now) {
    return Duration.ofSeconds(pausedSeconds + (paused() ? seconds(pausedSince, now) : 0));
  }

  /** The time studied up to now: since the start, less the pauses; never negative (a clock set back). */
  public Duration elapsed(Instant now) {
    long seconds = seconds(started, now) - pausedTime(now).toSeconds();
    return Duration.ofSeconds(Math.max(0, seconds));
  }

  /** Whether so long has been studied that the whole of it is recorded only when the learner says so. */
  public boolean tooLong(Instant now) {
    return elapsed(now).compareTo(LONG) > 0;
  }

  /** The minutes to record for this much study: to the nearest minute (half a minute up), at least 1. */
  public static int minutes(Duration studied) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (studied.toSeconds() + 30) / 60));
  }

  /** The same session, as another process may have written it: same day and same start. */
  public boolean sameSession(StudyTimer other) {
    return other != null && other.day == day && other.started.equals(started);
  }

  private static long seconds(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toSeconds());
  }
}

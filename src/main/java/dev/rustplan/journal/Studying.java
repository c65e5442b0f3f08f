package dev.rustplan.journal;

import dev.rustplan.RustplanException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the study timer does to the progress on a plan, as {@link DayChanges} does for the daily
 * commands: pure functions that start, pause, resume, record and drop the one running session.
 */
public final class Studying {

  private Studying() {}

  /** A new session of this day, from now; refused while one runs, or before the plan's start. */
  public static PlanJournal start(PlanJournal progress, int day, LocalDate date, Instant now, String running) {
    DayChanges.requireStarted(progress);
    if (progress.study() != null) {
      throw RustplanException.usage(running);
    }
    return progress.withStudy(StudyTimer.begin(day, date, now));
  }

  /** The running session paused or resumed as asked; the progress unchanged when there is none. */
  public static PlanJournal pause(PlanJournal progress, StudyTimer session, boolean pause, Instant now) {
    if (!session.sameSession(progress.study())) {
      return progress;
    }
    StudyTimer timer = progress.study();
    return progress.withStudy(pause ? timer.pause(now) : timer.resume(now));
  }

  /**
   * The session ended: these minutes recorded as a session of its day on the date it began, as
   * `log --minutes` records them, and the timer gone. The notes added are the {@link Notes} given.
   */
  public static PlanJournal record(PlanJournal progress, StudyTimer session, Notes minutes) {
    return DayChanges.log(progress, session.day(), minutes).withStudy(null);
  }

  /** The notes that record these minutes of a session: one session on the date it began. */
  public static Notes minutes(StudyTimer session, int minutes) {
    return Notes.EMPTY.withSession(session.date(), minutes);
  }

  /** The timer gone, nothing recorded. */
  public static PlanJournal cancel(PlanJournal progress) {
    return progress.withStudy(null);
  }
}

package dev.rustplan.progress;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The learner's streaks: runs of consecutive calendar days on which they logged a session or
 * finished a day. The current streak counts back from today, or from yesterday when today has
 * nothing yet, so that a morning `today` does not show a broken streak before the session.
 */
public record Streaks(int current, int longest) {

  public static Streaks of(PlanJournal journal, LocalDate today) {
    NavigableSet<LocalDate> active = activeDates(journal.days().values());
    LocalDate from = active.contains(today) ? today : today.minusDays(1);
    int current = 0;
    for (LocalDate d = from; active.contains(d); d = d.minusDays(1)) {
      current++;
    }
    int longest = 0;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate d : active) {
      run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = d;
    }
    return new Streaks(current, longest);
  }

  /** The dates with a logged session or a completed day. */
  static NavigableSet<LocalDate> activeDates(Collection<DayEntry> days) {
    NavigableSet<LocalDate> dates = new TreeSet<>();
    for (DayEntry day : days) {
      day.notes().sessions().forEach(s -> dates.add(s.date()));
      if (day.status() == Status.DONE && day.completed() != null) {
        dates.add(day.completed());
      }
    }
    return dates;
  }
}

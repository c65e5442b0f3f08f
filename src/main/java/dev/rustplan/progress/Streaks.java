package dev.rustplan.progress;

import java.time.LocalDate;

/**
 * The learner's streaks, by the #100DaysOfCode "never two" rule: a streak is a run of study
 * dates (see {@link Attendance}) in which no two missed dates come one after the other; its
 * length is the number of study dates in it. Skipped dates neither count nor break it, and today
 * does not break it before the session. Once the plan is finished the streak stands as it was on
 * the finish date.
 */
public record Streaks(int current, int longest) {

  public static final Streaks NONE = new Streaks(0, 0);

  public static Streaks of(Attendance attendance, LocalDate today) {
    LocalDate began = attendance.began();
    if (began == null) {
      return NONE;
    }
    LocalDate end = attendance.finish().isPresent() && attendance.finish().get().isBefore(today)
        ? attendance.finish().get() : today; // no lambda: it would cost a cold start 0.3 ms to link
    int longest = 0;
    int run = 0;
    int gap = 0;
    for (LocalDate d = began; !d.isAfter(end); d = d.plusDays(1)) {
      if (attendance.studied(d)) {
        run++;
        gap = 0;
        longest = Math.max(longest, run);
      } else if (attendance.missed(d, today)) {
        gap++;
        if (gap >= 2) {
          run = 0;
        }
      }
    }
    return new Streaks(run, longest);
  }
}

package dev.rustplan.progress;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The whole journey so far (Appendix E and more): each week's progress, the start and completion
 * dates, days done, minutes, streaks, and each day's status for the grid.
 */
public record ProgressReport(
    LocalDate started,
    LocalDate completed,
    int dayCount,
    int daysDone,
    int daysSkipped,
    int minutes,
    Streaks streaks,
    List<WeekProgress> weeks,
    List<DayStatus> days) {

  /** A day's number and status, for the grid. */
  public record DayStatus(int day, Status status) {}

  public static ProgressReport of(Plan plan, PlanJournal journal, Clock clock) {
    Attendance attendance = Attendance.of(plan, journal);
    List<WeekProgress> weeks = plan.weeks().stream().map(w -> WeekProgress.of(w, journal)).toList();
    List<DayStatus> days =
        plan.days().stream().map(d -> new DayStatus(d.number(), journal.day(d.number()).status())).toList();
    boolean allFinished = days.stream().allMatch(d -> d.status().finished());
    LocalDate completed =
        allFinished
            ? plan.days().stream()
                .map(d -> journal.day(d.number()).finishedOn())
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null)
            : null;
    return new ProgressReport(
        attendance.began(),
        completed,
        days.size(),
        weeks.stream().mapToInt(WeekProgress::daysDone).sum(),
        weeks.stream().mapToInt(WeekProgress::daysSkipped).sum(),
        weeks.stream().mapToInt(WeekProgress::minutes).sum(),
        Streaks.of(attendance, LocalDate.now(clock)),
        weeks,
        days);
  }
}

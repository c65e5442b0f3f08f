package dev.rustplan.cli.json;

import dev.rustplan.plan.Plan;
import dev.rustplan.progress.ProgressReport;
import dev.rustplan.progress.WeekProgress;
import java.time.LocalDate;
import java.util.List;

/** The JSON of `progress --json`: these keys are a contract for scripts, keep them. */
public record ProgressJson(
    String plan,
    String title,
    String started,
    String completed,
    int dayCount,
    int daysDone,
    int daysSkipped,
    int minutes,
    int streak,
    int longestStreak,
    List<WeekJson> weeks,
    List<DayJson> days) {

  /** A row of the Weekly Progress Log; status is not-started, in-progress or complete. */
  record WeekJson(
      int week, String days, String theme, String status, int daysDone, int daysSkipped, int minutes, String blogPost) {

    public static WeekJson of(WeekProgress w) {
      return new WeekJson(w.week().number(), w.dayRange(), w.week().theme(), w.status().key(), w.daysDone(),
          w.daysSkipped(), w.minutes(), w.blogPost());
    }
  }

  /** A day's number and status (todo, doing, done, skipped). */
  record DayJson(int day, String status) {}

  public static ProgressJson of(Plan plan, ProgressReport report) {
    return new ProgressJson(
        plan.id(),
        plan.title(),
        text(report.started()),
        text(report.completed()),
        report.dayCount(),
        report.daysDone(),
        report.daysSkipped(),
        report.minutes(),
        report.streaks().current(),
        report.streaks().longest(),
        report.weeks().stream().map(WeekJson::of).toList(),
        report.days().stream().map(d -> new DayJson(d.day(), d.status().label())).toList());
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}

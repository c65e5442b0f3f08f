package dev.rustplan.cli.json;

import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Trends;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON of `stats --json`: these keys are a contract for scripts, keep them. Dates are ISO
 * strings (a week by the date of its Monday), a value that does not exist yet is null, and
 * averages and the pace are rounded to one decimal.
 */
public record StatsJson(
    String plan,
    String title,
    String today,
    String started,
    int studyDates,
    int minutes,
    int daysFinished,
    int daysLeft,
    List<WeekMinutes> minutesByWeek,
    List<WeekDays> daysByWeek,
    Double averageMinutes,
    Double pace,
    PaceJson paceWindow,
    String projectedFinish,
    String scheduledFinish,
    String finished,
    GapJson longestGap,
    String mostStudiedWeekday,
    List<WeekdayJson> weekdays) {

  /** The minutes logged in the week that begins on the Monday {@code week}. */
  record WeekMinutes(String week, int minutes) {}

  /** The days marked done in the week that begins on the Monday {@code week}. */
  record WeekDays(String week, int days) {}

  /** The dates the pace is measured over, and the days finished on them. */
  record PaceJson(String from, String to, int dates, int daysFinished) {}

  /** The longest run of dates without study. */
  record GapJson(String from, String to, int days) {}

  /** A weekday ("Monday"), its study dates and their minutes. */
  record WeekdayJson(String weekday, int studyDates, int minutes) {}

  public static StatsJson of(Plan plan, Trends trends) {
    return new StatsJson(
        plan.id(),
        plan.title(),
        trends.today().toString(),
        text(trends.began()),
        trends.studyDates(),
        trends.minutes(),
        trends.daysFinished(),
        trends.daysLeft(),
        trends.weeks().stream().map(w -> new WeekMinutes(w.monday().toString(), w.minutes())).toList(),
        trends.weeks().stream().map(w -> new WeekDays(w.monday().toString(), w.daysDone())).toList(),
        trends.averageMinutes().map(StatsJson::tenths).orElse(null),
        trends.pace().map(p -> tenths(p.perWeek())).orElse(null),
        trends.pace().map(p -> new PaceJson(p.from().toString(), p.to().toString(), p.dates(), p.daysFinished()))
            .orElse(null),
        text(trends.projectedFinish()),
        text(trends.scheduledFinish()),
        text(trends.finished()),
        trends.longestGap().map(g -> new GapJson(g.from().toString(), g.to().toString(), g.days())).orElse(null),
        trends.mostStudiedWeekday().map(w -> name(w.weekday())).orElse(null),
        trends.weekdays().stream().map(w -> new WeekdayJson(name(w.weekday()), w.studyDates(), w.minutes())).toList());
  }

  private static String name(java.time.DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(LocalDate::toString).orElse(null);
  }
}

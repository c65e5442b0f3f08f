package dev.rustplan.cli.text;

import dev.rustplan.progress.Trends;
import dev.rustplan.progress.Trends.WeekTotal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of `stats`: a bar a calendar week (its minutes, scaled so that the busiest week fills
 * the width left beside the figures) with the days done in it, then the average, the pace and the
 * finish it leads to beside the scheduled one, the longest gap and the weekday studied most.
 */
public final class StatsView {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
  private static final String FULL = "█";
  private static final int LABEL = 14;
  private static final int NARROWEST_BAR = 4;

  private final Trends trends;
  private final Style style;
  private final int width;

  public StatsView(Trends trends, Style style, int width) {
    this.trends = trends;
    this.style = style;
    this.width = width;
  }

  public String text(String title) {
    StringBuilder t = new StringBuilder();
    t.append(TextWrap.fill(style.heading(TextWrap.visible(title) + ": stats"), width));
    if (!trends.started()) {
      t.append(TextWrap.fill("Not started yet, so nothing to count: " + Voice.command("start"), width));
      return t.toString();
    }
    t.append(TextWrap.items("", List.of("Started " + trends.began().format(DATE),
        trends.daysFinished() + " of " + (trends.daysFinished() + trends.daysLeft()) + " days finished"), " · ", width));
    t.append(TextWrap.items("", List.of(Plural.of(trends.studyDates(), "study date"),
        Voice.duration(trends.minutes()) + " logged"), ", ", width));
    t.append('\n');
    bars(t);
    t.append('\n');
    line(t, "Average:", trends.averageMinutes()
        .map(a -> Voice.duration((int) Math.round(a)) + " a study date")
        .orElse("nothing studied yet"));
    line(t, "Pace:", pace());
    line(t, trends.finished().isPresent() ? "Finished:" : "Finish:", finish());
    line(t, "Scheduled:", trends.scheduledFinish().map(d -> d.format(DATE)).orElse("—"));
    line(t, "Longest gap:", trends.longestGap()
        .map(g -> Plural.of(g.days(), "day") + " without study (" + span(g.from(), g.to()) + ")")
        .orElse("none: no date without study"));
    line(t, "Studied most:", trends.mostStudiedWeekday()
        .map(w -> w.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s ("
            + Plural.of(w.studyDates(), "study date") + ", " + Voice.duration(w.minutes()) + ")")
        .orElse("no weekday yet"));
    return t.toString();
  }

  /** A row a week: its Monday, the bar of its minutes, the minutes, the days done. */
  private void bars(StringBuilder t) {
    List<WeekTotal> weeks = trends.weeks();
    t.append(TextWrap.fill(style.heading("Each week") + " (from Monday): time spent, days done", width));
    int max = weeks.stream().mapToInt(WeekTotal::minutes).max().orElse(0);
    int label = "30 Mar".length();
    int duration = weeks.stream().mapToInt(w -> Voice.duration(w.minutes()).length()).max().orElse(0);
    int bar = Math.max(NARROWEST_BAR, width - label - 2 - 2 - duration - 2 - done(weeks.stream()
        .mapToInt(WeekTotal::daysDone).max().orElse(0)).length());
    for (WeekTotal w : weeks) {
      t.append(TextWrap.padLeft(w.monday().format(WEEK), label)).append("  ")
          .append(bar(w.minutes(), max, bar)).append("  ")
          .append(TextWrap.padLeft(Voice.duration(w.minutes()), duration)).append("  ")
          .append(done(w.daysDone())).append('\n');
    }
  }

  /** The minutes as a bar of {@code columns} at most, in eighths of a column; a week with any minutes shows some. */
  private String bar(int minutes, int max, int columns) {
    if (max == 0) {
      return " ".repeat(columns);
    }
    long eighths = Math.round((double) minutes * columns * 8 / max);
    if (minutes > 0 && eighths == 0) {
      eighths = 1;
    }
    String shown = FULL.repeat((int) (eighths / 8)) + (eighths % 8 == 0 ? "" : EIGHTHS.charAt((int) (eighths % 8)));
    return (shown.isEmpty() ? "" : style.shade(3, shown)) + " ".repeat(columns - TextWrap.width(shown));
  }

  private static String done(int days) {
    return days + " done";
  }

  private String pace() {
    Optional<Trends.Pace> pace = trends.pace();
    if (pace.isEmpty()) {
      return "not yet: counted from tomorrow";
    }
    Trends.Pace p = pace.get();
    return number(p.perWeek()) + " days a week (" + Plural.of(p.daysFinished(), "day") + " finished in "
        + Plural.of(p.dates(), "date") + ", " + dates(p.from(), p.to()) + ")";
  }

  private String finish() {
    if (trends.finished().isPresent()) {
      return trends.finished().get().format(DATE) + compared(trends.finished().get());
    }
    return trends.projectedFinish()
        .map(d -> d.format(DATE) + " at this pace" + compared(d))
        .orElse("none at this pace yet");
  }

  /** " (3 days after the schedule)", " (2 days before the schedule)", " (on schedule)". */
  private String compared(LocalDate date) {
    if (trends.scheduledFinish().isEmpty()) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(trends.scheduledFinish().get(), date);
    if (days == 0) {
      return " (on schedule)";
    }
    return " (" + Plural.of((int) Math.abs(days), "day") + (days > 0 ? " after" : " before") + " the schedule)";
  }

  private void line(StringBuilder t, String label, String text) {
    t.append(TextWrap.hanging(TextWrap.pad(label, LABEL), text, width));
  }

  /** "Thu 12 Mar" alone, or "Thu 12 Mar to Sat 14 Mar" (with the year where it is not this one). */
  private String span(LocalDate from, LocalDate to) {
    return from.equals(to) ? shortDate(from) : shortDate(from) + " to " + shortDate(to);
  }

  /** "3-16 Apr", "27 Mar-9 Apr", "2 Mar": a run of dates, compactly (with the year where it is not this one). */
  private String dates(LocalDate from, LocalDate to) {
    String year = to.getYear() == trends.today().getYear() ? "" : " " + to.getYear();
    if (from.equals(to)) {
      return from.format(WEEK) + year;
    }
    if (from.getYear() != to.getYear()) {
      return from.format(WEEK) + " " + from.getYear() + "-" + to.format(WEEK) + " " + to.getYear();
    }
    String first = from.getMonth() == to.getMonth() ? Integer.toString(from.getDayOfMonth()) : from.format(WEEK);
    return first + "-" + to.format(WEEK) + year;
  }

  private String shortDate(LocalDate date) {
    return date.format(date.getYear() == trends.today().getYear()
        ? DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH) : DATE);
  }

  /** "5.5", "7": one decimal, none when it is whole. */
  private static String number(double value) {
    double tenths = Math.round(value * 10) / 10.0;
    return tenths == Math.rint(tenths) ? Long.toString((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
  }
}

package dev.rustplan.cli.text;

import dev.rustplan.plan.Plan;
import dev.rustplan.progress.ProgressReport.DayStatus;
import dev.rustplan.progress.ProgressReport;
import dev.rustplan.progress.WeekProgress;
import java.util.List;

/** The text of `progress`: totals, the Weekly Progress Log as a table, and a grid of ten days a row. */
public final class ProgressView {

  private static final int ROW = 10;

  private final Plan plan;
  private final ProgressReport report;
  private final Style style;

  public ProgressView(Plan plan, ProgressReport report, Style style) {
    this.plan = plan;
    this.report = report;
    this.style = style;
  }

  public String text() {
    StringBuilder t = new StringBuilder();
    t.append(style.heading(plan.title() + ": progress")).append("\n\n");
    t.append("Started:    ").append(report.started() == null ? "not yet (rustplan start)" : report.started()).append("\n");
    t.append("Completed:  ").append(report.completed() == null ? "—" : report.completed()).append("\n");
    t.append("Days done:  ").append(report.daysDone()).append(" of ").append(report.dayCount());
    if (report.daysSkipped() > 0) {
      t.append(" (").append(report.daysSkipped()).append(" skipped)");
    }
    t.append("\n");
    t.append("Time spent: ").append(Minutes.text(report.minutes())).append("\n");
    t.append("Streak:     ").append(days(report.streaks().current())).append(" (longest: ")
        .append(days(report.streaks().longest())).append(")\n\n");
    table(t);
    t.append("\n");
    grid(t);
    return t.toString();
  }

  private void table(StringBuilder t) {
    int themeWidth = report.weeks().stream().mapToInt(w -> w.week().theme().length()).max().orElse(5);
    t.append(style.heading("Weekly Progress Log")).append("\n");
    // The status symbols are one or two chars but always two columns wide: pad the label alone.
    String format = "%s %-11s  %4s  %-7s  %-" + themeWidth + "s  %7s  %s%n";
    t.append(String.format(format, "  ", "Status", "Week", "Days", "Theme", "Minutes", "Blog post"));
    for (WeekProgress w : report.weeks()) {
      String line = String.format(format, w.status().symbol(), w.status().label(), w.week().number(), w.dayRange(),
          w.week().theme(), w.minutes(), w.blogPost() == null ? "" : w.blogPost());
      t.append(line.stripTrailing()).append("\n");
    }
  }

  private void grid(StringBuilder t) {
    t.append(style.heading("Days")).append("   ").append(style.dim(DayMarks.LEGEND)).append("\n");
    List<DayStatus> days = report.days();
    for (int i = 0; i < days.size(); i += ROW) {
      List<DayStatus> row = days.subList(i, Math.min(days.size(), i + ROW));
      t.append(String.format("%4d  ", row.get(0).day()));
      for (DayStatus d : row) {
        t.append(' ').append(style.status(d.status(), String.valueOf(DayMarks.of(d.status()))));
      }
      t.append(String.format("  %d%n", row.get(row.size() - 1).day()));
    }
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }
}

package dev.rustplan.cli.text;

import dev.rustplan.plan.Plan;
import dev.rustplan.progress.ProgressReport.DayStatus;
import dev.rustplan.progress.ProgressReport;
import dev.rustplan.progress.WeekProgress;
import java.util.List;
import java.util.Objects;

/** The text of `progress`: totals, the Weekly Progress Log as a table, and a grid of ten days a row. */
public final class ProgressView {

  private static final int ROW = 10;

  private final Plan plan;
  private final ProgressReport report;
  private final Style style;
  private final int width;
  private final String home;

  /** {@code home} (the user's home folder, or null) lets paths be shown as ~/...; {@code width} is the screen's. */
  public ProgressView(Plan plan, ProgressReport report, Style style, int width, String home) {
    this.plan = plan;
    this.report = report;
    this.style = style;
    this.width = width;
    this.home = home;
  }

  public String text() {
    StringBuilder t = new StringBuilder();
    t.append(TextWrap.fill(style.heading(TextWrap.visible(plan.title()) + ": progress"), width)).append("\n");
    t.append(TextWrap.fill("Started:    " + (report.started() == null
        ? "not yet (" + Voice.command("start") + ")" : report.started()), width));
    t.append("Completed:  ").append(report.completed() == null ? "—" : report.completed()).append("\n");
    t.append("Days done:  ").append(report.daysDone()).append(" of ").append(report.dayCount());
    if (report.daysSkipped() > 0) {
      t.append(" (").append(report.daysSkipped()).append(" skipped)");
    }
    t.append("\n");
    t.append("Time spent: ").append(Voice.duration(report.minutes())).append("\n");
    t.append(TextWrap.fill("Streak:     " + days(report.streaks().current()) + " (longest: "
        + days(report.streaks().longest()) + ")", width)).append("\n");
    table(t);
    t.append("\n");
    grid(t);
    return t.toString();
  }

  /**
   * The Weekly Progress Log. A week's mark stands beside its number, its meaning in the legend
   * below; a blog post is named by its file alone, its folder said once under the table, and the
   * posts are listed under the table instead of in it where a column of them would not fit (a
   * file name is about 38 columns): so the table fits 80 columns with a post for every week.
   */
  private void table(StringBuilder t) {
    t.append(style.heading("Weekly Progress Log")).append("\n");
    List<WeekProgress> posted = report.weeks().stream().filter(w -> w.blogPost() != null).toList();
    TextTable withPosts = table(true);
    boolean column = !posted.isEmpty() && withPosts.fits(width);
    t.append((column ? withPosts : table(false)).render(width));
    t.append(TextWrap.items("", Voice.WEEK_LEGEND.stream().map(style::dim).toList(), "  ", width));
    if (posted.isEmpty()) {
      return;
    }
    List<String> folders = posted.stream().map(w -> ShortPath.folder(w.blogPost())).distinct()
        .map(f -> TextWrap.visible(ShortPath.home(f, home))).toList();
    t.append('\n').append(TextWrap.items(folders.size() == 1 ? "Blog posts in " : "Blog posts in: ", folders, ", ",
        width));
    if (!column) {
      int label = ("Week " + posted.get(posted.size() - 1).week().number()).length() + 2;
      for (WeekProgress w : posted) {
        t.append(TextWrap.hanging("  " + TextWrap.pad("Week " + w.week().number(), label),
            TextWrap.visible(ShortPath.name(w.blogPost())), width));
      }
    }
  }

  private TextTable table(boolean posts) {
    TextTable table = posts ? new TextTable("Week", "Days", "Minutes", "Theme", "Blog post")
        : new TextTable("Week", "Days", "Minutes", "Theme");
    table.alignRight(2).keys(3);
    for (WeekProgress w : report.weeks()) {
      String week = Voice.mark(w.status()) + " " + w.week().number();
      String minutes = Integer.toString(w.minutes());
      if (posts) {
        table.row(week, w.dayRange(), minutes, w.week().theme(), w.blogPost() == null ? "" : ShortPath.name(w.blogPost()));
      } else {
        table.row(week, w.dayRange(), minutes, w.week().theme());
      }
    }
    return table;
  }

  private void grid(StringBuilder t) {
    t.append(TextWrap.items(style.heading("Days") + "   ", Voice.DAY_LEGEND.stream().map(style::dim).toList(), "  ",
        width));
    List<DayStatus> days = report.days();
    for (int i = 0; i < days.size(); i += ROW) {
      List<DayStatus> row = days.subList(i, Math.min(days.size(), i + ROW));
      t.append(String.format("%4d  ", row.get(0).day()));
      for (DayStatus d : row) {
        t.append(' ').append(style.status(d.status(), Voice.mark(d.status())));
      }
      t.append(String.format("  %d%n", row.get(row.size() - 1).day()));
    }
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }
}

package dev.rustplan.report;

import dev.rustplan.journal.CodeSnippet;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Session;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.PlanCalendar;
import dev.rustplan.progress.ProgressReport;
import dev.rustplan.progress.Trends;
import dev.rustplan.progress.WeekProgress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The report of `rustplan report --html`: one page that needs nothing but itself (its CSS and the
 * calendar's SVG inline, no script, nothing fetched), laid out for a phone's 390 pixels as for a
 * laptop's 1280: the totals and streaks, the calendar heatmap, the minutes per week, the Weekly
 * Progress Log (Appendix E) with links to the posts, and each day's notes. Every text from the
 * plan or the journal goes through {@link Html#escape}.
 */
public final class HtmlReport {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private static final String CSS = """
      :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--bar:#2da44e;
      --l0:#ebedf0;--l1:#9be9a8;--l2:#40c463;--l3:#30a14e;--l4:#216e39;--missed:#f4c7c3;--skipped:#b6d4fe;--accent:#0969da}
      @media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--bg:#0d1117;--card:#151b23;
      --l0:#1e242b;--l1:#0e4429;--l2:#006d32;--l3:#26a641;--l4:#39d353;--missed:#5a1e1e;--skipped:#1f3b66;--accent:#4493f8}}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
      main{max-width:60rem;margin:0 auto;padding:1rem}
      h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
      h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
      h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
      a{color:var(--accent)}
      p,li,td,h1,h2,h3{overflow-wrap:anywhere}
      .muted,.meta{color:var(--muted)}
      .facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem;padding:0;margin:0;list-style:none}
      .facts li{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem}
      .facts b{display:block;font-size:1.3rem}
      .heatmap{display:block;width:100%;max-width:26rem;height:auto}
      .heatmap text{fill:var(--muted);font:10px system-ui,sans-serif}
      .cell{stroke:none}.l0{fill:var(--l0)}.l1{fill:var(--l1)}.l2{fill:var(--l2)}.l3{fill:var(--l3)}.l4{fill:var(--l4)}
      .missed{fill:var(--missed)}.skipped{fill:var(--skipped)}.coming{fill:none;stroke:var(--line);stroke-dasharray:2 2}
      .today{stroke:var(--fg);stroke-width:1.5}.done-mark{fill:var(--bg)}
      .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none;font-size:.875rem;color:var(--muted)}
      .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px;margin-right:.3rem}
      .weeks{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:auto minmax(0,1fr) auto;
      gap:.3rem .5rem;align-items:center}
      .weeks li{display:contents}
      .track{height:1rem;background:var(--card);border-radius:3px;overflow:hidden}
      .bar{display:block;height:100%;background:var(--bar);border-radius:3px}
      .week-label{text-align:right;font-variant-numeric:tabular-nums}
      .week-value{font-variant-numeric:tabular-nums;white-space:nowrap;font-size:.875rem}
      table{border-collapse:collapse;width:100%}
      th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
      @media (max-width:40rem){
      table.log thead{display:none}
      table.log tr{display:block;border:1px solid var(--line);border-radius:.5rem;margin:0 0 .5rem;padding:.25rem .5rem}
      table.log td{display:grid;grid-template-columns:6rem minmax(0,1fr);border:0;padding:.15rem 0;text-align:left}
      table.log td::before{content:attr(data-label);color:var(--muted)}}
      .day{border-top:1px solid var(--line);padding-top:.25rem}
      .day ul{padding-left:1.25rem;margin:.25rem 0}
      .day h4{font-size:.95rem;margin:.5rem 0 0;color:var(--muted)}
      pre{background:var(--card);border:1px solid var(--line);border-radius:.375rem;padding:.5rem .75rem;overflow-x:auto;
      font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;max-width:100%}
      footer{margin:2rem 0 1rem;color:var(--muted);font-size:.875rem}
      """;

  private final Plan plan;
  private final PlanJournal journal;
  private final LocalDate today;
  private final Path folder;
  private final ProgressReport progress;
  private final PlanCalendar calendar;
  private final Trends trends;

  /** The report of the journal on the plan as of the clock's today; links to posts are relative to {@code folder}, where the page will be. */
  public HtmlReport(Plan plan, PlanJournal journal, Clock clock, Path folder) {
    this.plan = plan;
    this.journal = journal;
    this.today = LocalDate.now(clock);
    this.folder = folder.toAbsolutePath().normalize();
    this.progress = ProgressReport.of(plan, journal, clock);
    this.calendar = PlanCalendar.of(plan, journal, today);
    this.trends = Trends.of(plan, journal, today);
  }

  public String render() {
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = Html.escape(plan.title());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
        // An empty icon, so that a browser asks for no favicon.ico either.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(title).append(": report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<main>\n<header>\n<h1>").append(title).append("</h1>\n<p class=\"muted\">Report of ")
        .append(today.format(DATE)).append(", started ").append(progress.started().format(DATE)).append("</p>\n</header>\n");
    facts(h);
    heatmap(h);
    weeks(h);
    log(h);
    notes(h);
    h.append("<footer>Written by rustplan from the journal; this page needs nothing but itself.</footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private void facts(StringBuilder h) {
    h.append("<section id=\"totals\">\n<h2>The journey so far</h2>\n<ul class=\"facts\">\n");
    fact(h, progress.daysDone() + " of " + progress.dayCount(), "days done"
        + (progress.daysSkipped() > 0 ? " (" + progress.daysSkipped() + " skipped)" : ""));
    fact(h, duration(progress.minutes()), "time logged");
    fact(h, days(progress.streaks().current()), "current streak");
    fact(h, days(progress.streaks().longest()), "longest streak");
    fact(h, Integer.toString(trends.studyDates()), "study dates");
    fact(h, trends.averageMinutes().map(a -> duration((int) Math.round(a))).orElse("—"), "a study date on average");
    fact(h, trends.pace().map(p -> String.format(Locale.ROOT, "%.1f", p.perWeek())).orElse("—"), "days a week, last "
        + Trends.PACE_DATES + " dates");
    String finish = trends.finished().or(trends::projectedFinish).map(d -> d.format(DATE)).orElse("—");
    fact(h, finish, (trends.finished().isPresent() ? "finished" : "finish at this pace") + "; scheduled "
        + trends.scheduledFinish().map(d -> d.format(DATE)).orElse("—"));
    h.append("</ul>\n</section>\n");
  }

  private static void fact(StringBuilder h, String figure, String label) {
    h.append("<li><b>").append(Html.escape(figure)).append("</b>").append(Html.escape(label)).append("</li>\n");
  }

  /** The calendar as the terminal's: a row a week, Monday first, each date shaded by its minutes. */
  private void heatmap(StringBuilder h) {
    final int cell = 20;
    final int step = 24;
    final int left = 44;
    final int top = 16;
    LocalDate first = calendar.first().with(DayOfWeek.MONDAY);
    int rows = (int) ((calendar.last().toEpochDay() - first.toEpochDay()) / 7) + 1;
    int width = left + 7 * step;
    int height = top + rows * step;
    h.append("<section id=\"calendar\">\n<h2>Calendar</h2>\n")
        .append("<svg class=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"A calendar of the dates from ").append(calendar.first().format(DATE))
        .append(" to ").append(calendar.last().format(DATE)).append(", shaded by the minutes logged\">\n");
    String[] names = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
    for (int i = 0; i < 7; i++) {
      h.append("<text x=\"").append(left + i * step + cell / 2).append("\" y=\"11\" text-anchor=\"middle\">")
          .append(names[i]).append("</text>");
    }
    h.append('\n');
    int month = 0;
    for (int row = 0; row < rows; row++) {
      LocalDate monday = first.plusWeeks(row);
      int y = top + row * step;
      String label = monday.getMonthValue() == month ? Integer.toString(monday.getDayOfMonth()) : monday.format(WEEK);
      month = monday.getMonthValue();
      h.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
          .append(label).append("</text>");
      for (int i = 0; i < 7; i++) {
        LocalDate date = monday.plusDays(i);
        if (date.isBefore(calendar.first()) || date.isAfter(calendar.last())) {
          continue;
        }
        PlanCalendar.Cell c = calendar.cells().get((int) (date.toEpochDay() - calendar.first().toEpochDay()));
        int x = left + i * step;
        h.append("<rect class=\"cell ").append(cellClass(c)).append(date.equals(today) ? " today" : "")
            .append("\" data-date=\"").append(date).append("\" x=\"").append(x).append("\" y=\"").append(y)
            .append("\" width=\"").append(cell).append("\" height=\"").append(cell).append("\" rx=\"3\"><title>")
            .append(date.format(DATE)).append(": ").append(kindText(c)).append(c.minutes() > 0 ? ", " + duration(c.minutes()) : "")
            .append("</title></rect>");
        if (c.kind() == PlanCalendar.Kind.DONE) {
          h.append("<circle class=\"done-mark\" cx=\"").append(x + cell / 2).append("\" cy=\"").append(y + cell / 2)
              .append("\" r=\"3\"/>");
        }
      }
      h.append('\n');
    }
    h.append("</svg>\n<ul class=\"legend\">")
        .append(swatch("l1", "1-14 min")).append(swatch("l2", "15-29 min")).append(swatch("l3", "30-44 min"))
        .append(swatch("l4", "45 min or more")).append(swatch("l0", "no minutes"))
        .append("<li>● a day done</li>").append(swatch("skipped", "skipped")).append(swatch("missed", "missed"))
        .append("</ul>\n</section>\n");
  }

  private static String swatch(String kind, String text) {
    return "<li><span class=\"swatch\" style=\"background:var(--" + kind + ")\"></span>" + text + "</li>";
  }

  private static String cellClass(PlanCalendar.Cell c) {
    return switch (c.kind()) {
      case DONE, LOGGED -> "l" + level(c.minutes());
      case SKIPPED -> "skipped";
      case MISSED -> "missed";
      case TODAY -> "l0";
      case COMING -> "coming";
    };
  }

  private static String kindText(PlanCalendar.Cell c) {
    return switch (c.kind()) {
      case DONE -> "a day done";
      case LOGGED -> "logged, none finished";
      case SKIPPED -> "skipped";
      case MISSED -> "missed";
      case TODAY -> "today";
      case COMING -> "to come";
    };
  }

  /** As the terminal's calendar: 0 for none, then 1-4 by quarter-hours up to 45 and more. */
  private static int level(int minutes) {
    return minutes <= 0 ? 0 : Math.min(4, minutes / 15 + 1);
  }

  /** One grid for all the weeks (each row's cells are the list's), so that every bar has the same track. */
  private void weeks(StringBuilder h) {
    int max = trends.weeks().stream().mapToInt(Trends.WeekTotal::minutes).max().orElse(0);
    h.append("<section id=\"weeks\">\n<h2>Minutes per week</h2>\n<p class=\"muted\">Each calendar week from its Monday:"
        + " the time logged, and the days done in it.</p>\n<ol class=\"weeks\">\n");
    for (Trends.WeekTotal w : trends.weeks()) {
      h.append("<li><span class=\"week-label\">").append(w.monday().format(WEEK)).append("</span><span class=\"track\">");
      if (w.minutes() > 0) {
        double percent = Math.max(0.5, 100.0 * w.minutes() / max);
        h.append("<span class=\"bar\" data-week=\"").append(w.monday()).append("\" style=\"width:")
            .append(String.format(Locale.ROOT, "%.2f", percent)).append("%\"></span>");
      }
      h.append("</span><span class=\"week-value\">").append(duration(w.minutes())).append(" · ").append(w.daysDone())
          .append(" done</span></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  /** The Weekly Progress Log of Appendix E, the posts linked relative to the page. */
  private void log(StringBuilder h) {
    h.append("<section id=\"log\">\n<h2>Weekly Progress Log</h2>\n<table class=\"log\">\n<thead><tr><th>Week</th>")
        .append("<th>Days</th><th>Status</th><th class=\"num\">Done</th><th class=\"num\">Minutes</th><th>Theme</th>")
        .append("<th>Blog post</th></tr></thead>\n<tbody>\n");
    for (WeekProgress w : progress.weeks()) {
      h.append("<tr><td data-label=\"Week\">").append(w.week().number()).append("</td><td data-label=\"Days\">")
          .append(w.dayRange()).append("</td><td data-label=\"Status\">").append(status(w)).append("</td>")
          .append("<td class=\"num\" data-label=\"Done\">").append(w.daysDone()).append(" of ").append(w.week().days().size())
          .append("</td><td class=\"num\" data-label=\"Minutes\">").append(w.minutes()).append("</td>")
          .append("<td data-label=\"Theme\">").append(Html.escape(w.week().theme())).append("</td>")
          .append("<td data-label=\"Blog post\">");
      if (w.blogPost() != null) {
        Path post = Path.of(w.blogPost());
        h.append("<a href=\"").append(Html.escape(link(post))).append("\">")
            .append(Html.escape(post.getFileName().toString())).append("</a>");
      } else {
        h.append("—");
      }
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static String status(WeekProgress w) {
    return switch (w.status()) {
      case COMPLETE -> "complete";
      case IN_PROGRESS -> "in progress";
      case NOT_STARTED -> "not started";
    };
  }

  /** The post as a link from the page's folder: a relative URL where there is one, else a file: URL. */
  private String link(Path post) {
    Path target = post.toAbsolutePath().normalize();
    try {
      String relative = folder.relativize(target).toString().replace('\\', '/');
      // The path's characters percent-encoded as a URL's path needs them; "./" so a first segment with ':' is no scheme.
      return new URI(null, null, relative.startsWith("../") ? relative : "./" + relative, null).getRawPath();
    } catch (IllegalArgumentException | URISyntaxException e) {
      return target.toUri().toString();
    }
  }

  private void notes(StringBuilder h) {
    h.append("<section id=\"notes\">\n<h2>Notes, day by day</h2>\n");
    boolean any = false;
    for (Day day : plan.days()) {
      DayEntry entry = journal.day(day.number());
      Notes notes = entry.notes();
      if (notes.isEmpty() && entry.status() == Status.TODO) {
        continue;
      }
      any = true;
      h.append("<article class=\"day\" id=\"day-").append(day.number()).append("\">\n<h3>Day ").append(day.number())
          .append(": ").append(Html.escape(day.topic())).append("</h3>\n<p class=\"meta\">").append(dayMeta(entry))
          .append("</p>\n");
      list(h, "Learned", notes.learned());
      if (!notes.code().isEmpty()) {
        h.append("<h4>Code</h4>\n");
        for (CodeSnippet code : notes.code()) {
          h.append("<pre><code");
          if (code.language() != null && !code.language().isBlank()) {
            h.append(" class=\"language-").append(Html.escape(code.language().strip())).append('"');
          }
          h.append('>').append(Html.escape(code.code())).append("</code></pre>\n");
        }
      }
      list(h, "Questions", notes.questions());
      list(h, "Resources", notes.resources());
      list(h, "Aha moments", notes.aha());
      list(h, "Struggles", notes.struggles());
      h.append("</article>\n");
    }
    if (!any) {
      h.append("<p class=\"muted\">No notes yet.</p>\n");
    }
    h.append("</section>\n");
  }

  private static String dayMeta(DayEntry entry) {
    StringBuilder m = new StringBuilder(switch (entry.status()) {
      case DONE -> "done";
      case DOING -> "doing";
      case SKIPPED -> "skipped";
      case TODO -> "to do";
    });
    if (entry.finishedOn() != null) {
      m.append(" on ").append(entry.finishedOn().format(DATE));
    }
    List<Session> sessions = entry.notes().sessions();
    if (!sessions.isEmpty()) {
      m.append(" · ").append(duration(entry.notes().minutes())).append(" over ").append(sessions.size())
          .append(sessions.size() == 1 ? " date" : " dates");
    }
    return Html.escape(m.toString());
  }

  private static void list(StringBuilder h, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<h4>").append(heading).append("</h4>\n<ul>\n");
    for (String item : items) {
      // A note's own line breaks stay line breaks.
      h.append("<li>").append(Html.escape(item).replace("\n", "<br>\n")).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  /** As the terminal says it (cli's Voice is not for this package): "45 min", "1 h", "1 h 15 min". */
  private static String duration(int minutes) {
    if (minutes < 60) {
      return minutes + " min";
    }
    int m = minutes % 60;
    return minutes / 60 + " h" + (m == 0 ? "" : " " + m + " min");
  }
}

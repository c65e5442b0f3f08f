package dev.rustplan.cli.text;

import dev.rustplan.cli.json.TodayJson;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import dev.rustplan.progress.Attendance;
import dev.rustplan.progress.ProgressReport;
import dev.rustplan.progress.Reviews;
import dev.rustplan.progress.Standing;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What `today` prints, in its three forms: the morning page, one line, and JSON. */
public final class TodayView {


  private final Plan plan;
  private final PlanJournal progress;
  private final Standing standing;
  private final Attendance attendance;
  private final Clock clock;
  private final int width;
  private final Style style;

  public TodayView(Plan plan, PlanJournal progress, Clock clock, int width, Style style) {
    this.plan = plan;
    this.width = width;
    this.style = style;
    this.progress = progress;
    this.standing = Standing.of(plan, progress, clock);
    this.attendance = Attendance.of(plan, progress);
    this.clock = clock;
  }

  /** The day to show: the current one, or day 1 before the start. */
  private Day day() {
    return standing.current().orElseThrow();
  }

  /**
   * What the one line says before the start ("Day 1/100 · … · not started (rustplan start)"): the
   * prompt snippets leave such a line out of the prompt.
   */
  public static final String NOT_STARTED = " · not started (";

  /** The fewest columns of the topic worth showing, "…" included; with less room the line goes without it. */
  private static final int SHORTEST_TOPIC = 8;

  /**
   * One line for a shell prompt, a login message or a notification, at most the width: "Day
   * 12/100 · Atomic types… · streak 11 · not logged yet · 2 reviews due · 1 day behind". "not
   * logged yet" while nothing is logged today (no note, minutes or day done); the reviews only
   * when some are due. Where the line is too wide the topic is cut first.
   */
  public String brief() {
    int due = Reviews.dueCount(plan, progress, standing.today());
    String reviews = due == 0 ? "" : " · " + Plural.of(due, "review") + " due";
    if (standing.finished()) {
      return TextWrap.cut("All " + plan.lastDay() + " days finished · longest streak " + standing.streaks().longest()
          + " " + Voice.ALL_DONE + reviews + studying(), width);
    }
    String head = "Day " + day().number() + "/" + plan.lastDay() + " · ";
    String topic = InlineText.display(DayText.topic(day()));
    if (!standing.started()) {
      return fitted(head, topic, NOT_STARTED + Voice.command("start") + ")");
    }
    String done = standing.finishedToday().map(d -> " · day " + d.number() + " done today").orElse("");
    String logged = attendance.logged(standing.today()) ? "" : " · not logged yet";
    return fitted(head, topic, done + " · streak " + standing.streaks().current() + logged + reviews + " · "
        + standing.scheduleText() + studying());
  }

  /**
   * head + topic + tail in the width: the topic cut with "…" first; with no room left for a few
   * letters of it, the line without the topic, cut at its end.
   */
  private String fitted(String head, String topic, String tail) {
    String line = head + topic + tail;
    int over = TextWrap.width(line) - width;
    if (over <= 0) {
      return line;
    }
    int room = TextWrap.width(topic) - over;
    if (room >= SHORTEST_TOPIC) {
      return head + TextWrap.cut(topic, room) + tail;
    }
    String cut = TextWrap.cut(head.substring(0, head.length() - 3) + tail, width);
    // Never a separator left hanging before the "…".
    return cut.endsWith(" ·…") ? cut.substring(0, cut.length() - 3) + "…" : cut;
  }

  /** " · studying day 12 since 18:30" while a session runs, else nothing. */
  private String studying() {
    StudyTimer s = progress.study();
    if (s == null) {
      return "";
    }
    return " · " + (s.paused() ? "paused studying day " : "studying day ") + s.day() + " "
        + StudyView.since(LocalDateTime.ofInstant(s.started(), clock.getZone()), standing.today());
  }

  /** The line of the morning page while a session runs. */
  private String studyLine() {
    StudyTimer s = progress.study();
    return s == null ? "" : TextWrap.fill(style.status(Status.DOING, Voice.IN_PROGRESS + " " + StudyView.running(
        s.day(), LocalDateTime.ofInstant(s.started(), clock.getZone()), standing.today(), s.paused())), width) + "\n";
  }

  public String text() {
    if (standing.finished()) {
      return summary();
    }
    StringBuilder t = new StringBuilder();
    t.append(style.dim(Voice.date(standing.today()))).append("\n\n");
    t.append(studyLine());
    standing.finishedToday().ifPresent(d -> t.append(TextWrap.fill(style.status(Status.DONE, Voice.FINISHED
        + " You finished day " + d.number() + " today.") + " Well done! Here is tomorrow's:", width)).append('\n'));
    Day day = day();
    Week week = plan.weekOf(day.number());
    Phase phase = plan.phaseOf(day.number());
    t.append(TextWrap.fill(style.heading(InlineText.display(DayText.heading(plan, day))), width));
    String weekLine = TextWrap.visible("Week " + week.label() + " · " + week.theme());
    // A plan of weeks without phases has one phase made up for it: it is not shown.
    t.append(phase.headed()
        ? TextWrap.either(width, "  |  ", weekLine, TextWrap.visible("Phase " + phase.number() + " · " + phase.name()))
        : TextWrap.fill(weekLine, width));
    t.append(kind(day.kind())).append(" · ").append(Voice.budget(plan.budgetOf(day))).append("\n\n");
    t.append(style.heading("What to do")).append("\n").append(TextWrap.indent(InlineText.display(day.activity()), 2, width)).append("\n");
    t.append(style.heading("Resources")).append("\n");
    for (Resource r : day.resources()) {
      t.append(DayText.resource(r, width, style));
    }
    if (day.resources().isEmpty()) {
      t.append(TextWrap.hanging("  " + Voice.BULLET + " ", TextWrap.visible(day.resourceText()), width));
    }
    List<String> questions = openQuestions(day);
    if (!questions.isEmpty()) {
      t.append("\n").append(style.heading("Open questions from day " + previous(day).number())).append("\n");
      questions.forEach(q -> t.append(TextWrap.hanging("  " + Voice.QUESTION + " ", TextWrap.visible(q), width)));
    }
    DayEntry entry = progress.day(day.number());
    if (!entry.notes().isEmpty()) {
      t.append("\n").append(TextWrap.fill("Logged so far: " + NotesSummary.of(entry.notes()), width));
    }
    if (day.kind() != DayKind.LESSON) {
      t.append("\n").append(TextWrap.fill(entry.practice() != null
          ? Voice.PRACTICE + " Your project: " + TextWrap.visible(entry.practice())
          : Voice.PRACTICE + " A Cargo project for the exercise, ready to code in: " + Voice.command("practice"), width));
    }
    t.append("\n");
    if (!standing.started()) {
      t.append(TextWrap.fill("You have not started yet. Start today with:\n  " + Voice.command("start")
          + "\nor from another date with:\n  " + Voice.command("start --date YYYY-MM-DD"), width));
      return t.toString();
    }
    String reviews = ReviewText.dueLine(Reviews.due(plan, progress, standing.today()));
    if (reviews != null) {
      t.append(TextWrap.fill(reviews, width));
    }
    int streak = standing.streaks().current();
    boolean studiedToday = attendance.studied(standing.today());
    String streakLine = Voice.STREAK + " Streak: " + streak + (streak == 1 ? " day" : " days")
        + (streak == 0 ? " (a session today starts a new one)"
            : standing.missedInARow() == 1 && !studiedToday ? " (today's session keeps it)" : "");
    t.append(TextWrap.either(width, "  ", streakLine, Voice.SCHEDULE + " " + schedule()));
    t.append(missedLines()).append("\n");
    if (standing.finishedToday().isPresent()) {
      int finished = standing.finishedToday().get().number();
      t.append(TextWrap.fill("See you tomorrow! To add to today's notes:", width))
          .append(command("log " + finished + " --learned \"...\" --aha \"...\"", null))
          .append(command("log " + finished + " --edit", null));
      return t.toString();
    }
    t.append(style.heading("After your session")).append("\n")
        .append(command("log --learned \"...\" --question \"...\" --minutes 40", null))
        .append(command("log --edit", "(the whole note in your editor)"))
        .append(command("done", null));
    return t.toString();
  }

  /**
   * A command to type, indented under a heading, with what it does beside it when there is room
   * (else under it); a command too long for the line goes on under its first word, so it reads as one.
   */
  private String command(String arguments, String what) {
    String command = TextWrap.hanging("  " + Voice.command(""), arguments, width);
    if (what == null) {
      return command;
    }
    String beside = TextWrap.pad("  " + Voice.command(arguments), 26) + what;
    return TextWrap.width(beside) <= width ? beside + "\n" : command + TextWrap.fill("    " + what, width);
  }

  /**
   * The #100DaysOfCode rule, never a wall of text: after one missed day (see {@link Attendance}) a
   * gentle line that it may be made up; after two or more in a row a firmer one, and when that
   * left the learner behind, how to move the schedule.
   */
  private String missedLines() {
    int missed = standing.missedInARow();
    if (missed == 0) {
      return "";
    }
    if (missed == 1) {
      LocalDate yesterday = standing.today().minusDays(1);
      String when = attendance.missed(yesterday, standing.today()) ? "yesterday" : "a day (" + lastMissed() + ")";
      return TextWrap.fill(attendance.studied(standing.today())
          ? Voice.MISSED_ONE + " You missed " + when + "; today's session made it up."
          : Voice.MISSED_ONE + " You missed " + when + ". That's fine: one missed day may be made up, and today's"
              + " session does it.", width);
    }
    String firm = TextWrap.fill(style.warning(Voice.WARNING + " You have missed " + missed + " days in a row.")
        + " The rule is never two: pick it up again today, even for a short session.", width);
    if (standing.scheduleOffset() >= 0) {
      return firm;
    }
    return firm + TextWrap.fill("  To move the remaining days so that day " + day().number() + " is today: "
        + Voice.command("reschedule") + " (or " + Voice.command("start --force --date DATE") + ")", width);
  }

  private LocalDate lastMissed() {
    LocalDate d = standing.today().minusDays(1);
    while (!attendance.missed(d, standing.today())) {
      d = d.minusDays(1);
    }
    return d;
  }

  private String schedule() {
    String text = standing.scheduleText();
    int scheduled = standing.scheduledDay();
    if (standing.today().isBefore(standing.scheduleStart())) {
      return text + " (day 1 is scheduled on " + standing.scheduleStart() + ")";
    }
    String when = standing.finishedToday().isPresent() ? "tomorrow" : "today";
    return scheduled > plan.lastDay()
        ? text + " (the calendar is past day " + plan.lastDay() + ")"
        : text + " (day " + scheduled + " is scheduled " + when + ")";
  }

  private String summary() {
    ProgressReport report = ProgressReport.of(plan, progress, clock);
    StringBuilder t = new StringBuilder();
    t.append(TextWrap.fill(Voice.ALL_DONE + " You have finished \u201c" + TextWrap.visible(plan.title()) + "\u201d!", width))
        .append("\n");
    t.append("Started:   ").append(orDash(report.started())).append("\n");
    t.append("Completed: ").append(orDash(report.completed())).append("\n");
    t.append("Days done: ").append(report.daysDone()).append(" of ").append(report.dayCount());
    if (report.daysSkipped() > 0) {
      t.append(" (").append(report.daysSkipped()).append(" skipped)");
    }
    t.append("\n");
    t.append("Time:      ").append(Voice.duration(report.minutes())).append("\n");
    t.append("Longest streak: ").append(report.streaks().longest()).append(" days\n\n");
    String reviews = ReviewText.dueLine(Reviews.due(plan, progress, standing.today()));
    if (reviews != null) {
      t.append(TextWrap.fill(reviews, width)).append("\n");
    }
    t.append(TextWrap.fill("Look back over the journey with: " + Voice.command("progress"), width));
    return t.toString();
  }

  public TodayJson json() {
    List<Integer> reviewsDue =
        Reviews.due(plan, progress, standing.today()).stream().map(i -> i.day().number()).toList();
    return TodayJson.of(plan, progress, standing, standing.finished() ? List.of() : openQuestions(day()), reviewsDue);
  }

  private List<String> openQuestions(Day day) {
    Day before = previous(day);
    return before == null ? List.of() : progress.day(before.number()).notes().questions();
  }

  private Day previous(Day day) {
    List<Day> days = plan.days();
    int at = days.indexOf(day);
    return at > 0 ? days.get(at - 1) : null;
  }

  private static String kind(DayKind kind) {
    return switch (kind) {
      case LESSON -> Voice.LESSON + " Lesson";
      case PRACTICE -> Voice.PRACTICE + " Practice";
      case CAPSTONE -> Voice.CAPSTONE + " Capstone";
    };
  }

  private static String orDash(Object value) {
    return value == null ? "—" : value.toString();
  }
}

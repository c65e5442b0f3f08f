package dev.rustplan.cli.text;

import dev.rustplan.journal.Status;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.progress.WeekStatus;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * rustplan's one vocabulary at the terminal, so that every command says a thing the same way: how
 * a command is written, a duration, a list item, and what each mark means.
 *
 * <ul>
 *   <li>A command is written in full and never quoted ({@code rustplan done 5}), after a colon or
 *       in parentheses: it can be copied as it stands, and quotes or backticks would be copied
 *       with it (backticks are Markdown, not terminal text).
 *   <li>A duration is "45 min", "1 h" or "1 h 15 min", in prose and tables alike.
 *   <li>Every list item follows {@link #BULLET}; a question the learner asked follows
 *       {@link #QUESTION} instead, in `today`, `show` and `week` alike.
 *   <li>Each mark means one thing in every command: ○ is a day still to do (never "today"), ◇ is
 *       today on the calendar, ✅ is finished (a day done, a week complete, a review passed).
 * </ul>
 */
public final class Voice {

  /** The bullet of every list: resources, notes, reading lists. */
  public static final String BULLET = "•";

  /** The mark of a question the learner logged, where other notes get the bullet. */
  public static final String QUESTION = "?";

  /** A day done; on the calendar, a date on which a day was done. */
  public static final String DONE = "●";

  /** A day begun (something logged) but not finished; on the calendar, a date with notes and no day done. */
  public static final String DOING = "◐";

  /** A day still to do. */
  public static final String TO_DO = "○";

  /** A day skipped; on the calendar, a date on which one was. */
  public static final String SKIPPED = "⊘";

  /** The calendar's own: a date since the start with nothing on it. */
  public static final String MISSED = "✗";

  /** The calendar's own: today, while nothing is on it yet. */
  public static final String TODAY = "◇";

  /** The calendar's own: a date still to come. */
  public static final String TO_COME = "·";

  /** Finished: a day done (in `done` and `today`), a week complete, a review passed. */
  public static final String FINISHED = "✅";

  /** A week with some days done or begun, not all finished. */
  public static final String IN_PROGRESS = "🟡";

  /** A week none of whose days is begun. */
  public static final String NOT_STARTED = "⬜";

  /** The streak. */
  public static final String STREAK = "🔥";

  /** Where the learner stands against the calendar. */
  public static final String SCHEDULE = "📅";

  /** A day up for review. */
  public static final String REVIEW = "🔁";

  /** One missed date, which may be made up. */
  public static final String MISSED_ONE = "💤";

  /** Something the learner should not miss: two missed dates in a row. */
  public static final String WARNING = "⚠";

  /** The plan finished. */
  public static final String ALL_DONE = "🦀";

  /** A practice day, and its Cargo project. */
  public static final String PRACTICE = "🛠";

  /** A lesson day. */
  public static final String LESSON = "📖";

  /** The capstone. */
  public static final String CAPSTONE = "🏁";

  /** The day marks with their meaning, for a legend. */
  public static final List<String> DAY_LEGEND =
      List.of(DONE + " done", DOING + " doing", TO_DO + " to do", SKIPPED + " skipped");

  /** The week marks with their meaning, for a legend. */
  public static final List<String> WEEK_LEGEND =
      List.of(FINISHED + " complete", IN_PROGRESS + " in progress", NOT_STARTED + " not started");

  private Voice() {}

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  /**
   * "Wednesday 2 December 2026", always in English like the rest of rustplan. Written by hand:
   * a DateTimeFormatter with day or month names loads the JDK's locale data (CLDR), which cost
   * every `today` run more than the rest of its page.
   */
  public static String date(LocalDate date) {
    return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1]
        + " " + date.getYear();
  }

  /** "Wed 2 Dec 2026", the same in short. */
  public static String shortDate(LocalDate date) {
    return DAYS[date.getDayOfWeek().ordinal()].substring(0, 3) + " " + date.getDayOfMonth() + " "
        + shortMonth(date.getMonth()) + " " + date.getYear();
  }

  /** "Dec". */
  public static String shortMonth(Month month) {
    return MONTHS[month.ordinal()].substring(0, 3);
  }

  /** "rustplan done 5": a command the learner may run, written as it is typed. */
  public static String command(String arguments) {
    return "rustplan " + arguments;
  }

  /** "45 min", "1 h", "1 h 15 min" ("0 min" for none). */
  public static String duration(int minutes) {
    if (minutes < 60) {
      return minutes + " min";
    }
    int m = minutes % 60;
    return minutes / 60 + " h" + (m == 0 ? "" : " " + m + " min");
  }

  /** A daily budget: "30-45 min", "30 min" when both ends are the same, "45 min to 1 h 30 min". */
  public static String budget(Budget budget) {
    int min = budget.minMinutes();
    int max = budget.maxMinutes();
    if (min == max) {
      return duration(min);
    }
    return max < 60 ? min + "-" + duration(max) : duration(min) + " to " + duration(max);
  }

  /** A day's mark: ● done, ◐ doing, ○ to do, ⊘ skipped. */
  public static String mark(Status status) {
    return switch (status) {
      case DONE -> DONE;
      case DOING -> DOING;
      case TODO -> TO_DO;
      case SKIPPED -> SKIPPED;
    };
  }

  /** A day's status in words: "to do", "doing", "done", "skipped" (JSON keeps "todo"). */
  public static String status(Status status) {
    return status == Status.TODO ? "to do" : status.label();
  }

  /** A week's mark: ✅ complete, 🟡 in progress, ⬜ not started. */
  public static String mark(WeekStatus status) {
    return switch (status) {
      case COMPLETE -> FINISHED;
      case IN_PROGRESS -> IN_PROGRESS;
      case NOT_STARTED -> NOT_STARTED;
    };
  }
}

package dev.rustplan.cli.text;

import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.PlanMeta.Budget;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What `rustplan study` shows: the live line of a session (a bar toward the day's budget with a
 * mark at each end of the budget, the time studied, the keys), and the lines that say a session began,
 * ended or is running, for a terminal, a pipe and `study status` alike.
 */
public final class StudyView {

  /** Filled and empty cells of the bar, and the mark at each end of the budget. */
  private static final String FULL = "█";
  private static final String EMPTY = "░";
  private static final String MARK = "│";

  /** The narrowest bar worth drawing; below it the keys, then the budget, give up their room. */
  private static final int NARROWEST_BAR = 10;

  private static final String PAUSE_KEYS = " · p pause · Enter end";
  private static final String RESUME_KEYS = " · p resume · Enter end";

  private StudyView() {}

  /**
   * The live line, without the carriage return that puts it in place: it fits in width - 1
   * columns, since a line that reaches a terminal's last column wraps on some terminals.
   */
  public static String line(Duration studied, boolean paused, Budget budget, int width, Style style) {
    String state = paused ? "Paused   " : "Studying ";
    // As wide as "12:34" from the first second, so that the bar does not move when ten minutes have gone.
    String time = TextWrap.padLeft(elapsed(studied), 5);
    String budgetText = " " + Voice.budget(budget);
    String keys = paused ? RESUME_KEYS : PAUSE_KEYS;
    int room = width - 1 - TextWrap.width(state + time) - 1;
    // Room for the longer of the two: the bar keeps its length when the session is paused.
    int bar = room - TextWrap.width(budgetText + RESUME_KEYS) - 2;
    if (bar < NARROWEST_BAR) {
      keys = "";
      bar = room - TextWrap.width(budgetText) - 2;
    }
    if (bar < NARROWEST_BAR) {
      budgetText = "";
      bar = Math.max(NARROWEST_BAR, room - 2);
    }
    String head = paused ? style.dim(state) : style.heading(state);
    return head + time + " " + bar(studied, paused, budget, bar, style) + budgetText + style.dim(keys);
  }

  /**
   * The bar, {@code cells} + 2 columns wide: cells up to the budget's longer end, the mark of its shorter end among them when the
   * two differ; yellow while short of the budget, green once within it, grey while paused.
   */
  static String bar(Duration studied, boolean paused, Budget budget, int cells, Style style) {
    long seconds = studied.toSeconds();
    long full = budget.maxMinutes() * 60L;
    boolean twoMarks = budget.minMinutes() < budget.maxMinutes();
    int inner = twoMarks ? cells - 1 : cells;
    // The cell at which the shorter end falls. The cells before it count up to that end and those
    // after it on to the longer, each part on its own scale: the mark is passed exactly when the
    // shorter end is, whatever the rounding of its place.
    int mark = twoMarks ? (int) Math.round((double) inner * budget.minMinutes() / budget.maxMinutes()) : inner;
    long shorter = budget.minMinutes() * 60L;
    int filled = twoMarks
        ? (int) (Math.min(mark, seconds * mark / shorter)
            + (seconds <= shorter ? 0 : Math.min(inner - mark, (seconds - shorter) * (inner - mark) / (full - shorter))))
        : (int) Math.min(inner, seconds * inner / full);
    StringBuilder done = new StringBuilder();
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < inner; i++) {
      if (twoMarks && i == mark) {
        (i < filled ? done : rest).append(MARK);
      }
      (i < filled ? done : rest).append(i < filled ? FULL : EMPTY);
    }
    if (twoMarks && mark >= inner) {
      rest.append(MARK);
    }
    String fill = done.toString();
    if (paused) {
      fill = style.dim(fill);
    } else {
      fill = style.status(seconds >= budget.minMinutes() * 60L ? Status.DONE : Status.DOING, fill);
    }
    return MARK + fill + style.dim(rest.toString()) + MARK;
  }

  /** "0:00", "12:34", "1:02:03": the time studied, in whole seconds. */
  public static String elapsed(Duration studied) {
    long s = Math.max(0, studied.toSeconds());
    long h = s / 3600;
    long m = s / 60 % 60;
    String mmss = (h > 0 && m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + s % 60;
    return h > 0 ? h + ":" + mmss : mmss;
  }

  /** The one line a session begins with when the output is not a terminal (and under the day at one). */
  public static String began(Day day, LocalTime at, Budget budget, boolean keys) {
    return "Studying day " + day.number() + " (" + InlineText.display(day.topic()) + ") from " + hhmm(at)
        + ", toward " + Voice.budget(budget) + (keys ? ": p or space pauses and resumes, Enter ends." : ".");
  }

  /** The one line a session ends with: how long was studied, and paused. */
  public static String ended(Day day, LocalTime at, Duration studied, Duration paused) {
    return "Session of day " + day.number() + " ended at " + hhmm(at) + ": " + elapsed(studied) + " studied"
        + (paused.isZero() ? "" : ", " + elapsed(paused) + " paused") + ".";
  }

  /** "since 18:30", or "since 2026-12-01 18:30" for a session begun on another date. */
  public static String since(LocalDateTime began, java.time.LocalDate today) {
    return "since " + (began.toLocalDate().equals(today) ? "" : began.toLocalDate() + " ") + hhmm(began.toLocalTime());
  }

  /** The line `today` shows while a session runs; a start time, not a count, so that it holds while it runs. */
  public static String running(int day, LocalDateTime began, java.time.LocalDate today, boolean paused) {
    return (paused ? "Paused studying day " : "Studying day ") + day + " " + since(began, today) + " ("
        + Voice.command("study stop") + " records it)";
  }

  /** "18:30". */
  public static String hhmm(LocalTime t) {
    return (t.getHour() < 10 ? "0" : "") + t.getHour() + ":" + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
  }
}

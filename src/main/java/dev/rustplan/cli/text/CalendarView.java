package dev.rustplan.cli.text;

import dev.rustplan.journal.Status;
import dev.rustplan.progress.PlanCalendar.Cell;
import dev.rustplan.progress.PlanCalendar.Kind;
import dev.rustplan.progress.PlanCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The text of `calendar`: a row a week (Monday first), a column a weekday, each date a cell of two
 * characters: what the date holds (a mark that reads without colour) and the minutes logged on it
 * (a shade block, coloured green in colour).
 */
public final class CalendarView {

  static final String MARKS = "● done  ◐ logged, none finished  ⊘ skipped  ✗ missed  ○ today  · to come";
  static final String SHADES = "minutes: ░ 1-14  ▒ 15-29  ▓ 30-44  █ 45 or more";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final PlanCalendar calendar;
  private final Style style;

  public CalendarView(PlanCalendar calendar, Style style) {
    this.calendar = calendar;
    this.style = style;
  }

  public String text(String title) {
    StringBuilder t = new StringBuilder();
    t.append(style.heading(title + ": calendar")).append('\n');
    t.append("From ").append(calendar.first().format(DATE)).append(" to ").append(calendar.last().format(DATE))
        .append("\n\n");
    t.append(" ".repeat(9)).append("Mo Tu We Th Fr Sa Su\n");
    LocalDate monday = calendar.first().with(DayOfWeek.MONDAY);
    int previousMonth = 0;
    for (; !monday.isAfter(calendar.last()); monday = monday.plusWeeks(1)) {
      String month = monday.getMonthValue() == previousMonth
          ? "" : monday.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      previousMonth = monday.getMonthValue();
      StringBuilder row = new StringBuilder(String.format("%-3s %2d   ", month, monday.getDayOfMonth()));
      boolean today = false;
      for (int i = 0; i < 7; i++) {
        LocalDate date = monday.plusDays(i);
        row.append(cell(date)).append(i < 6 ? " " : "");
        today |= date.equals(calendar.today());
      }
      String line = row.toString().stripTrailing();
      t.append(line).append(today ? "   " + style.dim("◂ today") : "").append('\n');
    }
    t.append('\n').append(style.dim(MARKS)).append('\n').append(style.dim(SHADES)).append("\n\n");
    int minutes = calendar.cells().stream().mapToInt(Cell::minutes).sum();
    t.append("Dates: ").append(calendar.count(Kind.DONE)).append(" with a day done, ")
        .append(calendar.count(Kind.LOGGED)).append(" logged, ")
        .append(calendar.count(Kind.SKIPPED)).append(" skipped, ")
        .append(calendar.count(Kind.MISSED)).append(" missed · time logged: ").append(Minutes.text(minutes)).append('\n');
    return t.toString();
  }

  private String cell(LocalDate date) {
    if (date.isBefore(calendar.first()) || date.isAfter(calendar.last())) {
      return "  ";
    }
    Cell cell = calendar.cells().get((int) (date.toEpochDay() - calendar.first().toEpochDay()));
    int level = level(cell.minutes());
    String shade = level == 0 ? " " : style.shade(level, String.valueOf(" ░▒▓█".charAt(level)));
    return mark(cell.kind()) + shade;
  }

  private String mark(Kind kind) {
    return switch (kind) {
      case DONE -> style.status(Status.DONE, "●");
      case LOGGED -> style.status(Status.DOING, "◐");
      case SKIPPED -> style.status(Status.SKIPPED, "⊘");
      case MISSED -> style.missed("✗");
      case TODAY -> style.heading("○");
      case COMING -> style.dim("·");
    };
  }

  /** 0 for no minutes, then 1-4 by quarter-hours up to 45 and more. */
  static int level(int minutes) {
    return minutes <= 0 ? 0 : Math.min(4, minutes / 15 + 1);
  }
}

package dev.rustplan.cli.text;

import dev.rustplan.journal.Status;
import dev.rustplan.progress.PlanCalendar.Cell;
import dev.rustplan.progress.PlanCalendar.Kind;
import dev.rustplan.progress.PlanCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The text of `calendar`: a row a week (Monday first), a column a weekday, each date a cell of two
 * characters: what the date holds (a mark that reads without colour) and the minutes logged on it
 * (a shade block, coloured green in colour).
 */
public final class CalendarView {

  /** What a date's mark says, in {@link Voice}'s marks: ◇ is today here, ○ (a day to do) never is. */
  static final List<String> MARKS = List.of(Voice.DONE + " a day done", Voice.DOING + " logged, none finished",
      Voice.SKIPPED + " skipped", Voice.MISSED + " missed", Voice.TODAY + " today", Voice.TO_COME + " to come");
  static final List<String> SHADES = List.of("░ 1-14", "▒ 15-29", "▓ 30-44", "█ 45 or more");

  private final PlanCalendar calendar;
  private final Style style;
  private final int width;

  public CalendarView(PlanCalendar calendar, Style style, int width) {
    this.calendar = calendar;
    this.style = style;
    this.width = width;
  }

  public String text(String title) {
    StringBuilder t = new StringBuilder();
    t.append(TextWrap.fill(style.heading(TextWrap.visible(title) + ": calendar"), width));
    t.append(TextWrap.fill("From " + Voice.shortDate(calendar.first()) + " to " + Voice.shortDate(calendar.last()), width))
        .append('\n');
    t.append(" ".repeat(9)).append("Mo Tu We Th Fr Sa Su\n");
    LocalDate monday = calendar.first().with(DayOfWeek.MONDAY);
    int previousMonth = 0;
    for (; !monday.isAfter(calendar.last()); monday = monday.plusWeeks(1)) {
      String month = monday.getMonthValue() == previousMonth
          ? "" : Voice.shortMonth(monday.getMonth());
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
    t.append('\n').append(TextWrap.items("", MARKS.stream().map(style::dim).toList(), "  ", width))
        .append(TextWrap.items(style.dim("minutes: "), SHADES.stream().map(style::dim).toList(), "  ", width))
        .append('\n');
    int minutes = calendar.cells().stream().mapToInt(Cell::minutes).sum();
    t.append(TextWrap.items("Dates: ", List.of(calendar.count(Kind.DONE) + " with a day done",
        calendar.count(Kind.LOGGED) + " logged", calendar.count(Kind.SKIPPED) + " skipped",
        calendar.count(Kind.MISSED) + " missed", "time logged: " + Voice.duration(minutes)), ", ", width));
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
      case DONE -> style.status(Status.DONE, Voice.DONE);
      case LOGGED -> style.status(Status.DOING, Voice.DOING);
      case SKIPPED -> style.status(Status.SKIPPED, Voice.SKIPPED);
      case MISSED -> style.missed(Voice.MISSED);
      case TODAY -> style.heading(Voice.TODAY);
      case COMING -> style.dim(Voice.TO_COME);
    };
  }

  /** 0 for no minutes, then 1-4 by quarter-hours up to 45 and more. */
  static int level(int minutes) {
    return minutes <= 0 ? 0 : Math.min(4, minutes / 15 + 1);
  }
}

package dev.rustplan.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The phases and weeks as the loader first reads them, with what their headings declare, before
 * the checks compare headings with rows and the immutable {@link Plan} is built.
 */
public record Outline(List<PhaseDraft> phases) {

  /** A phase heading: "Phase 2: Traits & Type System Mastery (Days 16-35)"; 0-0 if it declares no range. */
  public record PhaseDraft(int number, String name, DayRange declared, int line, List<WeekDraft> weeks) {

    public Phase toPhase() {
      return new Phase(
          number, name, declared.first(), declared.last(), weeks.stream().map(WeekDraft::toWeek).toList(), line);
    }

    public DayRange actual() {
      List<Day> days = new ArrayList<>();
      weeks.forEach(w -> days.addAll(w.days()));
      return days.isEmpty() ? DayRange.NONE : new DayRange(days.get(0).number(), days.get(days.size() - 1).number());
    }
  }

  /** A week heading and the days of the tables under it, in row order. */
  public record WeekDraft(int number, String theme, DayRange declared, int line, List<Day> days) {

    Week toWeek() {
      return new Week(number, theme, days, line);
    }

    public DayRange actual() {
      return days.isEmpty()
          ? DayRange.NONE
          : new DayRange(days.get(0).number(), days.get(days.size() - 1).number());
    }
  }

  /** A range of days as a heading or the progress log writes it; NONE where none is given. */
  public record DayRange(int first, int last) {

    public static final DayRange NONE = new DayRange(0, 0);

    public boolean isNone() {
      return first == 0 && last == 0;
    }

    @Override
    public String toString() {
      return first == last ? String.valueOf(first) : first + "-" + last;
    }
  }

  public List<WeekDraft> weeks() {
    List<WeekDraft> weeks = new ArrayList<>();
    phases.forEach(p -> weeks.addAll(p.weeks()));
    return weeks;
  }

  public List<Day> days() {
    List<Day> days = new ArrayList<>();
    weeks().forEach(w -> days.addAll(w.days()));
    return days;
  }
}

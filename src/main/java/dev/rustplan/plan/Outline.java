package dev.rustplan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The phases and weeks as the loader first reads them, with what their headings declare, before
 * the checks compare headings with rows and the immutable {@link Plan} is built.
 */
public record Outline(List<PhaseDraft> phases, Set<Integer> explained, String whyNoDays) {

  /** How a plan with no days at all is described when its reader knows nothing more specific. */
  public static final String NO_DAYS = "a plan has headings like '### Week 1: Theme' with a table of Day, Topic,"
      + " Activity and Resources columns (or 'Day N: Topic' headings) under each";

  /**
   * @param explained the lines of weeks (or phases) whose lack of days (or weeks) was already
   *     reported with its cause (a table under it the reader could not read), so that the checks do
   *     not report it again
   * @param whyNoDays what the reader found instead of days, for the error of a file without any
   */
  public Outline {
    explained = Set.copyOf(explained);
  }

  public Outline(List<PhaseDraft> phases) {
    this(phases, Set.of(), NO_DAYS);
  }

  /**
   * A phase heading: "Phase 2: Traits & Type System Mastery (Days 16-35)"; 0-0 if it declares no
   * range. Not headed: the phase that holds the weeks of a plan without phase headings.
   */
  public record PhaseDraft(int number, String name, DayRange declared, int line, List<WeekDraft> weeks, boolean headed) {

    public PhaseDraft(int number, String name, DayRange declared, int line, List<WeekDraft> weeks) {
      this(number, name, declared, line, weeks, true);
    }

    public Phase toPhase() {
      return new Phase(
          number, name, declared.first(), declared.last(), weeks.stream().map(WeekDraft::toWeek).toList(), line,
          headed);
    }

    public DayRange actual() {
      List<Day> days = new ArrayList<>();
      weeks.forEach(w -> days.addAll(w.days()));
      return days.isEmpty() ? DayRange.NONE : new DayRange(days.get(0).number(), days.get(days.size() - 1).number());
    }
  }

  /** A week heading and the days of the tables under it, in row order; lastNumber above number for "Week 2-3". */
  public record WeekDraft(int number, String theme, DayRange declared, int line, List<Day> days, int lastNumber) {

    public WeekDraft(int number, String theme, DayRange declared, int line, List<Day> days) {
      this(number, theme, declared, line, days, number);
    }

    Week toWeek() {
      return new Week(number, theme, days, line, lastNumber);
    }

    /** "3", or "2-3" for a block of weeks. */
    public String label() {
      return number == lastNumber ? Integer.toString(number) : number + "-" + lastNumber;
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

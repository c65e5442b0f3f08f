package dev.rustplan.plan;

import dev.rustplan.RustplanException;
import java.util.List;
import java.util.Optional;

/**
 * A whole study plan as its rows give it: phases of weeks of days, the primary resources and the
 * appendices, with what its metadata says (name, budget, posts). Its id keys the learner's
 * progress so that two plans never mix.
 */
public record Plan(
    String id,
    PlanMeta meta,
    List<Resource> primaryResources,
    List<Phase> phases,
    Appendices appendices) {

  public Plan {
    primaryResources = List.copyOf(primaryResources);
    phases = List.copyOf(phases);
  }

  /** A plan with the default metadata under this name (for plans built by hand, as tests do). */
  public Plan(String id, String title, List<Resource> primaryResources, List<Phase> phases, Appendices appendices) {
    this(id, PlanMeta.defaults(title, PlanSource.slug(id)), primaryResources, phases, appendices);
  }

  /** The plan's display name for headers: its metadata's name, else its first heading. */
  public String title() {
    return meta.name();
  }

  public List<Week> weeks() {
    return phases.stream().flatMap(p -> p.weeks().stream()).toList();
  }

  public List<Day> days() {
    return weeks().stream().flatMap(w -> w.days().stream()).toList();
  }

  /** How many days the plan has (100 for the bundled one). */
  public int dayCount() {
    return days().size();
  }

  public int lastDay() {
    List<Day> days = days();
    return days.get(days.size() - 1).number();
  }

  public Optional<Day> day(int number) {
    return days().stream().filter(d -> d.number() == number).findFirst();
  }

  /** The week of this number; a block of weeks ("Week 2-3") answers to each of its numbers. */
  public Optional<Week> week(int number) {
    return weeks().stream().filter(w -> w.covers(number)).findFirst();
  }

  /** The day, or a usage error that says which days exist. */
  public Day requireDay(int number) {
    return day(number)
        .orElseThrow(
            () ->
                RustplanException.usage(
                    "day must be between 1 and " + lastDay() + ", got " + number));
  }

  /**
   * The week, or a usage error that says which weeks exist: their range, and when the plan skips
   * numbers (weeks 1 and 3), that this one is among those it skips.
   */
  public Week requireWeek(int number) {
    List<Week> weeks = weeks();
    int first = weeks.stream().mapToInt(Week::number).min().orElse(1);
    int last = weeks.stream().mapToInt(Week::lastNumber).max().orElse(1);
    return week(number)
        .orElseThrow(
            () -> number < first || number > last
                ? RustplanException.usage("week must be between " + first + " and " + last + ", got " + number)
                : RustplanException.usage("the plan has no week " + number + ": its weeks are "
                    + String.join(", ", weeks.stream().map(Week::label).toList())));
  }

  /** Whether any heading of the plan names a phase; a plan of weeks alone has one phase no heading names. */
  public boolean hasPhases() {
    return phases.stream().anyMatch(Phase::headed);
  }

  /** What the day is meant to take: its own budget (a Time column, a YAML day's budget), else the plan's. */
  public PlanMeta.Budget budgetOf(Day day) {
    return day.budget() != null ? day.budget() : meta.budget();
  }

  /** The week whose rows hold this day. */
  public Week weekOf(int day) {
    return weeks().stream()
        .filter(w -> w.days().stream().anyMatch(d -> d.number() == day))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no week holds day " + day));
  }

  /** The phase whose weeks hold this day. */
  public Phase phaseOf(int day) {
    return phases.stream()
        .filter(p -> p.weeks().stream().anyMatch(w -> w.days().stream().anyMatch(d -> d.number() == day)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no phase holds day " + day));
  }
}

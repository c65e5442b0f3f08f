package dev.rustplan.plan;

import dev.rustplan.RustplanException;
import java.util.ArrayList;
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

  // Loops, not streams: every command asks the plan for its days, and each lambda or method
  // reference costs a cold start about 0.3 ms to link on first use, a stream pipeline several.

  public List<Week> weeks() {
    List<Week> weeks = new ArrayList<>();
    for (Phase phase : phases) {
      weeks.addAll(phase.weeks());
    }
    return List.copyOf(weeks);
  }

  public List<Day> days() {
    List<Day> days = new ArrayList<>();
    for (Phase phase : phases) {
      for (Week week : phase.weeks()) {
        days.addAll(week.days());
      }
    }
    // Java's own immutable list, as a stream's toList() gave: its indexOf tries identity first,
    // where ArrayList's calls the record's equals, which Java links on first use (about 10 ms).
    return List.copyOf(days);
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
    for (Phase phase : phases) {
      for (Week week : phase.weeks()) {
        for (Day day : week.days()) {
          if (day.number() == number) {
            return Optional.of(day);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The week of this number; a block of weeks ("Week 2-3") answers to each of its numbers. */
  public Optional<Week> week(int number) {
    for (Phase phase : phases) {
      for (Week week : phase.weeks()) {
        if (week.covers(number)) {
          return Optional.of(week);
        }
      }
    }
    return Optional.empty();
  }

  /** The day, or a usage error that says which days exist. */
  public Day requireDay(int number) {
    Optional<Day> day = day(number);
    if (day.isEmpty()) {
      throw RustplanException.usage("day must be between 1 and " + lastDay() + ", got " + number);
    }
    return day.get();
  }

  /**
   * The week, or a usage error that says which weeks exist: their range, and when the plan skips
   * numbers (weeks 1 and 3), that this one is among those it skips.
   */
  public Week requireWeek(int number) {
    Optional<Week> week = week(number);
    if (week.isPresent()) {
      return week.get();
    }
    List<Week> weeks = weeks();
    int first = weeks.stream().mapToInt(Week::number).min().orElse(1);
    int last = weeks.stream().mapToInt(Week::lastNumber).max().orElse(1);
    throw number < first || number > last
        ? RustplanException.usage("week must be between " + first + " and " + last + ", got " + number)
        : RustplanException.usage("the plan has no week " + number + ": its weeks are "
            + String.join(", ", weeks.stream().map(Week::label).toList()));
  }

  /** Whether any heading of the plan names a phase; a plan of weeks alone has one phase no heading names. */
  public boolean hasPhases() {
    for (Phase phase : phases) {
      if (phase.headed()) {
        return true;
      }
    }
    return false;
  }

  /** What the day is meant to take: its own budget (a Time column, a YAML day's budget), else the plan's. */
  public PlanMeta.Budget budgetOf(Day day) {
    return day.budget() != null ? day.budget() : meta.budget();
  }

  /** The week whose rows hold this day. */
  public Week weekOf(int day) {
    for (Phase phase : phases) {
      for (Week week : phase.weeks()) {
        if (holds(week, day)) {
          return week;
        }
      }
    }
    throw new IllegalArgumentException("no week holds day " + day);
  }

  /** The phase whose weeks hold this day. */
  public Phase phaseOf(int day) {
    for (Phase phase : phases) {
      for (Week week : phase.weeks()) {
        if (holds(week, day)) {
          return phase;
        }
      }
    }
    throw new IllegalArgumentException("no phase holds day " + day);
  }

  private static boolean holds(Week week, int day) {
    for (Day d : week.days()) {
      if (d.number() == day) {
        return true;
      }
    }
    return false;
  }
}

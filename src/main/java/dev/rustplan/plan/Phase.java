package dev.rustplan.plan;

import java.util.List;

/**
 * A phase of the plan. Its heading declares a day range ("Days 1-15"), which may disagree with
 * the rows of its weeks: the rows are the truth, the declared range is kept only to report it. A
 * plan with weeks and no phase headings has one phase that no heading names ({@code headed} false,
 * name empty): the views leave it out rather than show an empty "Phase 1".
 */
public record Phase(int number, String name, int declaredFirst, int declaredLast, List<Week> weeks, int line,
    boolean headed) {

  public Phase {
    weeks = List.copyOf(weeks);
  }

  /** A phase its own heading declares, as in most plans. */
  public Phase(int number, String name, int declaredFirst, int declaredLast, List<Week> weeks, int line) {
    this(number, name, declaredFirst, declaredLast, weeks, line, true);
  }

  public int firstDay() {
    return weeks.get(0).firstDay();
  }

  public int lastDay() {
    return weeks.get(weeks.size() - 1).lastDay();
  }
}

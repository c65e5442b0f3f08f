package dev.rustplan.plan;

import java.util.List;

/**
 * A phase of the plan. Its heading declares a day range ("Days 1-15"), which may disagree with
 * the rows of its weeks: the rows are the truth, the declared range is kept only to report it.
 */
public record Phase(int number, String name, int declaredFirst, int declaredLast, List<Week> weeks, int line) {

  public Phase {
    weeks = List.copyOf(weeks);
  }

  public int firstDay() {
    return weeks.get(0).firstDay();
  }

  public int lastDay() {
    return weeks.get(weeks.size() - 1).lastDay();
  }
}

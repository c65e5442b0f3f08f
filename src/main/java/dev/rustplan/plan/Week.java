package dev.rustplan.plan;

import java.util.List;

/** A week of the plan: its number, theme and days, in the order its rows give them. */
public record Week(int number, String theme, List<Day> days, int line) {

  public Week {
    days = List.copyOf(days);
  }

  public int firstDay() {
    return days.get(0).number();
  }

  public int lastDay() {
    return days.get(days.size() - 1).number();
  }
}

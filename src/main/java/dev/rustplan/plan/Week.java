package dev.rustplan.plan;

import java.util.List;

/**
 * A week of the plan: its number, theme and days, in the order its rows give them. A heading may
 * name a block of weeks ("Week 2-3: Traits"): it is one week numbered by its first number, and it
 * answers to every number up to {@code lastNumber}, so that `week 3` shows it.
 */
public record Week(int number, String theme, List<Day> days, int line, int lastNumber) {

  public Week {
    days = List.copyOf(days);
    lastNumber = Math.max(number, lastNumber);
  }

  /** A week of one number, as most headings give it. */
  public Week(int number, String theme, List<Day> days, int line) {
    this(number, theme, days, line, number);
  }

  public int firstDay() {
    return days.get(0).number();
  }

  public int lastDay() {
    return days.get(days.size() - 1).number();
  }

  /** Whether this week answers to the number: its own, or one of the block it stands for. */
  public boolean covers(int week) {
    return week >= number && week <= lastNumber;
  }

  /** "3", or "2-3" for a block of weeks: how a heading or a list names it. */
  public String label() {
    return number == lastNumber ? Integer.toString(number) : number + "-" + lastNumber;
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.plan.Plan;

/** Reads a DAY argument against the plan: "abc", "0" and "101" each get one line saying which days exist. */
public final class DayArgument {

  private DayArgument() {}

  public static int parse(Plan plan, String text) {
    int first = plan.days().get(0).number();
    return plan.requireDay(NumberArgument.parse("day", text, first, plan.lastDay())).number();
  }
}

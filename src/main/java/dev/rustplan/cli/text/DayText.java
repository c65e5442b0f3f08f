package dev.rustplan.cli.text;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;

/** One day of the plan as a learner reads it at a terminal: heading, place in the plan, activity, links. */
public final class DayText {

  private DayText() {}

  public static String render(Plan plan, Day day, int width, Style style) {
    Week week = plan.weekOf(day.number());
    Phase phase = plan.phaseOf(day.number());
    StringBuilder sb = new StringBuilder();
    sb.append(style.heading(heading(plan, day))).append('\n');
    sb.append(String.format("  %-7s %s%n", "Kind", day.kind().label()));
    sb.append(String.format("  %-7s %d \u00b7 %s (days %d-%d)%n", "Week", week.number(), week.theme(),
        week.firstDay(), week.lastDay()));
    sb.append(String.format("  %-7s %d \u00b7 %s (days %d-%d)%n", "Phase", phase.number(), phase.name(),
        phase.firstDay(), phase.lastDay()));
    sb.append('\n').append(style.heading("Activity")).append('\n').append(TextWrap.indent(day.activity(), 2, width));
    sb.append('\n').append(style.heading("Resources")).append('\n').append(resources(day, width, style));
    return sb.toString();
  }

  /** "Day 7 of 100 · Practice: Build a memory inspector". */
  public static String heading(Plan plan, Day day) {
    return "Day " + day.number() + " of " + plan.lastDay() + " \u00b7 " + topic(day);
  }

  /** The topic, with the kind in front for the days that are not lessons. */
  public static String topic(Day day) {
    return day.kind() == DayKind.LESSON ? day.topic() : capitalized(day.kind().label()) + ": " + day.topic();
  }

  private static String resources(Day day, int width, Style style) {
    if (day.resources().isEmpty()) {
      return "  (none given)\n";
    }
    StringBuilder sb = new StringBuilder();
    for (Resource r : day.resources()) {
      sb.append(TextWrap.indent(r.title(), 4, width).replaceFirst("^    ", "  - "));
      if (r.resolved()) {
        sb.append("    ").append(style.link(r.url())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

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
    sb.append(TextWrap.fill(style.heading(TextWrap.visible(heading(plan, day))), width));
    sb.append(TextWrap.hanging("  Kind    ", day.kind().label(), width));
    sb.append(TextWrap.hanging("  Week    ", TextWrap.visible(week.label() + " \u00b7 " + week.theme()
        + " (days " + week.firstDay() + "-" + week.lastDay() + ")"), width));
    if (phase.headed()) {
      sb.append(TextWrap.hanging("  Phase   ", TextWrap.visible(phase.number() + " \u00b7 " + phase.name()
          + " (days " + phase.firstDay() + "-" + phase.lastDay() + ")"), width));
    }
    sb.append(TextWrap.hanging("  Budget  ", Voice.budget(plan.budgetOf(day)), width));
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
      sb.append(resource(r, width, style));
    }
    return sb.toString();
  }

  /** A resource as a list item: its full title after the bullet, then its link (a line of its own, never broken). */
  static String resource(Resource r, int width, Style style) {
    String item = TextWrap.hanging("  " + Voice.BULLET + " ", TextWrap.visible(r.title()), width);
    return r.resolved() ? item + "    " + style.link(TextWrap.visible(r.url())) + "\n" : item;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}

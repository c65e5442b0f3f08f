package dev.rustplan.cli;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Resource;
import dev.rustplan.plan.Week;
import java.util.List;

/** The JSON of one day (`show --json`): these keys are a contract for scripts, keep them. */
record DayJson(
    String plan,
    int day,
    int lastDay,
    String topic,
    String activity,
    String resourceText,
    List<ResourceJson> resources,
    String kind,
    int week,
    String weekTheme,
    int phase,
    String phaseName) {

  /** A resource as written, with the catalog's title and link (null when it has none). */
  record ResourceJson(String text, String title, String url) {
    static ResourceJson of(Resource r) {
      return new ResourceJson(r.text(), r.title(), r.url());
    }
  }

  static DayJson of(Plan plan, Day day) {
    Week week = plan.weekOf(day.number());
    Phase phase = plan.phaseOf(day.number());
    return new DayJson(
        plan.id(),
        day.number(),
        plan.lastDay(),
        day.topic(),
        day.activity(),
        day.resourceText(),
        day.resources().stream().map(ResourceJson::of).toList(),
        day.kind().label(),
        week.number(),
        week.theme(),
        phase.number(),
        phase.name());
  }
}

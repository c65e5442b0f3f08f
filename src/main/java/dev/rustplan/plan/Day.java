package dev.rustplan.plan;

import java.util.List;

/** One row of the plan: a day's topic, activity and resources, and the line it was read from. */
public record Day(
    int number,
    String topic,
    String activity,
    String resourceText,
    List<Resource> resources,
    DayKind kind,
    int line) {

  public Day {
    resources = List.copyOf(resources);
  }
}

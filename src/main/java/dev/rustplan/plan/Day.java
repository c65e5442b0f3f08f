package dev.rustplan.plan;

import dev.rustplan.plan.PlanMeta.Budget;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of the plan: its topic, activity and resources, the time it is meant to take when the
 * plan gives that day its own (a Time column, a YAML day's budget), the columns rustplan has no
 * use for but keeps (so that `plan convert` loses nothing), and the line it was read from.
 *
 * @param budget the day's own budget, or null when the plan's applies (see {@link Plan#budgetOf})
 * @param extras the other columns of its row (or fields of its YAML entry), in order
 */
public record Day(
    int number,
    String topic,
    String activity,
    String resourceText,
    List<Resource> resources,
    DayKind kind,
    int line,
    Budget budget,
    List<Extra> extras) {

  public Day {
    resources = List.copyOf(resources);
    extras = List.copyOf(extras);
  }

  /** A day with no budget or extra columns of its own, as most plans have them. */
  public Day(int number, String topic, String activity, String resourceText, List<Resource> resources, DayKind kind,
      int line) {
    this(number, topic, activity, resourceText, resources, kind, line, null, List.of());
  }

  /**
   * The resources as the plan words them, for a table or a line: each piece as written, except
   * that a piece's own link shows as its words ("MDN: Caching", not "[MDN: Caching](https://...)");
   * semicolons between them when one holds a comma.
   */
  public String resourceWords() {
    if (resources.isEmpty()) {
      return resourceText;
    }
    List<String> words = new ArrayList<>();
    for (Resource r : resources) {
      String w = r.url() != null && r.text().contains(r.url()) ? r.title() : r.text();
      if (words.isEmpty() || !words.get(words.size() - 1).equals(w)) {
        words.add(w); // one piece may stand for two pages ("Crate docs" on a day about two crates)
      }
    }
    return String.join(words.stream().anyMatch(w -> w.contains(",")) && words.size() > 1 ? "; " : ", ", words);
  }

  /** A column of the day's row that is none of Day, Topic, Activity, Resource and Time: its header and the cell. */
  public record Extra(String name, String text) {}
}

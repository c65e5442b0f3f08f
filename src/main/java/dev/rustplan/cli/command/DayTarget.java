package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Standing;
import java.io.PrintWriter;
import java.time.Clock;

/** The day a status command acts on (the one named, else today's) and the line that points onwards. */
public final class DayTarget {

  private DayTarget() {}

  public static int resolve(Plan plan, PlanJournal progress, String text, Clock clock, String command) {
    if (text != null) {
      return DayArgument.parse(plan, text);
    }
    return Standing.of(plan, progress, clock).current()
        .map(Day::number)
        .orElseThrow(() -> RustplanException.usage(
            "every day is done or skipped; name the day, e.g. rustplan " + command + " " + plan.lastDay()));
  }

  public static void next(PrintWriter out, Plan plan, Standing standing) {
    standing.current().ifPresentOrElse(
        d -> out.println("Next: day " + d.number() + ", " + d.topic() + " (rustplan today)"),
        () -> out.println("🦀 Every day of " + plan.title() + " is behind you. See the journey: rustplan progress"));
  }
}

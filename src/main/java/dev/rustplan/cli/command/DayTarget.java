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

  /** The day named, else the current day: the first neither done nor skipped, the work still to come. */
  public static int resolve(Plan plan, PlanJournal progress, String text, Clock clock, String command) {
    if (text != null) {
      return DayArgument.parse(plan, text);
    }
    return Standing.of(plan, progress, clock).current()
        .map(Day::number)
        .orElseThrow(() -> everyDayFinished(plan, command));
  }

  /**
   * The day `done` finishes and `log` adds to: the day named, else today's day. Once today's day
   * was done today it stays today's day until the date changes (see {@link Standing}): a `log`
   * after `done` goes to the day just studied, and a second `done` finds it done rather than
   * finishing tomorrow's unasked. Else the current day (a day done ahead does not change it).
   */
  public static int forToday(Plan plan, PlanJournal progress, String text, Clock clock, String command) {
    if (text != null) {
      return DayArgument.parse(plan, text);
    }
    Standing standing = Standing.of(plan, progress, clock);
    return standing.finishedToday().or(standing::current)
        .map(Day::number)
        .orElseThrow(() -> everyDayFinished(plan, command));
  }

  public static void next(PrintWriter out, Plan plan, Standing standing) {
    standing.current().ifPresentOrElse(
        d -> out.println("Next: day " + d.number() + ", " + d.topic() + " (rustplan today)"),
        () -> out.println("🦀 Every day of " + plan.title() + " is behind you. See the journey: rustplan progress"));
  }

  private static RustplanException everyDayFinished(Plan plan, String command) {
    return RustplanException.usage(
        "every day is done or skipped; name the day, e.g. rustplan " + command + " " + plan.lastDay());
  }
}

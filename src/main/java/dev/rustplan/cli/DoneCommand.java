package dev.rustplan.cli;

import dev.rustplan.journal.DateWords;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Reviews;
import dev.rustplan.journal.Standing;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan done`: marks a day done on the date it was completed. */
@Command(
    name = "done",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan done                     today's day, completed today",
      "  rustplan done 11 --date yesterday backfill a day you finished yesterday",
      "  rustplan done 12 --hard           a hard topic: review it later"
    },
    description = {
      "Mark a day done (default: today's day), completed today or on --date.",
      "With --hard, or with struggles noted, the day comes up for review 1, 7 and 30 days later (rustplan review)."
    })
final class DoneCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day (default: today's).")
  String dayText;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date you completed it, to backfill (default: today): " + DateWords.FORMS + ".")
  LocalDate date;

  @Option(names = "--hard", description = "The topic was hard: put the day up for review 1, 7 and 30 days after it.")
  boolean hard;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal before = root.store().read().plan(plan.id());
    int day = DayTarget.resolve(plan, before, dayText, root.clock(), "done");
    LocalDate on = date == null ? LocalDate.now(root.clock()) : date;
    PrintWriter out = spec.commandLine().getOut();
    if (before.day(day).status() == Status.DONE && date == null && hard) {
      PlanJournal after =
          root.store().update(j -> j.withPlan(plan.id(), Reviews.markHard(j.plan(plan.id()), day))).plan(plan.id());
      out.println("Day " + day + " was already done on " + before.day(day).completed() + ".");
      ReviewText.upForReview(out, day, after.day(day));
      return;
    }
    if (before.day(day).status() == Status.DONE && date == null) {
      out.println("Day " + day + " was already done on " + before.day(day).completed()
          + "; nothing changed. To change the date: rustplan done " + day + " --date YYYY-MM-DD");
      return;
    }
    PlanJournal after =
        root.store().update(j -> j.withPlan(plan.id(), finish(j.plan(plan.id()), day, on))).plan(plan.id());
    out.println(root.style().status(Status.DONE, "✅ Day " + day + " done on " + on) + ": " + plan.requireDay(day).topic() + ".");
    ReviewText.upForReview(out, day, after.day(day));
    Standing standing = Standing.of(plan, after, root.clock());
    out.println("🔥 Streak: " + standing.streaks().current() + (standing.streaks().current() == 1 ? " day" : " days")
        + " · 📅 " + standing.scheduleText() + ".");
    DayTarget.next(out, plan, standing);
  }

  private PlanJournal finish(PlanJournal progress, int day, LocalDate on) {
    PlanJournal done = DayChanges.done(progress, day, on);
    return hard ? Reviews.markHard(done, day) : done;
  }
}

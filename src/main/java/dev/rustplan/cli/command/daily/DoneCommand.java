package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.SpecBuilder;
import dev.rustplan.cli.command.DateWords;
import dev.rustplan.cli.command.DayTarget;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.ReviewText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Reviews;
import dev.rustplan.progress.Standing;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;

/** `rustplan done`: marks a day done on the date it was completed. */
public final class DoneCommand implements Runnable {

  private final RootCommand root;
  private final OptionValue<String> dayText = new OptionValue<>(null);
  private final OptionValue<LocalDate> date = new OptionValue<>(null);
  private final OptionValue<Boolean> hard = new OptionValue<>(false);
  private CommandSpec spec;

  private DoneCommand(RootCommand root) {
    this.root = root;
  }

  /** Declared in code, not by annotations: see {@link SpecBuilder}. */
  public static CommandSpec spec(RootCommand root) {
    DoneCommand done = new DoneCommand(root);
    done.spec =
        SpecBuilder.command("done", done)
            .description(
                "Mark a day done (default: today's day), completed today or on --date (today or earlier).",
                "A day reopened and done again keeps the date it was first done. To add to a done day, log to it"
                    + " (rustplan log DAY ...): it stays done.",
                "With --hard, or with struggles noted, the day comes up for review 1, 7 and 30 days later (rustplan review).")
            .examples(
                "  rustplan done                     today's day, completed today",
                "  rustplan done 11 --date yesterday backfill a day you finished yesterday",
                "  rustplan done 12 --hard           a hard topic: review it later")
            .parameter("DAY", false, "The day (default: today's).", done.dayText)
            .add(SpecBuilder.option("--date", "DATE", LocalDate.class,
                "The date you completed it, to backfill (default: today): " + DateWords.FORMS + ".", done.date))
            .add(SpecBuilder.flag("--hard",
                "The topic was hard: put the day up for review 1, 7 and 30 days after it.", done.hard))
            .build();
    return done.spec;
  }

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal before = root.store().read().plan(plan.id());
    int day = DayTarget.forToday(plan, before, dayText.value(), root.clock(), "done");
    LocalDate today = LocalDate.now(root.clock());
    if (date.value() != null) {
      DayChanges.requirePast(before, date.value(), today, "--date");
    }
    // A reopened day keeps the date it was first done: going back over it does not move that.
    LocalDate kept = before.day(day).status() == Status.DONE ? null : before.day(day).doneOn();
    LocalDate on = date.value() != null ? date.value() : kept != null ? kept : today;
    PrintWriter out = spec.commandLine().getOut();
    int width = root.width();
    if (before.day(day).status() == Status.DONE && date.value() == null && hard.value()) {
      PlanJournal after =
          root.store().update(j -> j.withPlan(plan.id(), Reviews.markHard(j.plan(plan.id()), day))).plan(plan.id());
      out.print(TextWrap.fill("Day " + day + " was already done on " + before.day(day).completed() + ".", width));
      ReviewText.upForReview(out, day, after.day(day), today, root.width());
      return;
    }
    if (before.day(day).status() == Status.DONE && date.value() == null) {
      out.print(TextWrap.fill("Day " + day + " was already done on " + before.day(day).completed()
          + "; nothing changed. To change the date: " + Voice.command("done " + day + " --date YYYY-MM-DD"), width));
      Standing standing = Standing.of(plan, before, root.clock());
      standing.current().filter(d -> dayText.value() == null)
          .ifPresent(d -> out.print(TextWrap.fill("To finish the next day too: " + Voice.command("done " + d.number()),
              width)));
      return;
    }
    PlanJournal after =
        root.store().update(j -> j.withPlan(plan.id(), finish(j.plan(plan.id()), day, on))).plan(plan.id());
    out.print(TextWrap.fill(root.style().status(Status.DONE, Voice.FINISHED + " Day " + day + " done on " + on) + ": "
        + InlineText.display(plan.requireDay(day).topic()) + ".", width));
    if (kept != null && date.value() == null) {
      out.print(TextWrap.fill("That is the date you first finished it; to give another: "
          + Voice.command("done " + day + " --date DATE"), width));
    }
    ReviewText.upForReview(out, day, after.day(day), today, root.width());
    Standing standing = Standing.of(plan, after, root.clock());
    out.print(TextWrap.either(width, " · ", Voice.STREAK + " Streak: " + standing.streaks().current()
        + (standing.streaks().current() == 1 ? " day" : " days"), Voice.SCHEDULE + " " + standing.scheduleText() + "."));
    DayTarget.next(out, plan, standing);
  }

  private PlanJournal finish(PlanJournal progress, int day, LocalDate on) {
    PlanJournal done = DayChanges.done(progress, day, on);
    return hard.value() ? Reviews.markHard(done, day) : done;
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DateWords;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Standing;
import dev.rustplan.store.JournalStore.Change;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan reschedule`: shifts the remaining days so that today's day is scheduled today, by
 * moving the start date; days done and notes stay as they are.
 */
@Command(
    name = "reschedule",
    mixinStandardHelpOptions = true,
    description = {
      "Shift the remaining days so that today's day is scheduled today.",
      "Today's day goes on today (or --date, which may be in the future) and each later day one calendar day"
          + " after the other. It moves the schedule only: the date you began, the days done and your notes"
          + " stay as they are."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan reschedule                  back on schedule from today",
      "  rustplan reschedule --date monday    today's day on Monday, the rest after it"
    })
public final class RescheduleCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date for today's day (default: today; tomorrow once you finished a day today): "
          + DateWords.FORMS + ".")
  LocalDate date;

  @Override
  public void run() {
    Plan plan = root.plan();
    Change<Moved> change = root.store().change(journal -> {
      PlanJournal progress = journal.plan(plan.id());
      DayChanges.requireStarted(progress);
      Standing standing = Standing.of(plan, progress, root.clock());
      Day current = standing.current().orElseThrow(() -> RustplanException.usage(
          "every day is done or skipped: there is nothing left to reschedule"));
      LocalDate on = date != null ? date
          : standing.finishedToday().isPresent() ? standing.today().plusDays(1) : standing.today();
      LocalDate start = on.minusDays(current.number() - 1L);
      Moved moved = new Moved(progress.schedule(), start, current, on);
      return start.equals(progress.schedule())
          ? new Change<>(journal, moved)
          : new Change<>(journal.withPlan(plan.id(), progress.withSchedule(start)), moved);
    });
    Moved moved = change.result();
    PrintWriter out = spec.commandLine().getOut();
    int width = root.width();
    if (moved.before().equals(moved.after())) {
      out.print(TextWrap.fill("Day " + moved.day().number() + " is already scheduled on " + moved.on()
          + "; nothing changed.", width));
      return;
    }
    long shift = ChronoUnit.DAYS.between(moved.before(), moved.after());
    out.print(TextWrap.fill("Moved the schedule " + Plural.of((int) Math.abs(shift), "day")
        + (shift > 0 ? " later" : " earlier") + ": day " + moved.day().number() + " is scheduled on " + moved.on()
        + ", day " + plan.lastDay() + " on " + moved.after().plusDays(plan.lastDay() - 1L) + ".", width));
    out.print(TextWrap.fill("Day 1 is now scheduled on " + moved.after() + " (it was " + moved.before()
        + "); the date you began, the days done and your notes are as they were.", width));
  }

  /** The start date before and after, and the day that was put on a date. */
  private record Moved(LocalDate before, LocalDate after, Day day, LocalDate on) {}
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.cli.text.Style;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Standing;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan next`: for the learner who is ahead, the day after today's. */
@Command(
    name = "next",
    mixinStandardHelpOptions = true,
    description = {
      "Show the day after today's, for working ahead.",
      "The first day after today's that is neither done nor skipped; if today's day is still open, it says"
          + " so. Once you finished a day today, the next is the one `today` shows for tomorrow."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan next",
      "  rustplan log 13 --learned \"...\"     then work ahead on the day it shows"
    })
public final class NextCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    Standing standing = Standing.of(plan, progress, root.clock());
    PrintWriter out = spec.commandLine().getOut();
    Style style = root.style();
    if (standing.finished()) {
      out.println("Every day of " + plan.title() + " is done or skipped: nothing comes next. See the journey: rustplan progress");
      return;
    }
    Day current = standing.current().orElseThrow();
    // A day finished today makes the current day tomorrow's, which is exactly the next one.
    boolean todayOpen = standing.finishedToday().isEmpty();
    Optional<Day> next = todayOpen ? after(plan, progress, current) : Optional.of(current);
    if (next.isEmpty()) {
      out.println("Day " + current.number() + ", today's, is the last one still open: nothing comes after it.");
      return;
    }
    Day day = next.get();
    out.println(style.heading("Next: " + DayText.heading(plan, day)));
    String text = DayText.render(plan, day, root.width(), style);
    out.print(text.substring(text.indexOf('\n') + 1));
    out.print(NotesText.full(progress.day(day.number()), root.width(), style));
    out.println();
    if (!standing.started()) {
      out.println("You have not started yet: rustplan start, and day " + current.number() + " is today's.");
    } else if (todayOpen) {
      out.println(style.warning("Today's day " + current.number() + " is still open") + ": "
          + InlineText.display(DayText.topic(current)) + ".");
      out.println("Finish it with rustplan done " + current.number() + "; work ahead with rustplan log " + day.number()
          + " and rustplan done " + day.number() + ".");
    } else {
      out.println("You finished day " + standing.finishedToday().get().number() + " today; to work ahead: rustplan log "
          + day.number() + " --learned \"...\", then rustplan done " + day.number() + ".");
    }
  }

  /** The first day after {@code day} that is neither done nor skipped. */
  private static Optional<Day> after(Plan plan, PlanJournal progress, Day day) {
    return plan.days().stream()
        .filter(d -> d.number() > day.number())
        .filter(d -> !progress.day(d.number()).status().finished())
        .findFirst();
  }
}

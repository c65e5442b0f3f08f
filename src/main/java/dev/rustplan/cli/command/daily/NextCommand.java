package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.cli.text.Style;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
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
          + " so. Once you finished a day today, the next is the one rustplan today shows for tomorrow."
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
    int width = root.width();
    if (standing.finished()) {
      out.print(TextWrap.fill("Every day of " + TextWrap.visible(plan.title()) + " is done or skipped: nothing comes"
          + " next. See the journey: " + Voice.command("progress"), width));
      return;
    }
    Day current = standing.current().orElseThrow();
    // A day finished today makes the current day tomorrow's, which is exactly the next one.
    boolean todayOpen = standing.finishedToday().isEmpty();
    Optional<Day> next = todayOpen ? after(plan, progress, current) : Optional.of(current);
    if (next.isEmpty()) {
      out.print(TextWrap.fill("Day " + current.number() + ", today's, is the last one still open: nothing comes after"
          + " it.", width));
      return;
    }
    Day day = next.get();
    String heading = DayText.heading(plan, day);
    out.print(TextWrap.fill(style.heading(TextWrap.visible("Next: " + heading)), width));
    // The day as `show` prints it, but for its heading, said above.
    String text = DayText.render(plan, day, width, style);
    int headingLines = TextWrap.fill(TextWrap.visible(heading), width).split("\n").length;
    out.print(text.lines().skip(headingLines).map(l -> l + "\n").reduce("", String::concat));
    out.print(NotesText.full(progress.day(day.number()), width, style));
    out.println();
    if (!standing.started()) {
      out.print(TextWrap.fill("You have not started yet: " + Voice.command("start") + ", and day " + current.number()
          + " is today's.", width));
    } else if (todayOpen) {
      out.print(TextWrap.fill(style.warning("Today's day " + current.number() + " is still open") + ": "
          + InlineText.display(DayText.topic(current)) + ".", width));
      out.print(TextWrap.fill("Finish it with " + Voice.command("done " + current.number()) + "; work ahead with "
          + Voice.command("log " + day.number()) + " and " + Voice.command("done " + day.number()) + ".", width));
    } else {
      out.print(TextWrap.fill("You finished day " + standing.finishedToday().get().number() + " today; to work ahead: "
          + Voice.command("log " + day.number() + " --learned \"...\"") + ", then "
          + Voice.command("done " + day.number()) + ".", width));
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

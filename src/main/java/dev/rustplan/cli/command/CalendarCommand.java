package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.CalendarView;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.PlanCalendar;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan calendar`: the plan's calendar as a heatmap of the minutes logged on each date. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Show the plan's calendar as a heatmap of the minutes you logged.",
      "A row a week, a column a weekday, from the start date: each date is marked done, logged, skipped,"
          + " missed, today or to come, and shaded by the minutes logged on it. A missed day is a date from the"
          + " start up to yesterday on which you logged nothing, marked no day done and skipped no day."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan calendar",
      "  rustplan calendar --color always | less -R"
    })
public final class CalendarCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    PlanCalendar calendar = PlanCalendar.of(plan, progress, LocalDate.now(root.clock()));
    spec.commandLine().getOut().print(new CalendarView(calendar, root.style(), root.width()).text(plan.title()));
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DayArgument;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan reopen`: opens a done or skipped day again, keeping its notes. */
@Command(
    name = "reopen",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan reopen 23     undo a skip or a done"
    },
    description = "Open a done or skipped day again; its notes stay.")
public final class ReopenCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DAY", description = "The day to reopen.")
  String dayText;

  @Override
  public void run() {
    Plan plan = root.plan();
    int day = DayArgument.parse(plan, dayText);
    PlanJournal after =
        root.store().update(j -> j.withPlan(plan.id(), DayChanges.reopen(j.plan(plan.id()), day))).plan(plan.id());
    PrintWriter out = spec.commandLine().getOut();
    out.println("Reopened day " + day + ": " + plan.requireDay(day).topic() + ". It is "
        + after.day(day).status().label() + " again; its notes are kept.");
    if (after.day(day).doneOn() != null) {
      out.println("It was done on " + after.day(day).doneOn() + "; rustplan done " + day + " keeps that date."
          + " To add notes without reopening a day: rustplan log " + day + " ...");
    }
  }
}

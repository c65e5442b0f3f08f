package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DayArgument;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
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
    int width = root.width();
    out.print(TextWrap.fill("Reopened day " + day + ": " + InlineText.display(plan.requireDay(day).topic()) + ". It is "
        + Voice.status(after.day(day).status()) + " again; its notes are kept.", width));
    if (after.day(day).doneOn() != null) {
      out.print(TextWrap.fill("It was done on " + after.day(day).doneOn() + "; " + Voice.command("done " + day)
          + " keeps that date. To add notes without reopening a day: " + Voice.command("log " + day + " ..."), width));
    }
  }
}

package dev.rustplan.cli;

import dev.rustplan.journal.DayEntry;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan show DAY`: one day of the plan. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan show 9",
      "  rustplan show 9 --json | jq -r '.resources[].url'"
    },
    description = "Show one day: topic, activity, resources with titles and links, kind, week and phase,"
        + " then your status and notes.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DAY", description = "The day's number, from 1 to the plan's last day (100).")
  String day;

  @Option(names = "--json", description = "Print the day as a JSON object (keys: day, topic, activity,"
      + " resources, kind, week, weekTheme, phase, phaseName, status, completed, notes, ...).")
  boolean json;

  @Override
  public Integer call() {
    Plan plan = root.plan();
    Day d = plan.requireDay(NumberArgument.parse("day", day, 1, plan.lastDay()));
    PrintWriter out = spec.commandLine().getOut();
    DayEntry entry = root.store().read().plan(plan.id()).day(d.number());
    if (json) {
      JsonOutput.print(out, DayJson.of(plan, d, entry));
    } else {
      out.print(DayText.render(plan, d, root.width(), root.style()));
      out.print(NotesText.full(entry, root.width(), root.style()));
    }
    return 0;
  }
}

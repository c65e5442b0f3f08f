package dev.rustplan.cli;

import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan week [N]`: a week's days as a table. */
@Command(
    name = "week",
    mixinStandardHelpOptions = true,
    description = "Show a week's days as a table: day, topic, activity and resources.")
final class WeekCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "N", arity = "0..1", description = "The week's number (default: week 1).")
  String number;

  @Override
  public Integer call() {
    Plan plan = root.plan();
    List<Week> weeks = plan.weeks();
    int n = number == null
        ? weeks.get(0).number()
        : NumberArgument.parse("week", number, weeks.get(0).number(), weeks.get(weeks.size() - 1).number());
    Week week = plan.requireWeek(n);
    Phase phase = plan.phaseOf(week.firstDay());
    PrintWriter out = spec.commandLine().getOut();
    out.println("Week " + week.number() + " \u00b7 " + week.theme() + " \u00b7 days " + week.firstDay() + "-"
        + week.lastDay() + " (" + week.days().size() + " days)");
    out.println("Phase " + phase.number() + " \u00b7 " + phase.name());
    out.println();
    TextTable table = new TextTable("Day", "Topic", "Activity", "Resources");
    for (Day day : week.days()) {
      table.row(String.valueOf(day.number()), DayText.topic(day), day.activity(), day.resourceText());
    }
    out.print(table.render(root.width()));
    out.println();
    out.println("Links for a day's resources: rustplan show " + week.firstDay());
    return 0;
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.NumberArgument;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.cli.text.Style;
import dev.rustplan.cli.text.TextTable;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import dev.rustplan.progress.Standing;
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
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan week           the week of today's day",
      "  rustplan week 2"
    },
    description = "Show a week's days as a table: day, your status, topic, activity and resources; then your notes.")
public final class WeekCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "WEEK", arity = "0..1", description = "The week's number (default: the week of today's day).")
  String number;

  @Override
  public Integer call() {
    Plan plan = root.plan();
    List<Week> weeks = plan.weeks();
    PlanJournal progress = root.store().read().plan(plan.id());
    int n = number == null
        ? currentWeek(plan, progress)
        : NumberArgument.parse("week", number, weeks.get(0).number(), weeks.get(weeks.size() - 1).number());
    Week week = plan.requireWeek(n);
    Phase phase = plan.phaseOf(week.firstDay());
    PrintWriter out = spec.commandLine().getOut();
    Style style = root.style();
    int width = root.width();
    out.print(TextWrap.items("", List.of(style.heading(TextWrap.visible("Week " + week.label() + " \u00b7 " + week.theme())),
        "days " + week.firstDay() + "-" + week.lastDay() + " (" + Plural.of(week.days().size(), "day") + ")"), " \u00b7 ", width));
    if (phase.headed()) {
      out.print(TextWrap.fill(TextWrap.visible("Phase " + phase.number() + " \u00b7 " + phase.name()), width));
    }
    out.println();
    // The status is a mark beside the day's number: a column of its own would squeeze the text on narrow terminals.
    TextTable table = new TextTable("Day", "Topic", "Activity", "Resources");
    for (Day day : week.days()) {
      table.row(day.number() + " " + Voice.mark(progress.day(day.number()).status()), DayText.topic(day),
          day.activity(), day.resourceText());
    }
    out.print(table.render(width));
    out.print(TextWrap.items("", Voice.DAY_LEGEND.stream().map(style::dim).toList(), "  ", width));
    out.println();
    List<Day> noted = week.days().stream().filter(d -> !progress.day(d.number()).notes().isEmpty()).toList();
    if (!noted.isEmpty()) {
      out.println(style.heading("Your notes"));
      noted.forEach(d -> out.print(NotesText.brief(d.number(), progress.day(d.number()), width, style)));
      out.println();
    }
    out.print(TextWrap.fill("Links for a day's resources: " + Voice.command("show " + week.firstDay()), width));
    return 0;
  }

  /** The week of today's day; the last week once every day is finished. */
  private int currentWeek(Plan plan, PlanJournal progress) {
    List<Day> days = plan.days();
    Day day = Standing.of(plan, progress, root.clock()).current().orElse(days.get(days.size() - 1));
    return plan.weekOf(day.number()).number();
  }
}

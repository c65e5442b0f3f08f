package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.SpecBuilder;
import dev.rustplan.cli.command.NumberArgument;
import dev.rustplan.cli.json.DayJson;
import dev.rustplan.cli.json.JsonOutput;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** `rustplan show DAY`: one day of the plan. */
public final class ShowCommand implements Callable<Integer> {

  private final RootCommand root;
  private final OptionValue<String> day = new OptionValue<>(null);
  private final OptionValue<Boolean> json = new OptionValue<>(false);
  private CommandSpec spec;

  private ShowCommand(RootCommand root) {
    this.root = root;
  }

  /** Declared in code, not by annotations: see {@link SpecBuilder}. */
  public static CommandSpec spec(RootCommand root) {
    ShowCommand show = new ShowCommand(root);
    show.spec =
        SpecBuilder.command("show", show)
            .description("Show one day: topic, activity, resources with titles and links, kind, week and phase,"
                + " then your status and notes.")
            .examples(
                "  rustplan show 9",
                "  rustplan show 9 --json | jq -r '.resources[].url'")
            .parameter("DAY", true, "The day's number, from 1 to the plan's last day (100).", show.day)
            .add(SpecBuilder.flag("--json", "Print the day as a JSON object (keys: day, topic, activity,"
                + " resources, kind, week, weekTheme, phase, phaseName, status, completed, notes, ...).", show.json))
            .build();
    return show.spec;
  }

  @Override
  public Integer call() {
    Plan plan = root.plan();
    Day d = plan.requireDay(NumberArgument.parse("day", day.value(), 1, plan.lastDay()));
    PrintWriter out = spec.commandLine().getOut();
    DayEntry entry = root.store().read().plan(plan.id()).day(d.number());
    if (json.value()) {
      JsonOutput.print(out, DayJson.of(plan, d, entry));
    } else {
      out.print(DayText.render(plan, d, root.width(), root.style()));
      out.print(NotesText.full(entry, root.width(), root.style()));
    }
    return 0;
  }
}

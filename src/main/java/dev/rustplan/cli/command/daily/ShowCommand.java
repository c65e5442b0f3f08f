package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.SpecBuilder;
import dev.rustplan.cli.command.DayTarget;
import dev.rustplan.cli.command.NumberArgument;
import dev.rustplan.cli.json.DayJson;
import dev.rustplan.cli.json.JsonOutput;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.cli.text.ReviewState;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** `rustplan show [DAY]`: one day of the plan, today's by default. */
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
            .description("Show one day (default: today's day): topic, activity, resources with titles and links, kind,"
                + " week and phase, then your status, your notes, and its review if it is up for one.")
            .examples(
                "  rustplan show             today's day",
                "  rustplan show 9",
                "  rustplan show 9 --json | jq -r '.resources[].url'")
            .parameter("DAY", false, "The day's number, from 1 to the plan's last day (default: today's day).", show.day)
            .add(SpecBuilder.flag("--json", "Print the day as a JSON object (keys: day, topic, activity,"
                + " resources, kind, week, weekTheme, phase, phaseName, status, completed, notes, ...).", show.json))
            .build();
    return show.spec;
  }

  @Override
  public Integer call() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    Day d = plan.requireDay(day.value() == null
        ? DayTarget.forToday(plan, progress, null, root.clock(), "show")
        : NumberArgument.parse("day", day.value(), 1, plan.lastDay()));
    PrintWriter out = spec.commandLine().getOut();
    DayEntry entry = progress.day(d.number());
    if (json.value()) {
      JsonOutput.print(out, DayJson.of(plan, d, entry));
    } else {
      out.print(DayText.render(plan, d, root.width(), root.style()));
      out.print(NotesText.full(entry, root.width(), root.style()));
      ReviewState.line(d.number(), entry, LocalDate.now(root.clock())).ifPresent(line -> {
        out.println();
        out.print(TextWrap.indent(line, 0, root.width()));
      });
    }
    return 0;
  }
}

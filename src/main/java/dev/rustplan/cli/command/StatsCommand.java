package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.json.JsonOutput;
import dev.rustplan.cli.json.StatsJson;
import dev.rustplan.cli.text.StatsView;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Trends;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan stats [--json]`: how the journey is going, week by week, and when it ends at this pace. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan stats",
      "  rustplan stats --json | jq .projectedFinish"
    },
    description = {
      "Show your time per week as a bar chart, your pace and when you finish at it.",
      "A bar per week (from Monday) with the days done in it; the average minutes of a study date; the pace (days"
          + " finished per week over the last 14 dates) and the finish date at that pace beside the scheduled one;"
          + " the longest gap without study; and the weekday you study most."
    })
public final class StatsCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "The same as a JSON object.")
  boolean json;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    Trends trends = Trends.of(plan, progress, LocalDate.now(root.clock()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, StatsJson.of(plan, trends));
    } else {
      out.print(new StatsView(trends, root.style(), root.width()).text(plan.title()));
    }
  }
}

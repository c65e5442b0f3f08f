package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.json.JsonOutput;
import dev.rustplan.cli.json.ProgressJson;
import dev.rustplan.cli.text.ProgressView;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.ProgressReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan progress`: the Weekly Progress Log (Appendix E) with the totals and a grid of the days. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan progress",
      "  rustplan progress --json | jq .daysDone"
    },
    description = {
      "Show the Weekly Progress Log, your totals and streaks, and a grid of the days.",
      "Each week's status and blog post, the start and completion dates, days done, minutes in total"
          + " and per week."
    })
public final class ProgressCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "The same as a JSON object.")
  boolean json;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    ProgressReport report = ProgressReport.of(plan, progress, root.clock());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, ProgressJson.of(plan, report));
    } else {
      out.print(new ProgressView(plan, report, root.style(), root.width(), root.env().get("HOME").orElse(null)).text());
    }
  }
}

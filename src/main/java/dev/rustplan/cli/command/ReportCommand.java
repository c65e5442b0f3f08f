package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.export.ExportFile;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.report.HtmlReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan report --html FILE`: the whole journey as one HTML page to look at, on a phone or a laptop. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan report --html report.html",
      "  rustplan report --html ~/journey.html --force   write over last week's"
    },
    description = {
      "Write the journey as one HTML page: the calendar, minutes per week, the progress log, streaks and notes.",
      "%nThe page holds everything itself (its style and pictures inline, no script, nothing fetched from the network),"
          + " so it opens from a file, offline, and reads on a phone as on a laptop. It holds your notes: it is"
          + " written readable by you alone, all at once, and never over an existing FILE without --force."
    })
public final class ReportCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--html", required = true, paramLabel = "FILE", description = "Write the page to FILE (its folder is created).")
  Path html;

  @Option(names = "--force", description = "Overwrite FILE if it exists.")
  boolean force;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    DayChanges.requireStarted(progress);
    Path folder = html.toAbsolutePath().normalize().getParent();
    String page = new HtmlReport(plan, progress, root.clock(), folder).render();
    Path file = ExportFile.write(html, page.getBytes(StandardCharsets.UTF_8), force, "--html");
    spec.commandLine().getOut().print(TextWrap.fill("Wrote the report to " + TextWrap.visible(file.toString()), root.width()));
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.plan.load.PlanReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan plan check [FILE]`: every error and warning of a plan file, with its line. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan plan check",
      "  rustplan plan check my-plan.md",
      "  rustplan plan check my-plan.yaml"
    },
    description = {
      "Check a plan file (Markdown, or YAML for a .yaml or .yml file) and its metadata file, and report each"
          + " problem as FILE:LINE:COL: error|warning: MESSAGE.",
      "Errors (a day missing or present twice, a table of days without a Day, Topic or Activity column, a day"
          + " that is not a number, a Time that is not a duration, a week with no days, days under no week, no days"
          + " at all) make rustplan refuse the plan; warnings (a heading or progress-log row that disagrees with the"
          + " rows, a gap in the week numbers, mis-decoded text, a fenced block that GitHub would show broken) do"
          + " not: the rows are the truth."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no errors (warnings allowed)", "1:the plan has errors", "2:usage error, or FILE not found"})
final class PlanCheckCommand implements Callable<Integer> {

  @ParentCommand PlanCommand plan;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The plan file to check (default: the active plan).")
  Path file;

  @Override
  public Integer call() {
    RootCommand root = plan.root;
    PlanReport report = file == null ? root.planReport() : PlanLoader.load(PlanSource.file(file, "plan check"));
    PrintWriter out = spec.commandLine().getOut();
    report.diagnostics().forEach(d -> out.println(d.format()));
    out.println(report.source().name() + ": " + summary(report));
    return report.errors().isEmpty() ? 0 : 1;
  }

  private static String summary(PlanReport report) {
    String counts = Plural.orNo(report.errors().size(), "error") + ", " + Plural.orNo(report.warnings().size(), "warning");
    if (report.plan().isEmpty()) {
      return counts + "; rustplan cannot use this plan until the errors are fixed";
    }
    Plan p = report.plan().get();
    return Plural.shape(p.dayCount(), p.weeks().size(), p.phases().size()) + "; " + counts;
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.convert.PlanFormat;
import dev.rustplan.plan.load.PlanLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan plan convert [FILE] [--to md|yaml]`: a plan rustplan can read, printed in its canonical shape. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan plan convert my-plan.md > my-plan.fixed.md",
      "  rustplan plan convert my-plan.md --to yaml > my-plan.yaml",
      "  rustplan plan convert --to yaml"
    },
    description = {
      "Print a plan in rustplan's canonical shape: Markdown with '## Phase N: Name (Days a-b)' and"
          + " '### Week N: Theme (Days a-b)' headings and one table of days per week (Day, Topic, Activity,"
          + " Resources, Time), or the same as YAML. Links the catalog gave are written out, so the result needs"
          + " no catalog. Nothing is written to disk: redirect the output to keep it.",
      "A plan with errors is refused with them, as by every other command."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed", "1:the plan has errors", "2:usage error, or FILE not found"})
final class PlanConvertCommand implements Callable<Integer> {

  @ParentCommand PlanCommand plan;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The plan file to convert (default: the active plan).")
  Path file;

  @Option(names = "--to", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "md (canonical Markdown, the default) or yaml.")
  String to = "md";

  /** The values shell completion offers for --to. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(PlanFormat.values()).map(PlanFormat::label).iterator();
    }
  }

  @Override
  public Integer call() {
    PlanFormat format = PlanFormat.parse(to);
    Plan loaded = file == null
        ? plan.root.planReport().requirePlan()
        : PlanLoader.load(PlanSource.file(file, "plan convert")).requirePlan();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.write(loaded));
    out.flush();
    return 0;
  }
}

package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan plan`: the overview on one screen; `plan check` validates a plan file. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan plan",
      "  rustplan --plan my-plan.md plan"
    },
    description = "Show the plan on one screen: its phases with their weeks, day ranges and themes.",
    subcommands = PlanCheckCommand.class)
public final class PlanCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Plan plan = root.plan();
    PrintWriter out = spec.commandLine().getOut();
    out.println(plan.title());
    out.println(Plural.shape(plan.dayCount(), plan.weeks().size(), plan.phases().size()));
    int weekLabel = plan.weeks().stream().mapToInt(w -> ("Week " + w.number()).length()).max().orElse(6);
    int rangeLabel = plan.weeks().stream().mapToInt(w -> range(w.firstDay(), w.lastDay()).length()).max().orElse(8);
    for (Phase phase : plan.phases()) {
      out.println();
      out.println(phaseLine(phase));
      for (Week week : phase.weeks()) {
        out.println("  " + TextWrap.pad("Week " + week.number(), weekLabel + 2)
            + TextWrap.pad(range(week.firstDay(), week.lastDay()), rangeLabel + 2) + week.theme());
      }
    }
    out.println();
    out.println("More: rustplan week N (a week's days), rustplan show DAY (one day with links),"
        + " rustplan plan check (the plan's warnings)");
    return 0;
  }

  /** "Phase 1 · Foundations of Mastery · days 1-14 (its heading says 1-15)". */
  private static String phaseLine(Phase phase) {
    StringBuilder sb = new StringBuilder("Phase " + phase.number());
    if (!phase.name().isBlank()) {
      sb.append(" \u00b7 ").append(phase.name());
    }
    sb.append(" \u00b7 ").append(range(phase.firstDay(), phase.lastDay()));
    boolean declared = phase.declaredFirst() > 0 || phase.declaredLast() > 0;
    if (declared && (phase.declaredFirst() != phase.firstDay() || phase.declaredLast() != phase.lastDay())) {
      sb.append(" (its heading says ").append(phase.declaredFirst()).append('-').append(phase.declaredLast())
          .append(')');
    }
    return sb.toString();
  }

  private static String range(int first, int last) {
    return first == last ? "day " + first : "days " + first + "-" + last;
  }
}

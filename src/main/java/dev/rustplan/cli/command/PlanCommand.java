package dev.rustplan.cli.command;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.Plural;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.plan.Phase;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.Week;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    subcommands = {PlanCheckCommand.class, PlanConvertCommand.class})
public final class PlanCommand implements Callable<Integer> {

  @ParentCommand RootCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Plan plan = root.plan();
    PrintWriter out = spec.commandLine().getOut();
    int width = root.width();
    out.print(TextWrap.fill(TextWrap.visible(plan.title()), width));
    out.println(Plural.shape(plan.dayCount(), plan.weeks().size(), plan.phases().size()));
    int weekLabel = plan.weeks().stream().mapToInt(w -> ("Week " + w.number()).length()).max().orElse(6);
    int rangeLabel = plan.weeks().stream().mapToInt(w -> range(w.firstDay(), w.lastDay()).length()).max().orElse(8);
    for (Phase phase : plan.phases()) {
      out.println();
      if (phase.headed()) {
        out.print(TextWrap.items("", phaseLine(phase), " \u00b7 ", width));
      }
      for (Week week : phase.weeks()) {
        out.print(TextWrap.hanging("  " + TextWrap.pad("Week " + week.number(), weekLabel + 2)
            + TextWrap.pad(range(week.firstDay(), week.lastDay()), rangeLabel + 2), TextWrap.visible(week.theme()), width));
      }
    }
    out.println();
    out.print(TextWrap.items("More: ", List.of(Voice.command("week N") + " (a week's days)",
        Voice.command("show DAY") + " (one day with links)", Voice.command("plan check") + " (the plan's warnings)"),
        ", ", width));
    return 0;
  }

  /** "Phase 1 · Foundations of Mastery · days 1-14 (its heading says 1-15)", in its three parts. */
  private static List<String> phaseLine(Phase phase) {
    List<String> parts = new ArrayList<>();
    parts.add("Phase " + phase.number());
    if (!phase.name().isBlank()) {
      parts.add(TextWrap.visible(phase.name()));
    }
    String range = range(phase.firstDay(), phase.lastDay());
    boolean declared = phase.declaredFirst() > 0 || phase.declaredLast() > 0;
    if (declared && (phase.declaredFirst() != phase.firstDay() || phase.declaredLast() != phase.lastDay())) {
      range += " (its heading says " + phase.declaredFirst() + "-" + phase.declaredLast() + ")";
    }
    parts.add(range);
    return parts;
  }

  private static String range(int first, int last) {
    return first == last ? "day " + first : "days " + first + "-" + last;
  }
}

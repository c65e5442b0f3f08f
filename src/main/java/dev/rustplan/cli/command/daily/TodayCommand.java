package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.SpecBuilder;
import dev.rustplan.cli.json.JsonOutput;
import dev.rustplan.cli.text.TodayView;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** `rustplan today`: the learner's day, the first that is neither done nor skipped. */
public final class TodayCommand implements Runnable {

  private final RootCommand root;
  private final OptionValue<Boolean> brief = new OptionValue<>(false);
  private final OptionValue<Boolean> json = new OptionValue<>(false);
  private CommandSpec spec;

  private TodayCommand(RootCommand root) {
    this.root = root;
  }

  /** Declared in code, not by annotations: see {@link SpecBuilder}. */
  public static CommandSpec spec(RootCommand root) {
    TodayCommand today = new TodayCommand(root);
    today.spec =
        SpecBuilder.command("today", today)
            .description(
                "Show today's day, your streak and how far ahead or behind the calendar you are.",
                "Today's day is the first that is neither done nor skipped (once you finished it today, the page"
                    + " shows tomorrow's): its topic, activity and resources, and the open questions of the day before."
                    + " After a missed date (no note, no day done, no review and no skip on it) it says that one"
                    + " may be made up and today's session keeps the streak; after two in a row, how to reschedule.")
            .examples(
                "  rustplan today",
                "  rustplan today --brief        one line, e.g. for PS1 or a login message",
                "  rustplan today --json | jq .topic")
            .oneOf(
                SpecBuilder.flag("--brief", "One line, for a shell prompt or a login message.", today.brief),
                SpecBuilder.flag("--json", "The same as a JSON object.", today.json))
            .build();
    return today.spec;
  }

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.journalForToday().plan(plan.id());
    PrintWriter out = spec.commandLine().getOut();
    TodayView view = new TodayView(plan, progress, root.clock(), root.width(), root.style());
    if (brief.value()) {
      out.println(view.brief());
    } else if (json.value()) {
      JsonOutput.print(out, view.json());
    } else {
      out.print(view.text());
    }
  }
}

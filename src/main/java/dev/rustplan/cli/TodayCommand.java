package dev.rustplan.cli;

import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan today`: the learner's day, the first that is neither done nor skipped. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan today",
      "  rustplan today --brief        one line, e.g. for PS1 or a login message",
      "  rustplan today --json | jq .topic"
    },
    description = {
      "Show today's day, your streak and how far ahead or behind the calendar you are.",
      "Today's day is the first that is neither done nor skipped: its topic, activity and resources,"
          + " and the open questions of the day before. After a missed day (a date since"
          + " the start on which you logged nothing, marked no day done and skipped no day) it says that one"
          + " may be made up; after two in a row, how to reschedule."
    })
final class TodayCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--brief", description = "One line, for a shell prompt or a login message.")
    boolean brief;

    @Option(names = "--json", description = "The same as a JSON object.")
    boolean json;
  }

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.journalForToday().plan(plan.id());
    PrintWriter out = spec.commandLine().getOut();
    TodayView view = new TodayView(plan, progress, root.clock(), root.width(), root.style());
    if (format.brief) {
      out.println(view.brief());
    } else if (format.json) {
      JsonOutput.print(out, view.json());
    } else {
      out.print(view.text());
    }
  }
}

package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan log`: adds to a day's notes, from options or in the learner's editor. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan log --learned \"repr(C) fixes field order\" --minutes 40",
      "  rustplan log 12 --question \"why is Pin !Unpin?\" --resource \"RfR Ch. 8\"",
      "  rustplan log --code src/main.rs --lang rust",
      "  rustplan log --edit               the whole note in $EDITOR"
    },
    description = {
      "Add to a day's notes (default: today's day); nothing logged before is replaced.",
      "With --edit, or with no note option at a terminal, opens $VISUAL or $EDITOR (else vi) on the note."
    })
final class LogCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day to log to (default: today's).")
  String dayText;

  @Mixin NoteOptions options;

  @Option(names = "--edit", description = "Write the note in your editor, in the layout of the plan's daily template.")
  boolean edit;

  @Override
  public void run() {
    Plan plan = root.plan();
    Journal journal = root.store().read();
    PlanJournal progress = journal.plan(plan.id());
    LocalDate today = LocalDate.now(root.clock());
    if (edit && options.any()) {
      throw RustplanException.usage("--edit opens the whole note in your editor; leave out the other note options");
    }
    if (!edit && !options.any() && !root.env().interactive()) {
      throw RustplanException.usage(
          "nothing to log: give --learned, --code, --question, --resource, --minutes, --aha or --struggle,"
              + " or --edit to write the note in your editor");
    }
    Notes notes = edit || !options.any() ? null : options.toNotes(today, root.env().in());
    Day day = plan.requireDay(DayTarget.resolve(plan, progress, dayText, root.clock(), "log"));
    if (notes == null) {
      new NoteEditor(root, spec.commandLine().getOut()).edit(plan, day, progress, today);
      return;
    }
    PlanJournal after =
        root.store().update(j -> j.withPlan(plan.id(), DayChanges.log(j.plan(plan.id()), day.number(), notes)))
            .plan(plan.id());
    report(spec.commandLine().getOut(), plan, day, progress, after, notes);
  }

  static void report(PrintWriter out, Plan plan, Day day, PlanJournal before, PlanJournal after, Notes added) {
    out.println("Logged to day " + day.number() + " (" + day.topic() + "): " + NotesSummary.of(added) + ".");
    out.println("Day " + day.number() + " so far: " + NotesSummary.of(after.day(day.number()).notes()) + ".");
    Status was = before.day(day.number()).status();
    Status now = after.day(day.number()).status();
    if (was != now) {
      out.println("Day " + day.number() + " is now " + now.label() + ".");
    }
    if (now != Status.DONE) {
      out.println("When you have finished the day: rustplan done" + suffix(plan, day, after));
    }
  }

  private static String suffix(Plan plan, Day day, PlanJournal after) {
    return plan.days().stream().filter(d -> !after.day(d.number()).status().finished()).findFirst()
        .filter(d -> d.number() == day.number()).isPresent() ? "" : " " + day.number();
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DateWords;
import dev.rustplan.cli.command.DayTarget;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Standing;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan skip`: passes over a day; its notes stay, and `reopen` takes it back. */
@Command(
    name = "skip",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan skip                    pass on today's day",
      "  rustplan skip 23 --date yesterday"
    },
    description = {
      "Skip a day (default: the current day). Its notes stay; rustplan reopen DAY undoes it.",
      "A date with a skip is neither studied nor missed: it never breaks a streak. A done day is not skipped."
    })
public final class SkipCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day (default: the current day).")
  String dayText;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date you passed on it (default: today; today or earlier): " + DateWords.FORMS + ".")
  LocalDate date;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal before = root.store().read().plan(plan.id());
    LocalDate today = LocalDate.now(root.clock());
    // The current day, not today's day once done: a skip passes over work still to come.
    int day = DayTarget.resolve(plan, before, dayText, root.clock(), "skip");
    if (date != null) {
      DayChanges.requirePast(before, date, today, "--date");
    }
    LocalDate on = date == null ? today : date;
    PrintWriter out = spec.commandLine().getOut();
    if (before.day(day).status() == Status.SKIPPED) {
      out.print(TextWrap.fill("Day " + day + " was already skipped; nothing changed.", root.width()));
      return;
    }
    PlanJournal after =
        root.store().update(j -> j.withPlan(plan.id(), DayChanges.skip(j.plan(plan.id()), day, on))).plan(plan.id());
    out.print(TextWrap.fill("Skipped day " + day + ": " + InlineText.display(plan.requireDay(day).topic())
        + ". To take it back: " + Voice.command("reopen " + day), root.width()));
    DayTarget.next(out, plan, Standing.of(plan, after, root.clock()));
  }
}

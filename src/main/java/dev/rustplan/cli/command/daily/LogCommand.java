package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.OptionValue;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.SpecBuilder;
import dev.rustplan.cli.command.DayTarget;
import dev.rustplan.cli.text.NotesSummary;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.store.JournalStore;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;

/** `rustplan log`: adds to a day's notes, from options or in the learner's editor. */
public final class LogCommand implements Runnable {

  private final RootCommand root;
  private final OptionValue<String> dayText = new OptionValue<>(null);
  private final NoteOptions options = new NoteOptions();
  private final OptionValue<Boolean> edit = new OptionValue<>(false);
  private final OptionValue<Boolean> fresh = new OptionValue<>(false);
  private CommandSpec spec;

  private LogCommand(RootCommand root) {
    this.root = root;
  }

  /** Declared in code, not by annotations: see {@link SpecBuilder}. */
  public static CommandSpec spec(RootCommand root) {
    LogCommand log = new LogCommand(root);
    SpecBuilder command =
        SpecBuilder.command("log", log)
            .description(
                "Add to a day's notes (default: today's day, or the day you finished today); nothing logged before"
                    + " is replaced.",
                "A done day stays done: log to it (rustplan log DAY ...) to go back over it without reopening it.",
                "With --edit, or with no note option at a terminal, opens $VISUAL or $EDITOR (else vi) on the note;"
                    + " a draft an earlier edit could not save is opened again (--fresh starts over).")
            .examples(
                "  rustplan log --learned \"repr(C) fixes field order\" --minutes 40",
                "  rustplan log 12 --question \"why is Pin !Unpin?\" --resource \"RfR Ch. 8\"",
                "  rustplan log --code src/main.rs --lang rust",
                "  rustplan log --edit               the whole note in $EDITOR")
            .parameter("DAY", false, "The day to log to (default: today's).", log.dayText);
    log.spec =
        log.options.addTo(command)
            .add(SpecBuilder.flag("--edit",
                "Write the note in your editor, in the layout of the plan's daily template.", log.edit))
            .add(SpecBuilder.flag("--fresh",
                "With --edit: start from the journal's note, not from a draft an earlier edit left.", log.fresh))
            .build();
    return log.spec;
  }

  @Override
  public void run() {
    Plan plan = root.plan();
    LocalDate today = LocalDate.now(root.clock());
    if (fresh.value() && options.any()) {
      throw RustplanException.usage("--fresh starts the editor's note over; use it with --edit, not with note options");
    }
    if (edit.value() && options.any()) {
      throw RustplanException.usage("--edit opens the whole note in your editor; leave out the other note options");
    }
    if (!edit.value() && !options.any() && !root.env().interactive()) {
      throw RustplanException.usage(
          "nothing to log: give --learned, --code, --question, --resource, --minutes, --aha or --struggle,"
              + " or --edit to write the note in your editor");
    }
    Notes notes = edit.value() || !options.any() ? null : options.toNotes(today, root.env().in());
    if (notes == null) {
      PlanJournal progress = root.store().read().plan(plan.id());
      Day day = plan.requireDay(DayTarget.forToday(plan, progress, dayText.value(), root.clock(), "log"));
      new NoteEditor(root, spec.commandLine().getOut()).edit(plan, day, progress, today, fresh.value());
      return;
    }
    // The day is found in the journal the notes go into, read once, under the lock: a second read
    // before it would cost a cold start as much again (the journal's parser is not warm yet).
    JournalStore.Change<Logged> logged = root.store().change(j -> {
      PlanJournal before = j.plan(plan.id());
      Day day = plan.requireDay(DayTarget.forToday(plan, before, dayText.value(), root.clock(), "log"));
      return new JournalStore.Change<>(j.withPlan(plan.id(), DayChanges.log(before, day.number(), notes)),
          new Logged(day, before));
    });
    Logged result = logged.result();
    report(spec.commandLine().getOut(), root.width(), plan, result.day(), result.before(),
        logged.journal().plan(plan.id()), notes);
  }

  /** The day the notes went to, and its plan's journal before them. */
  private record Logged(Day day, PlanJournal before) {}

  static void report(PrintWriter out, int width, Plan plan, Day day, PlanJournal before, PlanJournal after,
      Notes added) {
    out.print(TextWrap.fill("Logged to day " + day.number() + " (" + InlineText.display(day.topic()) + "): "
        + NotesSummary.of(added) + ".", width));
    out.print(TextWrap.fill("Day " + day.number() + " so far: " + NotesSummary.of(after.day(day.number()).notes())
        + ".", width));
    Status was = before.day(day.number()).status();
    Status now = after.day(day.number()).status();
    if (was != now) {
      out.print(TextWrap.fill("Day " + day.number() + " is now " + Voice.status(now) + ".", width));
    }
    if (now == Status.DONE) {
      out.print(TextWrap.fill("Day " + day.number() + " stays done.", width));
    } else {
      out.print(TextWrap.fill("When you have finished the day: " + Voice.command("done" + suffix(plan, day, after)),
          width));
    }
  }

  private static String suffix(Plan plan, Day day, PlanJournal after) {
    // `done` alone finishes the first open day: the number is needed unless that is this one.
    for (Day d : plan.days()) {
      if (!after.day(d.number()).status().finished()) {
        return d.number() == day.number() ? "" : " " + day.number();
      }
    }
    return " " + day.number();
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DateWords;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.store.JournalStore.Change;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan start`: sets the day the plan began, from which day N is scheduled on start + N - 1. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan start                              start today",
      "  rustplan start --date monday                started on Monday",
      "  rustplan start --force --date \"3 days ago\"  move the start; notes stay"
    },
    description = {
      "Start the plan, today or on --date.",
      "Once started, says when and changes nothing; --force moves the start date and never touches your notes."
    })
public final class StartCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The start date (default: today): " + DateWords.FORMS + ".")
  LocalDate date;

  @Option(names = "--force", description = "Move the start date of a plan already started.")
  boolean force;

  @Override
  public void run() {
    Plan plan = root.plan();
    LocalDate today = LocalDate.now(root.clock());
    LocalDate wanted = date == null ? today : date;
    if (wanted.isAfter(today)) {
      throw RustplanException.usage("--date " + wanted + " is in the future (today is " + today + "): the start is the"
          + " date you began; start on the day you begin, or give a later schedule with rustplan reschedule --date");
    }
    Change<PlanJournal> change =
        root.store().change(journal -> {
          PlanJournal progress = journal.plan(plan.id());
          if (progress.isStarted() && !force) {
            return new Change<>(journal, progress);
          }
          Journal next = journal.withPlan(plan.id(), moved(progress, wanted));
          return new Change<>(next, progress);
        });
    PrintWriter out = spec.commandLine().getOut();
    int width = root.width();
    String title = "\u201c" + TextWrap.visible(plan.title()) + "\u201d";
    PlanJournal before = change.result();
    if (before.isStarted() && !force) {
      out.print(TextWrap.fill("You started " + title + " on " + before.started() + "; nothing changed.", width));
      out.print(TextWrap.fill(scheduledLine(plan, before.schedule(), today), width));
      out.print(TextWrap.fill("To move the start date: " + Voice.command("start --force --date YYYY-MM-DD")
          + " (your notes stay as they are).", width));
      return;
    }
    PlanJournal after = change.journal().plan(plan.id());
    if (before.isStarted() && !after.started().equals(before.started())) {
      out.print(TextWrap.fill("Moved the start of " + title + " from " + before.started() + " to " + wanted
          + "; your notes are as they were.", width));
    } else if (before.isStarted()) {
      out.print(TextWrap.fill("Moved the schedule of " + title + ": day 1 is now scheduled on " + wanted
          + ". You began on " + after.started() + "; your notes are as they were.", width));
    } else {
      out.print(TextWrap.fill("Started " + title + " on " + wanted + ". Good luck!", width));
    }
    out.print(TextWrap.fill(scheduledLine(plan, wanted, today), width));
    out.print(TextWrap.fill("See today's day: " + Voice.command("today"), width));
  }

  /**
   * The journal started on a date: a plan with nothing recorded yet simply starts then; once
   * something is recorded, the date the learner began only moves earlier, and the schedule moves
   * to the date given (moving the schedule never rewrites the past, as `reschedule`).
   */
  private static PlanJournal moved(PlanJournal progress, LocalDate wanted) {
    boolean recorded = progress.days().values().stream().anyMatch(d -> !d.isBlank());
    if (!progress.isStarted() || !recorded) {
      return progress.withStarted(wanted);
    }
    LocalDate began = wanted.isBefore(progress.started()) ? wanted : progress.started();
    return progress.withStarted(began).withSchedule(wanted);
  }

  private static String scheduledLine(Plan plan, LocalDate start, LocalDate today) {
    long n = ChronoUnit.DAYS.between(start, today) + 1;
    if (n < 1) {
      return "Day 1 is scheduled on " + start + ".";
    }
    if (n > plan.lastDay()) {
      return "By the calendar, all " + plan.dayCount() + " days are behind you.";
    }
    Day day = plan.requireDay((int) n);
    return "By the calendar, day " + n + " is scheduled today: " + InlineText.display(day.topic()) + ".";
  }
}

package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DayArgument;
import dev.rustplan.cli.text.DayText;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.NotesText;
import dev.rustplan.cli.text.ReviewState;
import dev.rustplan.cli.text.ReviewText;
import dev.rustplan.cli.text.TextTable;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.Status;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.journal.Review;
import dev.rustplan.progress.Reviews;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan review [DAY] [--ok|--again]`: the hard days up for review, and marking one reviewed. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan review            the days up for review",
      "  rustplan review 12         go over day 12's notes",
      "  rustplan review 12 --ok    reviewed: next interval"
    },
    description = {
      "List the days up for review: those done with --hard or with struggles noted. Each comes due 1, 7 and 30 days"
          + " after it was finished.",
      "With DAY: that day's notes to go over; --ok moves it to its next interval, --again starts it over from today."
    })
public final class ReviewCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day to review.")
  String dayText;

  @ArgGroup(exclusive = true)
  Outcome outcome = new Outcome();

  static final class Outcome {
    @Option(names = "--ok", description = "You went over it and it held: on to the next interval.")
    boolean ok;

    @Option(names = "--again", description = "It did not hold: start over, first due tomorrow.")
    boolean again;
  }

  @Override
  public void run() {
    Plan plan = root.plan();
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = LocalDate.now(root.clock());
    if (dayText == null) {
      if (outcome.ok || outcome.again) {
        throw RustplanException.usage("name the day you reviewed, e.g. rustplan review 3 " + (outcome.ok ? "--ok" : "--again"));
      }
      list(out, Reviews.of(plan, root.store().read().plan(plan.id())), today);
      return;
    }
    Day day = plan.requireDay(DayArgument.parse(plan, dayText));
    if (!outcome.ok && !outcome.again) {
      show(out, plan, day, root.store().read().plan(plan.id()).day(day.number()), today);
      return;
    }
    PlanJournal after = root.store().update(j -> j.withPlan(plan.id(), outcome.ok
        ? Reviews.passed(j.plan(plan.id()), day.number(), today)
        : Reviews.again(j.plan(plan.id()), day.number(), today))).plan(plan.id());
    Review review = Review.of(after.day(day.number())).orElseThrow();
    if (review.finished()) {
      out.println("✅ Day " + day.number() + " reviewed: all " + Review.INTERVALS.size() + " reviews passed. It is off the list.");
    } else {
      out.println((outcome.ok ? "✅ Day " + day.number() + " reviewed. Next: " : "🔁 Day " + day.number() + " starts over. Next: ")
          + ReviewText.ordinal(review) + " on " + review.due() + ".");
    }
  }

  private void list(PrintWriter out, List<Reviews.Item> items, LocalDate today) {
    if (items.isEmpty()) {
      out.print(TextWrap.fill("No day is up for review. A day comes up when you finish it with "
          + Voice.command("done --hard") + ", or when you noted struggles on it.", root.width()));
      return;
    }
    section(out, "Due now", items, i -> i.review().isDue(today), today);
    section(out, "Coming up", items, i -> !i.review().finished() && !i.review().isDue(today), today);
    section(out, "Reviewed", items, i -> i.review().finished(), today);
    out.print(TextWrap.fill("Go over a day: " + Voice.command("review DAY") + " · then " + Voice.command("review DAY --ok")
        + " (next interval) or --again (start over)", root.width()));
  }

  private void section(PrintWriter out, String title, List<Reviews.Item> items, Predicate<Reviews.Item> which,
      LocalDate today) {
    List<Reviews.Item> chosen = items.stream().filter(which).toList();
    if (chosen.isEmpty()) {
      return;
    }
    TextTable table = new TextTable(title, "Topic", "When");
    chosen.forEach(i -> table.row("Day " + i.day().number(), InlineText.display(i.day().topic()),
        ReviewText.when(i.review(), today)));
    out.print(table.render(root.width()));
    out.println();
  }

  private void show(PrintWriter out, Plan plan, Day day, DayEntry entry, LocalDate today) {
    out.print(DayText.render(plan, day, root.width(), root.style()));
    out.print(NotesText.full(entry, root.width(), root.style()));
    out.println();
    ReviewState.line(day.number(), entry, today).ifPresentOrElse(
        line -> out.print(TextWrap.indent(line, 0, root.width())),
        () -> out.print(TextWrap.fill("Day " + day.number() + " is not up for review"
            + (entry.status() == Status.DONE ? "; to put it up: " + Voice.command("review " + day.number() + " --again")
                : "."), root.width())));
  }
}

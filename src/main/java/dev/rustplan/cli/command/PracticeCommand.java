package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.blog.Setting;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayEntry;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.DayKind;
import dev.rustplan.plan.Plan;
import dev.rustplan.practice.PracticeProject;
import dev.rustplan.practice.ProjectFolder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `rustplan practice [DAY] [--dir DIR]`: a ready Cargo project for a practice or capstone day. */
@Command(
    name = "practice",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan practice                    today's day, if it is a practice day",
      "  rustplan practice 7 --dir ~/rust     ~/rust/day-07-memory-inspector"
    },
    description = {
      "Create a Cargo project for a practice or capstone day, named like day-07-memory-inspector: Cargo.toml,"
          + " src/main.rs with the exercise as its doc comment, and NOTES.md in the layout of the plan's daily template.",
      "%nIt goes into --dir, else the practice-dir setting (rustplan config practice-dir DIR), else the current folder,"
          + " and never into an existing folder. The day's notes record where it is, and the week's blog post links to it."
    })
public final class PracticeCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "A practice or capstone day (default: today's).")
  String dayText;

  @Option(names = "--dir", paramLabel = "DIR", description = "Create the project in DIR (created if missing).")
  Path dir;

  @Override
  public void run() {
    Plan plan = root.plan();
    // Read first: a journal that cannot be read stops the command before anything is created.
    Journal journal = root.store().read();
    PlanJournal progress = journal.plan(plan.id());
    Day day = plan.requireDay(DayTarget.resolve(plan, progress, dayText, root.clock(), "practice"));
    if (day.kind() == DayKind.LESSON) {
      throw RustplanException.usage(lessonDay(plan, day));
    }
    Path parent = folder(journal);
    PracticeProject project = PracticeProject.of(plan, day, progress.day(day.number()).notes());
    Path created = ProjectFolder.create(parent, project);
    String before = progress.day(day.number()).practice();
    root.store().update(j -> {
      PlanJournal p = j.plan(plan.id());
      DayEntry entry = p.day(day.number()).withPractice(created.toString());
      return j.withPlan(plan.id(), p.withDay(day.number(), entry));
    });
    PrintWriter out = spec.commandLine().getOut();
    int width = root.width();
    out.print(TextWrap.fill(Voice.PRACTICE + " Created day " + day.number() + "'s practice project: "
        + TextWrap.visible(created.toString()), width));
    project.files().keySet().forEach(name -> out.print(TextWrap.fill("  " + TextWrap.visible(name), width)));
    if (before != null && !before.equals(created.toString())) {
      out.print(TextWrap.fill("Day " + day.number() + " now points to it (it pointed to " + TextWrap.visible(before)
          + ").", width));
    }
    out.print(TextWrap.fill("Start with: cd " + TextWrap.visible(quoted(created)) + " && cargo run", width));
  }

  /** --dir, else the practice-dir setting, else the current folder; a file there is refused. */
  private Path folder(Journal journal) {
    String setting = journal.config().get(Setting.PRACTICE_DIR.key());
    Path folder = dir != null ? dir : setting != null ? Path.of(setting) : Path.of("").toAbsolutePath();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      String named = dir != null ? "--dir " + dir : "practice-dir " + folder;
      throw RustplanException.usage(named + " is a file, not a folder; give a folder (it is created if missing)");
    }
    return folder;
  }

  /** One line that names the nearest practice day (the later one of two as near). */
  private static String lessonDay(Plan plan, Day day) {
    String what = "day " + day.number() + " is a lesson (" + InlineText.display(day.topic())
        + "); practice projects are for practice and capstone days";
    return plan.days().stream()
        .filter(d -> d.kind() != DayKind.LESSON)
        .min(Comparator.comparingInt((Day d) -> Math.abs(d.number() - day.number())).thenComparing(d -> -d.number()))
        .map(d -> what + ": the nearest is day " + d.number() + " (" + InlineText.display(d.topic())
            + "), rustplan practice " + d.number())
        .orElse(what + ", and this plan has none");
  }

  /** A path as the shell takes it: in single quotes when it holds anything but plain characters. */
  private static String quoted(Path path) {
    String text = path.toString();
    return text.matches("[A-Za-z0-9_./~+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}

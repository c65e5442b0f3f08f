package dev.rustplan.cli.command.daily;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.command.DayTarget;
import dev.rustplan.cli.text.InlineText;
import dev.rustplan.cli.text.StudyView;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.journal.DayChanges;
import dev.rustplan.journal.Journal;
import dev.rustplan.journal.Notes;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.journal.StudyTimer;
import dev.rustplan.journal.Studying;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.store.JournalStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan study [DAY]`: a timer for the day's session, here in the foreground ({@link StudyLoop}),
 * or across terminals with `study start`, `stop`, `status` and `cancel`. The running session is
 * kept in the journal either way, and its minutes are recorded as `log --minutes` records them.
 */
@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan study              a timer for today's day, here: p pauses, Enter ends",
      "  rustplan study 12           the same for day 12",
      "  rustplan study start        a timer that runs while you work elsewhere",
      "  rustplan study stop         ...and its minutes recorded, from any terminal",
      "  rustplan study stop --minutes 40   a session left running: record 40 minutes of it"
    },
    description = {
      "Time a study session, with a live bar toward the day's budget; its minutes are logged to the day.",
      "Shows the day's topic, activity and resources, then the bar: p or space pauses and resumes (paused time"
          + " does not count); Enter or Ctrl-C ends the session.",
      "The minutes (to the nearest minute, at least 1) are logged to the day for the date the session began,"
          + " as `rustplan log --minutes` logs them; at a terminal you are then offered the note in your editor.",
      "The session is kept in the journal while it runs: `rustplan today` shows it, and `study start`/`stop` time"
          + " one across terminals. A session over 6 hours is recorded whole only when you say so."
    },
    subcommands = {
      StudyCommand.Start.class, StudyCommand.Stop.class, StudyCommand.Status.class, StudyCommand.Cancel.class
    })
public final class StudyCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day to study (default: today's).")
  String dayText;

  @Override
  public void run() {
    Plan plan = root.plan();
    PlanJournal progress = root.store().read().plan(plan.id());
    Day day = dayFor(root, plan, progress, dayText);
    // The session's clock runs from the command's moment (RUSTPLAN_NOW's, when set) at the system
    // clock's pace, so that a fixed moment still lets time pass while the learner studies.
    Clock clock = Clock.offset(root.env().systemClock(),
        java.time.Duration.between(root.env().systemClock().instant(), root.clock().instant()));
    new StudyLoop(root, spec.commandLine().getOut(), spec.commandLine().getErr(), plan, day, clock).run();
  }

  /** The day named, else today's day as for `log`; the plan must have started. */
  static Day dayFor(RootCommand root, Plan plan, PlanJournal progress, String text) {
    DayChanges.requireStarted(progress);
    return plan.requireDay(DayTarget.forToday(plan, progress, text, root.clock(), "study"));
  }

  /** Begins a session in the journal, refused with one line while another runs. */
  static StudyTimer begin(RootCommand root, Plan plan, Day day, Instant now) {
    LocalDate date = LocalDate.ofInstant(now, root.clock().getZone());
    Journal after = root.store().update(j -> {
      PlanJournal p = j.plan(plan.id());
      return j.withPlan(plan.id(), Studying.start(p, day.number(), date, now, p.study() == null ? ""
          : "a study session is already running: day " + p.study().day() + " " + since(root, p.study(), now)
              + "; end it with " + Voice.command("study stop") + " (or drop it with " + Voice.command("study cancel")
              + ")"));
    });
    return after.plan(plan.id()).study();
  }

  /** "since 18:30" in the learner's zone. */
  static String since(RootCommand root, StudyTimer timer, Instant now) {
    ZoneId zone = root.clock().getZone();
    return StudyView.since(LocalDateTime.ofInstant(timer.started(), zone), LocalDate.ofInstant(now, zone));
  }

  /**
   * Ends the session: its minutes (or the minutes given) recorded to its day for the date it
   * began, the timer gone, in one write; reports as `log` does. A session over {@link
   * StudyTimer#LONG} is recorded whole only when the learner says so at a terminal; otherwise
   * nothing is recorded, it stays open, and one line says what to do. Returns whether it recorded.
   */
  static boolean finish(RootCommand root, PrintWriter out, Plan plan, StudyTimer session, Instant now,
      Integer chosen, boolean mayAsk, String endedLine) {
    int minutes;
    if (chosen != null) {
      minutes = chosen;
    } else {
      minutes = StudyTimer.minutes(session.elapsed(now));
      if (session.tooLong(now)) {
        String running = "day " + session.day() + "'s session has been running for "
            + Voice.duration(minutes) + " (" + since(root, session, now) + ")";
        if (!mayAsk || minutes > NoteOptions.MAX_MINUTES || !askToRecord(root, out, running)) {
          throw RustplanException.usage(running + ", more than " + StudyTimer.LONG.toHours() + " h, so nothing was"
              + " recorded and it is still open; record the time you studied with "
              + Voice.command("study stop --minutes N") + ", or drop it with " + Voice.command("study cancel"));
        }
      }
    }
    if (endedLine != null) {
      out.print(TextWrap.fill(endedLine, root.width()));
    }
    Notes notes = Studying.minutes(session, minutes);
    PlanJournal[] before = new PlanJournal[1];
    JournalStore store = root.store();
    PlanJournal after = store.update(j -> {
      PlanJournal p = j.plan(plan.id());
      if (!session.sameSession(p.study())) {
        throw RustplanException.usage("the study session of day " + session.day() + " " + since(root, session, now)
            + " was ended elsewhere (study stop or cancel); nothing was recorded here");
      }
      before[0] = p;
      return j.withPlan(plan.id(), Studying.record(p, session, notes));
    }).plan(plan.id());
    Day day = plan.requireDay(session.day());
    LogCommand.report(out, root.width(), plan, day, before[0], after, notes);
    return true;
  }

  /** At a terminal: whether to record a long session whole. */
  private static boolean askToRecord(RootCommand root, PrintWriter out, String running) {
    if (!root.env().interactive()) {
      return false;
    }
    out.print(TextWrap.fill(running + ". Record all of it? [y/N]", root.width()).stripTrailing() + " ");
    out.flush();
    String answer = readLine(root);
    return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
  }

  static String readLine(RootCommand root) {
    try {
      return new BufferedReader(new InputStreamReader(root.env().in(), StandardCharsets.UTF_8)).readLine();
    } catch (IOException e) {
      return null;
    }
  }

  /** The running session, or one line saying there is none. */
  static StudyTimer running(PlanJournal progress) {
    if (progress.study() == null) {
      throw RustplanException.usage("no study session is running; start one with " + Voice.command("study start")
          + " (or " + Voice.command("study") + " for a timer here)");
    }
    return progress.study();
  }

  /** `study start [DAY]`: a session that runs without a terminal, until `study stop`. */
  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {"  rustplan study start", "  rustplan study start 12"},
      description = "Start a study session that runs on its own (kept in the journal) until rustplan study stop.")
  public static final class Start implements Runnable {
    @ParentCommand StudyCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DAY", description = "The day to study (default: today's).")
    String dayText;

    @Override
    public void run() {
      RootCommand root = parent.root;
      Plan plan = root.plan();
      Day day = dayFor(root, plan, root.store().read().plan(plan.id()), dayText);
      Instant now = root.clock().instant();
      StudyTimer timer = begin(root, plan, day, now);
      PrintWriter out = spec.commandLine().getOut();
      out.print(TextWrap.fill("Started studying day " + day.number() + " (" + InlineText.display(day.topic())
          + ") at " + StudyView.hhmm(LocalDateTime.ofInstant(timer.started(), root.clock().getZone()).toLocalTime())
          + ", toward " + Voice.budget(plan.budgetOf(day)) + ".", root.width()));
      out.print(TextWrap.fill("When you finish: " + Voice.command("study stop") + " (from any terminal); "
          + Voice.command("study status") + " tells the time so far.", root.width()));
    }
  }

  /** `study stop [--minutes N]`: the session's minutes recorded. */
  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {"  rustplan study stop", "  rustplan study stop --minutes 40   record 40 minutes instead"},
      description = {
        "End the running study session and log its minutes to its day, for the date it began.",
        "A session over 6 hours is recorded whole only if you say so at a terminal; else give --minutes."
      })
  public static final class Stop implements Runnable {
    @ParentCommand StudyCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--minutes", paramLabel = "N", description = "Record N minutes instead of the time the timer ran.")
    String minutes;

    @Override
    public void run() {
      RootCommand root = parent.root;
      Plan plan = root.plan();
      Integer chosen = minutes == null ? null : minutes(minutes);
      StudyTimer session = running(root.store().read().plan(plan.id()));
      Instant now = root.clock().instant();
      PrintWriter out = spec.commandLine().getOut();
      Day day = plan.requireDay(session.day());
      finish(root, out, plan, session, now, chosen, true, StudyView.ended(day,
          LocalDateTime.ofInstant(now, root.clock().getZone()).toLocalTime(), session.elapsed(now),
          session.pausedTime(now)));
      out.print(TextWrap.fill("To add to its notes: " + Voice.command("log " + day.number() + " --edit"), root.width()));
    }

    private static int minutes(String text) {
      try {
        int n = Integer.parseInt(text.trim());
        if (n >= 1 && n <= NoteOptions.MAX_MINUTES) {
          return n;
        }
      } catch (NumberFormatException e) {
        // Falls through to the message below.
      }
      throw RustplanException.usage("--minutes must be a whole number from 1 to " + NoteOptions.MAX_MINUTES
          + " (one day), got '" + text + "'");
    }
  }

  /** `study status`: the running session's day and time so far. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {"  rustplan study status"},
      description = "Show the running study session: its day and the time studied so far.")
  public static final class Status implements Runnable {
    @ParentCommand StudyCommand parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      RootCommand root = parent.root;
      Plan plan = root.plan();
      PlanJournal progress = root.store().read().plan(plan.id());
      PrintWriter out = spec.commandLine().getOut();
      if (progress.study() == null) {
        out.print(TextWrap.fill("No study session is running. Start one with " + Voice.command("study")
            + " (a timer here) or " + Voice.command("study start") + ".", root.width()));
        return;
      }
      StudyTimer s = progress.study();
      Instant now = root.clock().instant();
      Day day = plan.requireDay(s.day());
      String paused = s.pausedTime(now).isZero() ? "" : ", " + StudyView.elapsed(s.pausedTime(now)) + " paused";
      out.print(TextWrap.fill((s.paused() ? "Paused: day " : "Studying day ") + day.number() + " ("
          + InlineText.display(day.topic()) + ") " + since(root, s, now) + ": " + StudyView.elapsed(s.elapsed(now))
          + " studied" + paused + ", toward " + Voice.budget(plan.budgetOf(day)) + ".", root.width()));
      out.print(TextWrap.fill("End it with " + Voice.command("study stop") + " (records the minutes) or "
          + Voice.command("study cancel") + " (records nothing).", root.width()));
    }
  }

  /** `study cancel`: the running session dropped, nothing recorded. */
  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      footerHeading = "%nExamples:%n",
      footer = {"  rustplan study cancel", "  rustplan undo               brings it back"},
      description = "Drop the running study session without recording it (rustplan undo brings it back).")
  public static final class Cancel implements Runnable {
    @ParentCommand StudyCommand parent;
    @Spec CommandSpec spec;

    @Override
    public void run() {
      RootCommand root = parent.root;
      Plan plan = root.plan();
      StudyTimer session = running(root.store().read().plan(plan.id()));
      Instant now = root.clock().instant();
      root.store().update(j -> {
        PlanJournal p = j.plan(plan.id());
        running(p);
        return j.withPlan(plan.id(), Studying.cancel(p));
      });
      spec.commandLine().getOut().print(TextWrap.fill("Dropped the study session of day " + session.day() + " "
          + since(root, session, now) + " (" + StudyView.elapsed(session.elapsed(now)) + "); nothing was recorded."
          + " To bring it back: " + Voice.command("undo"), root.width()));
    }
  }
}

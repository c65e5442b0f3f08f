package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TerminalWidth;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.TodayView;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.desktop.Flavour;
import dev.rustplan.desktop.Notification;
import dev.rustplan.desktop.Programs;
import dev.rustplan.desktop.ReminderJob;
import dev.rustplan.desktop.ReminderTime;
import dev.rustplan.journal.PlanJournal;
import dev.rustplan.plan.Plan;
import dev.rustplan.progress.Attendance;
import dev.rustplan.progress.Standing;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `rustplan remind --at HH:MM [--systemd|--cron|--launchd] [--install|--uninstall]`: a daily job
 * that shows a desktop notification with today's line while today's day is not finished; and
 * `remind --check`, what that job runs, which decides whether to remind and does.
 */
@Command(
    name = "remind",
    mixinStandardHelpOptions = true,
    description = {
      "Print, install or remove a daily reminder that notifies you while today's day is not finished.",
      "At HH:MM, while today's day is not finished, a desktop notification shows today's line (rustplan today"
          + " --brief); otherwise nothing happens.",
      "%nThe job is a systemd user timer (the default on Linux with systemd), a crontab line (elsewhere),"
          + " or a launchd agent (the default on macOS), for you alone. It runs rustplan remind --check, which"
          + " notifies with notify-send (Linux) or osascript (macOS) only when the plan is started, not finished,"
          + " no day was finished or skipped today, and the time has come (a run caught up after midnight stays"
          + " quiet). --install writes the job and, where the scheduler runs, turns it on; --uninstall takes out"
          + " exactly what --install put in. Under cron, notify-send needs your desktop session's bus, which"
          + " rustplan finds in $XDG_RUNTIME_DIR/bus or /run/user/UID/bus while you are logged in."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rustplan remind --at 18:30                  print the job for this system",
      "  rustplan remind --at 18:30 --install        install it (and turn it on)",
      "  rustplan remind --at 21:00 --cron --install   a crontab line; your other lines stay",
      "  rustplan remind --uninstall                 remove every reminder rustplan installed",
      "  rustplan remind --check                     what the job runs: remind now if today's day is open"
    })
public final class RemindCommand implements Runnable {

  @ParentCommand RootCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--at", paramLabel = "HH:MM", description = "The time of day to remind you at, 00:00 to 23:59.")
  String at;

  @ArgGroup(exclusive = true)
  Scheduler scheduler = new Scheduler();

  static final class Scheduler {
    @Option(names = "--systemd", description = "A systemd user timer and service (~/.config/systemd/user).")
    boolean systemd;

    @Option(names = "--cron", description = "A line in your crontab.")
    boolean cron;

    @Option(names = "--launchd", description = "A launchd agent (~/Library/LaunchAgents).")
    boolean launchd;
  }

  @ArgGroup(exclusive = true)
  Action action = new Action();

  static final class Action {
    @Option(names = "--install", description = "Install the job (replacing rustplan's earlier one) and turn it on.")
    boolean install;

    @Option(names = "--uninstall", description = "Remove the job rustplan installed (with no scheduler named: each one found).")
    boolean uninstall;

    @Option(names = "--check", description = "What the job runs: notify now if today's day is not finished (with --at: and that time has come).")
    boolean check;
  }

  @Override
  public void run() {
    ReminderTime time = at == null ? null : ReminderTime.parse(at);
    Reminders reminders = new Reminders(root, spec.commandLine().getOut());
    if (action.check) {
      check(time);
    } else if (action.uninstall) {
      reminders.uninstall(chosen());
    } else if (time == null) {
      throw RustplanException.usage("remind needs --at HH:MM, the time of day to remind you at (00:00 to 23:59);"
          + " e.g. rustplan remind --at 18:30");
    } else if (action.install) {
      reminders.install(flavour(), job(time));
    } else {
      reminders.print(flavour(), job(time));
    }
  }

  /** The scheduler named on the command line, or null. */
  private Flavour chosen() {
    return scheduler.systemd ? Flavour.SYSTEMD : scheduler.cron ? Flavour.CRON : scheduler.launchd ? Flavour.LAUNCHD : null;
  }

  /** The scheduler named, else this system's own. */
  private Flavour flavour() {
    Flavour chosen = chosen();
    return chosen != null ? chosen
        : Flavour.byDefault(System.getProperty("os.name", ""), Files.isDirectory(Path.of("/run/systemd/system")));
  }

  /**
   * The job for this time: the launcher beside rustplan's jar, with the data folder, the plan file
   * and the Java of this run, so that the job, whose environment is the scheduler's and not the
   * learner's shell's, reads the same journal and plan with the same Java.
   */
  private ReminderJob job(ReminderTime time) {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("RUSTPLAN_HOME", root.env().home().toAbsolutePath().toString());
    root.planSource().path().ifPresent(plan -> environment.put("RUSTPLAN_PLAN", plan.toAbsolutePath().toString()));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    return new ReminderJob(time, launcher(), environment);
  }

  /** rustplan's launcher: the `rustplan` beside its jar (in a build, beside target/classes too). */
  static Path launcher() {
    try {
      Path code = Path.of(RemindCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toAbsolutePath().getParent().resolve("rustplan");
    } catch (URISyntaxException | RuntimeException e) {
      throw RustplanException.failure("cannot tell where rustplan runs from, so no job can name its launcher", e);
    }
  }

  /**
   * Reminds, when it should: the plan is started and not finished, today's day was neither
   * finished nor a day skipped today, and (with --at) the time has come, so that a run the
   * scheduler catches up after midnight does not remind of a day just begun. The answer is printed
   * only at a terminal: what a job prints, cron mails.
   */
  private void check(ReminderTime time) {
    Plan plan = root.plan();
    PlanJournal journal = root.journalForToday().plan(plan.id());
    Standing standing = Standing.of(plan, journal, root.clock());
    Attendance attendance = Attendance.of(plan, journal);
    String quiet = !standing.started() ? "the plan is not started yet (" + Voice.command("start") + ")"
        : standing.finished() ? "every day of the plan is finished"
        : standing.finishedToday().isPresent() ? "you finished day " + standing.finishedToday().get().number() + " today"
        : attendance.skippedOn(standing.today()) ? "you skipped a day today"
        : time != null && !time.reachedBy(LocalTime.now(root.clock())) ? "it is not " + time + " yet"
        : null;
    boolean terminal = root.env().terminal();
    PrintWriter out = spec.commandLine().getOut();
    if (quiet != null) {
      if (terminal) {
        out.print(TextWrap.fill("No reminder: " + quiet + ".", root.width()));
      }
      return;
    }
    String brief = new TodayView(plan, journal, root.clock(), TerminalWidth.DEFAULT, root.style()).brief();
    String os = System.getProperty("os.name", "");
    Notification notification = Notification.of(os, "rustplan", brief, root.env().vars());
    Programs programs = new Programs(root.env().vars());
    String program = notification.command().get(0);
    if (programs.find(program).isEmpty()) {
      throw RustplanException.failure(Notification.howToGet(program) + "; the reminder was: " + brief);
    }
    Programs.Ran ran = programs.run(notification.command(), null, notification.environment());
    if (ran.exit() != 0) {
      throw RustplanException.failure(program + " could not show the reminder (exit " + ran.exit() + ": " + ran.said()
          + "); it needs your desktop session, and under cron its bus ($XDG_RUNTIME_DIR/bus)");
    }
    if (terminal) {
      out.print(TextWrap.fill("Reminded: " + brief, root.width()));
    }
  }
}

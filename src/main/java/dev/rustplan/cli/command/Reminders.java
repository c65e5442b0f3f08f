package dev.rustplan.cli.command;

import dev.rustplan.RustplanException;
import dev.rustplan.cli.RootCommand;
import dev.rustplan.cli.text.TextWrap;
import dev.rustplan.cli.text.Voice;
import dev.rustplan.desktop.Crontab;
import dev.rustplan.desktop.Flavour;
import dev.rustplan.desktop.Programs;
import dev.rustplan.desktop.ReminderJob;
import dev.rustplan.desktop.ReminderPlaces;
import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reminder's job printed, installed and removed, for each scheduler: the systemd user units
 * (turned on with systemctl where a user session runs), the crontab entry (through crontab -l and
 * crontab -, the learner's other lines kept), the launchd agent (loaded with launchctl on macOS).
 * Only the learner's own files and crontab are touched.
 */
final class Reminders {

  private static final String UNIT_MODE = "rw-r--r--";
  private static final String TIMER = ReminderJob.UNIT + ".timer";

  private final RootCommand root;
  private final PrintWriter out;
  private final ReminderPlaces places;
  private final Programs programs;
  private final boolean mac = System.getProperty("os.name", "").startsWith("Mac");

  Reminders(RootCommand root, PrintWriter out) {
    this.root = root;
    this.out = out;
    Map<String, String> vars = root.env().vars();
    this.places = ReminderPlaces.of(vars, System.getProperty("user.home"));
    this.programs = new Programs(vars);
  }

  /** The job as its files hold it; at a terminal, how to install it after. */
  void print(Flavour flavour, ReminderJob job) {
    switch (flavour) {
      case SYSTEMD -> out.print("# " + places.service() + "\n" + job.systemdService() + "\n# " + places.timer() + "\n"
          + job.systemdTimer());
      case CRON -> out.print(job.cronEntry());
      case LAUNCHD -> out.print(job.launchdPlist());
    }
    if (root.env().terminal()) {
      out.print("\n" + say("To install it: " + Voice.command("remind --at " + job.at() + " " + flavour.option() + " --install")));
    }
  }

  void install(Flavour flavour, ReminderJob job) {
    if (!Files.isExecutable(job.launcher())) {
      throw RustplanException.failure("the job would run rustplan's launcher " + job.launcher() + ", which is not there;"
          + " install the reminder with the launcher (target/rustplan after mvn package, or the rustplan on your PATH)");
    }
    switch (flavour) {
      case SYSTEMD -> installSystemd(job);
      case CRON -> installCron(job);
      case LAUNCHD -> installLaunchd(job);
    }
  }

  /** Removes the named scheduler's job, or with none named every job of rustplan's that is found. */
  void uninstall(Flavour flavour) {
    List<String> removed = new ArrayList<>();
    if (flavour == null || flavour == Flavour.SYSTEMD) {
      removed.addAll(uninstallSystemd());
    }
    if (flavour == Flavour.CRON) {
      removed.addAll(uninstallCron());
    } else if (flavour == null && programs.find("crontab").isPresent()) {
      try {
        removed.addAll(uninstallCron());
      } catch (RustplanException e) {
        // A crontab that cannot be read (cron not allowed to this user) holds nothing rustplan put in.
      }
    }
    if (flavour == null || flavour == Flavour.LAUNCHD) {
      removed.addAll(uninstallLaunchd());
    }
    if (removed.isEmpty()) {
      out.print(say("No reminder of rustplan's is installed" + (flavour == null ? "" : " for " + flavour.option().substring(2))
          + "; nothing changed."));
      return;
    }
    out.print(say("Removed rustplan's daily reminder:"));
    removed.forEach(what -> out.print(TextWrap.hanging("  ", what, root.width())));
  }

  private void installSystemd(ReminderJob job) {
    boolean again = Files.exists(places.timer());
    write(places.service(), job.systemdService());
    write(places.timer(), job.systemdTimer());
    out.print(say("Installed rustplan's daily reminder at " + job.at() + " as a systemd user timer:"));
    out.print(TextWrap.hanging("  ", places.service().toString(), root.width()));
    out.print(TextWrap.hanging("  ", places.timer().toString(), root.width()));
    if (!userSession()) {
      out.print(say("No systemd user session runs here, so the timer is not on yet. In your session, run: "
          + "systemctl --user daemon-reload && systemctl --user enable --now " + TIMER));
      return;
    }
    systemctl("daemon-reload");
    systemctl("enable", "--now", TIMER);
    if (again) {
      systemctl("restart", TIMER); // a timer already on takes its new time
    }
    out.print(say("The timer is on; systemctl --user list-timers " + TIMER + " shows its next run."));
  }

  private List<String> uninstallSystemd() {
    List<Path> files = new ArrayList<>();
    for (Path file : List.of(places.timer(), places.service(), places.enabledLink())) {
      if (Files.exists(file) || Files.isSymbolicLink(file)) {
        files.add(file);
      }
    }
    if (files.isEmpty()) {
      return List.of();
    }
    boolean session = userSession();
    if (session && Files.exists(places.timer())) {
      systemctl("disable", "--now", TIMER);
    }
    List<String> removed = new ArrayList<>();
    for (Path file : files) {
      try {
        if (Files.deleteIfExists(file)) {
          removed.add(file.toString());
        }
      } catch (IOException e) {
        throw RustplanException.failure("could not remove " + file + ": " + e.getMessage(), e);
      }
    }
    if (session) {
      systemctl("daemon-reload");
    }
    return removed;
  }

  /** A systemd user manager runs for this user: systemctl is there, and the manager's socket in $XDG_RUNTIME_DIR. */
  private boolean userSession() {
    return programs.find("systemctl").isPresent() && root.env().get("XDG_RUNTIME_DIR")
        .map(dir -> Files.exists(Path.of(dir, "systemd", "private")))
        .orElse(false);
  }

  private void systemctl(String... arguments) {
    List<String> command = new ArrayList<>(List.of("systemctl", "--user"));
    command.addAll(List.of(arguments));
    Programs.Ran ran = programs.run(command, null, Map.of());
    if (ran.exit() != 0) {
      throw RustplanException.failure(String.join(" ", command) + " failed (exit " + ran.exit() + ": " + ran.said() + ")");
    }
  }

  private void installCron(ReminderJob job) {
    String table = crontab();
    String next = Crontab.with(table, job.cronEntry());
    if (next.equals(table)) {
      out.print(say("rustplan's daily reminder at " + job.at() + " is in your crontab already; nothing changed."));
      return;
    }
    boolean again = Crontab.holds(table);
    writeCrontab(next);
    out.print(say((again ? "Replaced rustplan's reminder in your crontab" : "Added rustplan's daily reminder to your crontab")
        + " (your other lines stay as they were):"));
    String line = job.cronEntry().lines().skip(1).findFirst().orElseThrow();
    out.print(TextWrap.hanging("  ", line, root.width()));
    out.print(say("Under cron, notify-send needs your desktop session's bus: rustplan finds it in /run/user/UID/bus"
        + " while you are logged in."));
  }

  private List<String> uninstallCron() {
    String table = crontab();
    if (!Crontab.holds(table)) {
      return List.of();
    }
    String rest = Crontab.without(table);
    if (rest.isBlank()) {
      crontabCommand(List.of("crontab", "-r"), null);
    } else {
      writeCrontab(rest);
    }
    return List.of("its two lines in your crontab (the others stay as they were)");
  }

  /** The learner's crontab as `crontab -l` gives it; empty when they have none. */
  private String crontab() {
    Programs.Ran ran = crontabCommand(List.of("crontab", "-l"), null);
    if (ran.exit() == 0) {
      return ran.out();
    }
    if (ran.err().toLowerCase(java.util.Locale.ROOT).contains("no crontab")) {
      return "";
    }
    throw RustplanException.failure("crontab -l failed (exit " + ran.exit() + ": " + ran.said() + "); nothing changed");
  }

  private void writeCrontab(String table) {
    Programs.Ran ran = crontabCommand(List.of("crontab", "-"), table);
    if (ran.exit() != 0) {
      throw RustplanException.failure("crontab - refused the new table (exit " + ran.exit() + ": " + ran.said()
          + "); your crontab is as it was");
    }
  }

  private Programs.Ran crontabCommand(List<String> command, String stdin) {
    if (programs.find("crontab").isEmpty()) {
      throw RustplanException.failure("crontab is not installed (Debian and Ubuntu: sudo apt-get install cron);"
          + " on Linux with systemd, --systemd needs no cron");
    }
    return programs.run(command, stdin, Map.of());
  }

  private void installLaunchd(ReminderJob job) {
    Path plist = places.launchAgent();
    boolean again = Files.exists(plist);
    write(plist, job.launchdPlist());
    out.print(say("Installed rustplan's daily reminder at " + job.at() + " as a launchd agent:"));
    out.print(TextWrap.hanging("  ", plist.toString(), root.width()));
    if (!mac || programs.find("launchctl").isEmpty()) {
      out.print(say("launchctl runs on macOS only, so the agent is not loaded yet. On the Mac, run: launchctl load -w "
          + plist));
      return;
    }
    if (again) {
      programs.run(List.of("launchctl", "unload", plist.toString()), null, Map.of()); // not loaded: nothing to unload
    }
    Programs.Ran ran = programs.run(List.of("launchctl", "load", "-w", plist.toString()), null, Map.of());
    if (ran.exit() != 0) {
      throw RustplanException.failure("launchctl load failed (exit " + ran.exit() + ": " + ran.said() + "); the agent is in "
          + plist + ", not loaded");
    }
    out.print(say("The agent is loaded."));
  }

  private List<String> uninstallLaunchd() {
    Path plist = places.launchAgent();
    if (!Files.exists(plist)) {
      return List.of();
    }
    if (mac && programs.find("launchctl").isPresent()) {
      programs.run(List.of("launchctl", "unload", "-w", plist.toString()), null, Map.of());
    }
    try {
      Files.delete(plist);
    } catch (IOException e) {
      throw RustplanException.failure("could not remove " + plist + ": " + e.getMessage(), e);
    }
    return List.of(plist.toString());
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      AtomicFile.system().write(file, text.getBytes(StandardCharsets.UTF_8), true, UNIT_MODE);
    } catch (IOException e) {
      throw RustplanException.failure("could not write " + file + ": " + e.getMessage(), e);
    }
  }

  private String say(String text) {
    return TextWrap.fill(text, root.width());
  }
}

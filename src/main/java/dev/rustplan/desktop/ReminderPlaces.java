package dev.rustplan.desktop;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a user's own jobs go, and so the reminder's files: systemd's user units in
 * $XDG_CONFIG_HOME/systemd/user (else ~/.config/systemd/user), launchd's agents in
 * ~/Library/LaunchAgents. Nothing is ever written outside the learner's home or config folder.
 */
public record ReminderPlaces(Path systemdFolder, Path launchAgent) {

  /** The places for this environment (HOME and XDG_CONFIG_HOME; HOME unset: the user database's home). */
  public static ReminderPlaces of(Map<String, String> env, String userHome) {
    String home = set(env.get("HOME")) ? env.get("HOME").strip() : userHome;
    String config = env.get("XDG_CONFIG_HOME");
    // An XDG_CONFIG_HOME that is not absolute is to be ignored, as the XDG base directory spec says.
    Path configFolder = set(config) && Path.of(config.strip()).isAbsolute()
        ? Path.of(config.strip()) : Path.of(home, ".config");
    return new ReminderPlaces(configFolder.resolve("systemd").resolve("user"),
        Path.of(home, "Library", "LaunchAgents", ReminderJob.LABEL + ".plist"));
  }

  private static boolean set(String value) {
    return value != null && !value.isBlank();
  }

  public Path service() {
    return systemdFolder.resolve(ReminderJob.UNIT + ".service");
  }

  public Path timer() {
    return systemdFolder.resolve(ReminderJob.UNIT + ".timer");
  }

  /** The link `systemctl --user enable` makes for the timer. */
  public Path enabledLink() {
    return systemdFolder.resolve("timers.target.wants").resolve(ReminderJob.UNIT + ".timer");
  }
}

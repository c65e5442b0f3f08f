package dev.rustplan.desktop;

import dev.rustplan.RustplanException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The daily reminder as a job of the system's scheduler: at {@code at}, run the launcher (by its
 * absolute path, since a job's PATH is not the learner's) as `rustplan remind --check --at HH:MM`
 * with the variables that make it find the learner's journal, plan and Java. The check itself
 * decides whether to remind (see the remind command), so that the job holds no logic of its own.
 * Written as a systemd user service and timer, a crontab entry, or a launchd agent.
 */
public record ReminderJob(ReminderTime at, Path launcher, Map<String, String> environment) {

  /** The systemd units' name, without .service or .timer. */
  public static final String UNIT = "rustplan-remind";

  /** The launchd agent's label, and its file's name without .plist. */
  public static final String LABEL = "dev.rustplan.remind";

  public ReminderJob {
    List<String> values = new ArrayList<>(environment.values());
    values.add(launcher.toString());
    for (String value : values) {
      if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
        throw RustplanException.failure("a scheduled job cannot name '" + value.replaceAll("\\p{Cntrl}", "?")
            + "', which holds a line break or another control character; move it to a path without one");
      }
    }
    environment = Map.copyOf(environment);
  }

  /** What the job runs, one word an argument. */
  public List<String> command() {
    return List.of(launcher.toString(), "remind", "--check", "--at", at.toString());
  }

  /** The variables in a stable order, for files that read the same on every install. */
  private List<Map.Entry<String, String>> variables() {
    return environment.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
  }

  private String madeBy(String flavour) {
    return "# rustplan's daily reminder (rustplan remind --at " + at + " " + flavour
        + "); rustplan remind --uninstall removes it.\n";
  }

  /** ~/.config/systemd/user/rustplan-remind.service: runs the check once. */
  public String systemdService() {
    StringBuilder unit = new StringBuilder(madeBy("--systemd"))
        .append("[Unit]\n")
        .append("Description=rustplan: a reminder when today's day is not finished yet\n\n")
        .append("[Service]\n")
        .append("Type=oneshot\n");
    for (Map.Entry<String, String> variable : variables()) {
      unit.append("Environment=\"").append(systemdQuoted(variable.getKey() + "=" + variable.getValue())).append("\"\n");
    }
    unit.append("ExecStart=");
    List<String> words = command();
    for (int i = 0; i < words.size(); i++) {
      unit.append(i == 0 ? "" : " ").append(systemdWord(words.get(i)));
    }
    return unit.append('\n').toString();
  }

  /** ~/.config/systemd/user/rustplan-remind.timer: the service every day at the time, caught up after the machine was off. */
  public String systemdTimer() {
    return madeBy("--systemd")
        + "[Unit]\n"
        + "Description=rustplan: the daily reminder at " + at + "\n\n"
        + "[Timer]\n"
        + "OnCalendar=*-*-* " + at + ":00\n"
        + "Persistent=true\n\n"
        + "[Install]\n"
        + "WantedBy=timers.target\n";
  }

  /** The crontab entry: {@link Crontab#MARKER}'s comment line, then the job's line. */
  public String cronEntry() {
    StringBuilder line = new StringBuilder();
    line.append(at.minute()).append(' ').append(at.hour()).append(" * * *");
    for (Map.Entry<String, String> variable : variables()) {
      line.append(' ').append(variable.getKey()).append('=').append(cronWord(variable.getValue()));
    }
    for (String word : command()) {
      line.append(' ').append(cronWord(word));
    }
    return Crontab.MARKER + ": the daily reminder at " + at
        + " (rustplan remind --uninstall removes this line and the next)\n" + line + "\n";
  }

  /** ~/Library/LaunchAgents/dev.rustplan.remind.plist: the check every day at the time. */
  public String launchdPlist() {
    StringBuilder plist = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
          <key>Label</key>
          <string>dev.rustplan.remind</string>
          <key>ProgramArguments</key>
          <array>
        """);
    for (String word : command()) {
      plist.append("    <string>").append(xml(word)).append("</string>\n");
    }
    plist.append("  </array>\n");
    if (!environment.isEmpty()) {
      plist.append("  <key>EnvironmentVariables</key>\n  <dict>\n");
      for (Map.Entry<String, String> variable : variables()) {
        plist.append("    <key>").append(xml(variable.getKey())).append("</key>\n")
            .append("    <string>").append(xml(variable.getValue())).append("</string>\n");
      }
      plist.append("  </dict>\n");
    }
    return plist.append("  <key>StartCalendarInterval</key>\n")
        .append("  <dict>\n")
        .append("    <key>Hour</key>\n    <integer>").append(at.hour()).append("</integer>\n")
        .append("    <key>Minute</key>\n    <integer>").append(at.minute()).append("</integer>\n")
        .append("  </dict>\n")
        .append("</dict>\n")
        .append("</plist>\n")
        .toString();
  }

  /**
   * A word of ExecStart=: systemd expands %-specifiers and $VARIABLES in it and splits it at
   * white space, so % and $ are doubled and a word with a space or a quote is double-quoted.
   */
  static String systemdWord(String word) {
    boolean plain = !word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-:+,@=".indexOf(c) >= 0);
    return plain ? word : "\"" + systemdQuoted(word).replace("$", "$$") + "\"";
  }

  /** Text inside systemd's double quotes: backslash escapes are read there, and %-specifiers everywhere. */
  private static String systemdQuoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("%", "%%");
  }

  /** A word of a crontab line: single-quoted for sh, and % escaped, which cron otherwise reads as a line break. */
  static String cronWord(String word) {
    boolean plain = !word.isEmpty() && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || "/._-:+,@=".indexOf(c) >= 0);
    String quoted = plain ? word : "'" + word.replace("'", "'\\''") + "'";
    return quoted.replace("%", "\\%");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

package dev.rustplan.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A desktop notification, as the system shows one: notify-send on Linux (and the other systems
 * with a freedesktop notification service), osascript on macOS.
 *
 * <p>notify-send talks to the session's D-Bus. A systemd user service has its address; cron gives
 * a job nothing of the session, so where DBUS_SESSION_BUS_ADDRESS is not set the bus is looked for
 * where the session keeps it, $XDG_RUNTIME_DIR/bus or /run/user/UID/bus. No DISPLAY is needed:
 * the notification service is already on the screen.
 */
public record Notification(List<String> command, Map<String, String> environment) {

  /** The program that shows it on this system (os.name): osascript on macOS, else notify-send. */
  public static String program(String osName) {
    return osName.startsWith("Mac") ? "osascript" : "notify-send";
  }

  /** What to tell the learner who has not got the program. */
  public static String howToGet(String program) {
    return program.equals("osascript")
        ? "osascript is part of macOS; it is not on PATH here"
        : "notify-send is not installed (Debian and Ubuntu: sudo apt-get install libnotify-bin; Fedora: libnotify)";
  }

  /** The notification with this title and text, for this system, with the session's bus where it must be found. */
  public static Notification of(String osName, String title, String text, Map<String, String> env) {
    if (program(osName).equals("osascript")) {
      // The texts as arguments of the script, never inside it: nothing in them needs escaping then.
      return new Notification(List.of("osascript", "-e", "on run argv", "-e",
          "display notification (item 2 of argv) with title (item 1 of argv)", "-e", "end run", title, text), Map.of());
    }
    // The text may be read as markup (most notification services do): <, > and & as entities.
    String body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    List<String> command = List.of("notify-send", "--app-name=rustplan", "--", title, body);
    return new Notification(command, sessionBus(env).map(bus -> Map.of("DBUS_SESSION_BUS_ADDRESS", bus)).orElse(Map.of()));
  }

  /** The session bus's address, when the environment lacks it and the session's socket is there. */
  static Optional<String> sessionBus(Map<String, String> env) {
    String set = env.get("DBUS_SESSION_BUS_ADDRESS");
    if (set != null && !set.isBlank()) {
      return Optional.empty();
    }
    String runtime = env.get("XDG_RUNTIME_DIR");
    Path folder = runtime != null && !runtime.isBlank() ? Path.of(runtime.strip()) : userRuntimeFolder();
    if (folder == null || !Files.exists(folder.resolve("bus"))) {
      return Optional.empty();
    }
    return Optional.of("unix:path=" + escaped(folder.resolve("bus").toString()));
  }

  /** A D-Bus address value: bytes other than letters, digits and -_/.\* as %XX. */
  private static String escaped(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_/.\\*".indexOf(c) >= 0)) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02x", b & 0xFF));
      }
    }
    return sb.toString();
  }

  /** /run/user/UID, with this process's user id (the owner of /proc/self); null where that cannot be told. */
  private static Path userRuntimeFolder() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Path.of("/run/user", String.valueOf(uid));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
  }
}

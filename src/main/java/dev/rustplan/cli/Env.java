package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What the process was started with: environment variables, the system clock, stdin, and whether
 * a person sits at a terminal. Tests build one by hand; only {@link Main#main} reads the real one.
 */
public record Env(Map<String, String> vars, Clock systemClock, InputStream in, boolean interactive) {

  public Env {
    vars = Map.copyOf(vars);
  }

  /** The environment of this process. */
  public static Env system() {
    return new Env(System.getenv(), Clock.systemDefaultZone(), System.in, System.console() != null);
  }

  /** A variable's value, if it is set and not blank. */
  public Optional<String> get(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The clock every command reads: the system clock, or noon of RUSTPLAN_TODAY when it is set, so
   * that a test or a curious learner can act as if it were another day.
   */
  public Clock clock() {
    Optional<String> today = get("RUSTPLAN_TODAY");
    if (today.isEmpty()) {
      return systemClock;
    }
    ZoneId zone = systemClock.getZone();
    try {
      LocalDate date = LocalDate.parse(today.get());
      return Clock.fixed(date.atTime(12, 0).atZone(zone).toInstant(), zone);
    } catch (DateTimeParseException e) {
      throw RustplanException.usage(
          "RUSTPLAN_TODAY must be a date as YYYY-MM-DD, got '"
              + today.get()
              + "'; unset it to use the system clock");
    }
  }

  /** Where the journal lives: RUSTPLAN_HOME, else $XDG_DATA_HOME/rustplan, else ~/.local/share/rustplan. */
  public Path home() {
    Optional<String> home = get("RUSTPLAN_HOME");
    if (home.isPresent()) {
      return Path.of(home.get());
    }
    Optional<String> xdg = get("XDG_DATA_HOME");
    if (xdg.isPresent()) {
      return Path.of(xdg.get(), "rustplan");
    }
    String userHome = get("HOME").orElse(System.getProperty("user.home"));
    return Path.of(userHome, ".local", "share", "rustplan");
  }
}

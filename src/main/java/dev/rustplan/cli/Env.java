package dev.rustplan.cli;

import dev.rustplan.RustplanException;
import dev.rustplan.journal.IsoDate;
import dev.rustplan.startup.LauncherProperties;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What the process was started with: environment variables, the system clock, stdin, whether a
 * person sits at a terminal ({@code interactive}: stdin and stdout both are one, as the editor
 * needs) and whether stdout alone is a terminal ({@code terminal}, which decides colour). Tests
 * build one by hand; only {@link Main#main} reads the real one.
 */
public record Env(
    Map<String, String> vars, Clock systemClock, InputStream in, boolean interactive, boolean terminal) {

  /** Set by the launcher from {@code [ -t 1 ]}: "1" when stdout is a terminal, "0" when not. */
  static final String STDOUT_TTY_PROPERTY = LauncherProperties.STDOUT_TTY;

  public Env {
    vars = Map.copyOf(vars);
  }

  /** An environment whose stdout is a terminal exactly when it is interactive. */
  public Env(Map<String, String> vars, Clock systemClock, InputStream in, boolean interactive) {
    this(vars, systemClock, in, interactive, interactive);
  }

  /** The environment of this process. */
  public static Env system() {
    return system(LauncherProperties.system());
  }

  /** The environment of this process, with what its launcher said. */
  public static Env system(LauncherProperties launcher) {
    boolean console = System.console() != null;
    // Java 17 can only tell whether stdin and stdout both are a terminal (System.console()), which
    // would turn colour off for `echo | rustplan ...`; the launcher knows about stdout alone.
    return new Env(
        System.getenv(), systemClock(launcher.utcOffset()), System.in, console,
        launcher.stdoutIsTerminal().orElse(console));
  }

  /**
   * The system clock, in the offset the launcher says is in force now, else in the system's zone.
   * Java finds a region's offset through its time-zone rules, whose loading costs a start-up about
   * 90 M instructions (callgrind), more than a Hello world's whole run. Today's date needs only
   * the offset in force now; past moments are shown through {@link #zone()}, which has the rules.
   */
  static Clock systemClock(String utcOffset) {
    if (utcOffset != null) {
      try {
        return new OffsetNowClock(ZoneOffset.of(utcOffset));
      } catch (DateTimeException e) {
        // Not an offset: the system's zone will do, at its usual cost.
      }
    }
    return Clock.systemDefaultZone();
  }

  /**
   * The zone to show past moments in, such as when a change was made: the clock's own, unless it
   * knows only the offset in force now, which a change made before the clocks went forward or back
   * would be shown in wrongly; then the system's zone with its rules.
   */
  public ZoneId zone() {
    return systemClock instanceof OffsetNowClock ? ZoneId.systemDefault() : systemClock.getZone();
  }

  /** The system clock in an offset that holds for now, as told by the launcher (see {@link #systemClock}). */
  private static final class OffsetNowClock extends Clock {
    private final ZoneOffset offset;

    OffsetNowClock(ZoneOffset offset) {
      this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
      return offset;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.system(zone);
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }
  }

  /** A variable's value, if it is set and not blank. */
  public Optional<String> get(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The clock every command reads: the system clock; or the moment RUSTPLAN_NOW names
   * (YYYY-MM-DDTHH:MM[:SS], in the system's zone), so that a test or a curious learner can act as
   * if it were another date and time; or noon of RUSTPLAN_TODAY. When both are set RUSTPLAN_NOW
   * gives the time, and they must name the same date: two dates at once is refused rather than
   * one of them silently ignored.
   */
  public Clock clock() {
    Optional<String> now = get("RUSTPLAN_NOW");
    Optional<String> today = get("RUSTPLAN_TODAY");
    if (now.isEmpty() && today.isEmpty()) {
      return systemClock;
    }
    ZoneId zone = systemClock.getZone();
    LocalDate date = null;
    if (today.isPresent()) {
      date = IsoDate.parse(today.get()); // not LocalDate.parse: that builds Java's ISO formatters first
      if (date == null) {
        throw RustplanException.usage(
            "RUSTPLAN_TODAY must be a date as YYYY-MM-DD, got '"
                + today.get()
                + "'; unset it to use the system clock");
      }
    }
    if (now.isEmpty()) {
      return Clock.fixed(date.atTime(12, 0).atZone(zone).toInstant(), zone);
    }
    LocalDateTime moment = moment(now.get());
    if (date != null && !date.equals(moment.toLocalDate())) {
      throw RustplanException.usage("RUSTPLAN_NOW (" + now.get() + ") and RUSTPLAN_TODAY (" + today.get()
          + ") name different dates; unset RUSTPLAN_TODAY (RUSTPLAN_NOW gives the date too)");
    }
    return Clock.fixed(moment.atZone(zone).toInstant(), zone);
  }

  private static LocalDateTime moment(String text) {
    // "T" or one space between date and time, seconds optional, nothing after: not a fraction, not an offset.
    if (text.length() >= 16 && text.length() <= 19 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')
        && (text.length() == 16 || text.length() == 19)) {
      try {
        return LocalDateTime.parse(text.substring(0, 10) + "T" + text.substring(11));
      } catch (DateTimeParseException e) {
        // Falls through to the message below.
      }
    }
    throw RustplanException.usage("RUSTPLAN_NOW must be a date and time as YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS"
        + " (local time), got '" + text + "'; unset it to use the system clock");
  }

  /**
   * Where rustplan keeps what it can make again (parsed plans): $XDG_CACHE_HOME/rustplan, else
   * $HOME/.cache/rustplan, else the user database's home/.cache/rustplan. A variable counts when
   * it is not blank, and is read without white space at either end ({@link #get}). The launcher
   * resolves this folder and {@link #home()} by the same rules; where they would need the user
   * database (HOME unset) it keeps no cache rather than guess, and a run it started saves an
   * answer only when both found the same folders (startup.OutputCache). Folders in it are used
   * only when this user's alone (startup.CacheFolder).
   */
  public Path cacheHome() {
    Optional<String> xdg = get("XDG_CACHE_HOME");
    if (xdg.isPresent()) {
      return Path.of(xdg.get(), "rustplan");
    }
    return Path.of(get("HOME").orElse(System.getProperty("user.home")), ".cache", "rustplan");
  }

  /**
   * Where the journal lives: RUSTPLAN_HOME, else $XDG_DATA_HOME/rustplan, else
   * $HOME/.local/share/rustplan, else the user database's home/.local/share/rustplan; variables
   * read as for {@link #cacheHome()}.
   */
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

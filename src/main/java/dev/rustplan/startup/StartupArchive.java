package dev.rustplan.startup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether this JVM started from rustplan's class-data archive: the launcher names the archive it
 * chose, and the JVM says whether sharing is really on (a stale archive silently turns it off);
 * and, when the launcher left a cache folder, archive or answer unused because it is not this
 * user's alone, why.
 */
public final class StartupArchive {

  private StartupArchive() {}

  /** The archive's path when it is in use, else null. */
  public static String inUse(LauncherProperties launcher) {
    String archive = launcher.archive();
    return archive != null && launcher.vmInfo().contains("sharing") ? archive : null;
  }

  /** One line for --version and doctor. */
  public static String describe(LauncherProperties launcher) {
    String archive = launcher.archive();
    Optional<String> refused = refusal(launcher);
    String refusal = refused.isPresent() ? "; " + refused.get() : "";
    if (archive == null) {
      return refusal.isEmpty()
          ? "none (started without the launcher, or with RUSTPLAN_CDS=off, or while one is being made)"
          : "none" + refusal;
    }
    return (inUse(launcher) != null
        ? archive + " (in use)"
        : archive + " (not in use: the JVM refused it; rebuild with `mvn package`)") + refusal;
  }

  /**
   * What the launcher would not use and why, with what to do: "…/rustplan may be written by group
   * or others (rwxrwxrwx), so rustplan runs without it: …". Empty when it used everything it found.
   */
  public static Optional<String> refusal(LauncherProperties launcher) {
    String refused = launcher.refused();
    if (refused == null || refused.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem;
    try {
      problem = CacheFolder.problem(Path.of(refused));
    } catch (RuntimeException e) {
      problem = Optional.empty();
    }
    String why = problem.orElse("was not this user's alone when the launcher looked");
    String fix = why.startsWith("may be written")
        ? "if it is yours, make it yours alone: chmod go-w '" + refused + "'"
        : "remove it, and rustplan makes its own";
    return Optional.of(refused + " " + why + ", so rustplan runs without it (another user could have planted what is"
        + " in it); " + fix);
  }
}

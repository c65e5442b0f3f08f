package dev.rustplan.startup;

/**
 * Whether this JVM started from rustplan's class-data archive: the launcher names the archive it
 * chose, and the JVM says whether sharing is really on (a stale archive silently turns it off).
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
    if (archive == null) {
      return "none (started without the launcher, or with RUSTPLAN_CDS=off, or while one is being made)";
    }
    return inUse(launcher) != null
        ? archive + " (in use)"
        : archive + " (not in use: the JVM refused it; rebuild with `mvn package`)";
  }
}

package dev.rustplan.startup;

import java.util.Optional;

/**
 * What the launcher tells the JVM through system properties, read in one place: whether stdout is
 * a terminal, the UTC offset in force, the class-data archive it chose, and the output cache it
 * asks this run to fill. Each is null when the launcher did not set it (a test, `java -jar`).
 *
 * @param stdoutTty "1" when stdout is a terminal, "0" when not, from {@code [ -t 1 ]}
 * @param utcOffset the offset in force now as +HHMM, from {@code printf '%(%z)T'}
 * @param archive the class-data archive the launcher started the JVM with
 * @param vmInfo the JVM's own java.vm.info, which says whether sharing is really on
 * @param outputCacheFile the file in which to save this run's output
 * @param outputCacheKey what the launcher checked, saved with the output
 */
public record LauncherProperties(
    String stdoutTty, String utcOffset, String archive, String vmInfo, String outputCacheFile, String outputCacheKey) {

  public static final String STDOUT_TTY = "rustplan.stdout.tty";
  public static final String UTC_OFFSET = "rustplan.utc.offset";
  public static final String ARCHIVE = "rustplan.archive";
  public static final String OUTPUT_CACHE = "rustplan.output.cache";
  public static final String OUTPUT_KEY = "rustplan.output.key";

  /** The properties of this JVM. */
  public static LauncherProperties system() {
    return new LauncherProperties(
        System.getProperty(STDOUT_TTY),
        System.getProperty(UTC_OFFSET),
        System.getProperty(ARCHIVE),
        System.getProperty("java.vm.info", ""),
        System.getProperty(OUTPUT_CACHE),
        System.getProperty(OUTPUT_KEY));
  }

  /** Whether stdout is a terminal, when the launcher said. */
  public Optional<Boolean> stdoutIsTerminal() {
    return stdoutTty == null ? Optional.empty() : Optional.of(stdoutTty.equals("1"));
  }
}

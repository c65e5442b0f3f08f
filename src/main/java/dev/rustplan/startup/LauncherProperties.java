package dev.rustplan.startup;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the launcher tells the JVM through system properties, read in one place: whether stdout is
 * a terminal and how wide it is, the UTC offset in force, the class-data archive it chose, the
 * output cache it asks this run to fill (with the data and cache folders it found), and a cache
 * folder or file it would not use. Each is null when the launcher did not set it (a test,
 * `java -jar`).
 *
 * @param stdoutTty "1" when stdout is a terminal, "0" when not, from {@code [ -t 1 ]}
 * @param utcOffset the offset in force now as +HHMM, from {@code date +%z}
 * @param archive the class-data archive the launcher started the JVM with
 * @param vmInfo the JVM's own java.vm.info, which says whether sharing is really on
 * @param outputCacheFile the file in which to save this run's output
 * @param outputCacheKey what the launcher checked, saved with the output
 * @param dataFolder the data folder whose journal the launcher's key covers
 * @param cacheFolder the cache folder the launcher keeps answers and archives in
 * @param refused the first cache folder, archive or answer the launcher did not use because it is
 *     not this user's alone
 * @param columns the width of the terminal on stdout, from {@code stty size}, when stdout is one
 */
public record LauncherProperties(
    String stdoutTty,
    String utcOffset,
    String archive,
    String vmInfo,
    String outputCacheFile,
    String outputCacheKey,
    String dataFolder,
    String cacheFolder,
    String refused,
    String columns) {

  public static final String STDOUT_TTY = "rustplan.stdout.tty";
  public static final String UTC_OFFSET = "rustplan.utc.offset";
  public static final String ARCHIVE = "rustplan.archive";
  public static final String OUTPUT_CACHE = "rustplan.output.cache";
  public static final String OUTPUT_KEY = "rustplan.output.key";
  public static final String DATA_FOLDER = "rustplan.data";
  public static final String CACHE_FOLDER = "rustplan.cache";
  public static final String REFUSED = "rustplan.cache.refused";
  public static final String COLUMNS = "rustplan.columns";
  /** The launcher's own path (links followed), so that rustplan can name a command that starts it again (sync's merge driver). */
  public static final String LAUNCHER = "rustplan.launcher";

  /** The properties of this JVM. */
  public static LauncherProperties system() {
    return new LauncherProperties(
        System.getProperty(STDOUT_TTY),
        System.getProperty(UTC_OFFSET),
        System.getProperty(ARCHIVE),
        System.getProperty("java.vm.info", ""),
        System.getProperty(OUTPUT_CACHE),
        System.getProperty(OUTPUT_KEY),
        System.getProperty(DATA_FOLDER),
        System.getProperty(CACHE_FOLDER),
        System.getProperty(REFUSED),
        System.getProperty(COLUMNS));
  }

  /** The terminal's columns, when the launcher said (stdout is a terminal and stty could tell). */
  public OptionalInt terminalColumns() {
    if (columns == null || columns.isEmpty() || columns.length() > 5) {
      return OptionalInt.empty();
    }
    int n = 0;
    for (int i = 0; i < columns.length(); i++) {
      char c = columns.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalInt.empty();
      }
      n = n * 10 + (c - '0');
    }
    return n == 0 ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** Whether stdout is a terminal, when the launcher said. */
  public Optional<Boolean> stdoutIsTerminal() {
    return stdoutTty == null ? Optional.empty() : Optional.of(stdoutTty.equals("1"));
  }
}

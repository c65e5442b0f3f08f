package dev.rustplan.startup;

import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Saves what a run of `today` printed, for the launcher to print again while nothing it depends
 * on changes: the launcher names the file and the key (what it checked), the run adds until when
 * its answer holds (the next midnight by its own clock) and its exit status. Only a run that
 * succeeded and printed nothing on stderr is saved; saving is best effort.
 */
public final class OutputCache {

  private final Path file;
  private final String key;

  public OutputCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /** The cache the launcher asked for, if it asked. */
  public static Optional<OutputCache> fromLauncher(LauncherProperties launcher) {
    String file = launcher.outputCacheFile();
    String key = launcher.outputCacheKey();
    if (file == null || key == null || key.contains("\n")) {
      return Optional.empty();
    }
    return Optional.of(new OutputCache(Path.of(file), key));
  }

  /**
   * Saves the run's output when it may be shown again: status 0, nothing on stderr, whole lines.
   * The clock is the one the run used; a fixed date (RUSTPLAN_TODAY, part of the key) never goes stale.
   */
  public void save(int status, String out, String err, Clock clock, boolean fixedDate) {
    if (status != 0 || !err.isEmpty() || out.isEmpty() || !out.endsWith("\n")) {
      return;
    }
    String entry = key + "\n" + validUntil(clock, fixedDate) + "\n" + status + "\n" + out;
    try {
      AtomicFile.system().cache(file, entry.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // Best effort: without a saved answer the next run computes it again.
    }
  }

  /**
   * The epoch second at which the answer goes stale: the next midnight by the clock the run used,
   * so that the launcher need not know the time zone. A date fixed by RUSTPLAN_TODAY (part of the
   * key) never goes stale.
   */
  private static long validUntil(Clock clock, boolean fixedDate) {
    if (fixedDate) {
      return Long.MAX_VALUE;
    }
    return LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toEpochSecond();
  }
}

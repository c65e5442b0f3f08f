package dev.rustplan.startup;

import dev.rustplan.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Saves what a run of `today` (or `show DAY`) printed, for the launcher to print again while
 * nothing it depends on changes: the launcher names the file and the key (what it checked), the
 * run adds until when its answer holds (the midnight after the run began, by its own clock), when
 * it began, and its exit status. Only a run that succeeded and printed nothing on stderr is saved,
 * only in a cache folder this user alone may write ({@link CacheFolder}); saving is best effort.
 *
 * <p>An entry is the key, the epoch second it expires, the epoch second its run began, the exit
 * status, each on a line of its own, then the output.
 */
public final class OutputCache {

  private final Path file;
  private final String key;

  public OutputCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /**
   * The cache the launcher asked for, if it asked, and if it found the journal and the cache
   * folder where this run does: its key covers the journal it looked at, so an answer computed
   * from another would be shown for the wrong one.
   */
  public static Optional<OutputCache> fromLauncher(LauncherProperties launcher, Path dataFolder, Path cacheFolder) {
    String file = launcher.outputCacheFile();
    String key = launcher.outputCacheKey();
    if (file == null || key == null || key.contains("\n") || launcher.dataFolder() == null
        || launcher.cacheFolder() == null) {
      return Optional.empty();
    }
    try {
      Path saved = Path.of(file);
      Path cache = Path.of(launcher.cacheFolder());
      boolean agree = Path.of(launcher.dataFolder()).equals(dataFolder) && cache.equals(cacheFolder)
          && saved.getParent() != null && cache.equals(saved.getParent().getParent());
      return agree ? Optional.of(new OutputCache(saved, key)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Saves the run's output when it may be shown again: status 0, nothing on stderr, whole lines.
   * The run began at {@code began}; its clock gives the zone of its midnight. A fixed date
   * (RUSTPLAN_TODAY, part of the key) never goes stale.
   */
  public void save(int status, String out, String err, Instant began, Clock clock, boolean fixedDate) {
    if (status != 0 || !err.isEmpty() || out.isEmpty() || !out.endsWith("\n")) {
      return;
    }
    String entry = key + "\n" + validUntil(began, clock.getZone(), fixedDate) + "\n" + began.getEpochSecond() + "\n"
        + status + "\n" + out;
    try {
      if (CacheFolder.ready(file.getParent())) {
        AtomicFile.system().cache(file, entry.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // Best effort: without a saved answer the next run computes it again.
    }
  }

  /**
   * The epoch second at which the answer goes stale: the midnight after the run began, so that
   * the launcher need not know the time zone. Not after it ended: a run that begins before
   * midnight and ends after it may show the day before, which the next day must not see.
   */
  static long validUntil(Instant began, ZoneId zone, boolean fixedDate) {
    if (fixedDate) {
      return Long.MAX_VALUE;
    }
    return LocalDate.ofInstant(began, zone).plusDays(1).atStartOfDay(zone).toEpochSecond();
  }
}

package dev.rustplan.startup;

import dev.rustplan.cli.Env;
import dev.rustplan.files.Private;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  static final String FILE_PROPERTY = "rustplan.output.cache";
  static final String KEY_PROPERTY = "rustplan.output.key";

  private final Path file;
  private final String key;

  public OutputCache(Path file, String key) {
    this.file = file;
    this.key = key;
  }

  /** The cache the launcher asked for, if it asked. */
  public static Optional<OutputCache> fromLauncher() {
    String file = System.getProperty(FILE_PROPERTY);
    String key = System.getProperty(KEY_PROPERTY);
    if (file == null || key == null || key.contains("\n")) {
      return Optional.empty();
    }
    return Optional.of(new OutputCache(Path.of(file), key));
  }

  /** Saves the run's output when it may be shown again: status 0, nothing on stderr, whole lines. */
  public void save(int status, String out, String err, Env env) {
    if (status != 0 || !err.isEmpty() || out.isEmpty() || !out.endsWith("\n")) {
      return;
    }
    Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Private.createFolders(file.getParent());
      String entry = key + "\n" + validUntil(env) + "\n" + status + "\n" + out;
      try (FileChannel channel = Private.createFile(temp)) {
        channel.write(ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8)));
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a stray temporary file in the cache folder harms nothing
      }
    }
  }

  /**
   * The epoch second at which the answer goes stale: the next midnight by the clock the run used,
   * so that the launcher need not know the time zone. A date fixed by RUSTPLAN_TODAY (part of the
   * key) never goes stale.
   */
  private static long validUntil(Env env) {
    if (env.get("RUSTPLAN_TODAY").isPresent()) {
      return Long.MAX_VALUE;
    }
    Clock clock = env.clock();
    return LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toEpochSecond();
  }
}

package dev.rustplan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One cache folder (XDG_CACHE_HOME) for all the runs of a test JVM, as a learner's machine has
 * one: it keeps the cache out of each test's RUSTPLAN_HOME, whose contents tests assert on.
 */
final class SharedCache {

  static final Path FOLDER = create();

  private SharedCache() {}

  private static Path create() {
    try {
      Path folder = Files.createTempDirectory("rustplan-test-cache");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure of the tests
    }
  }
}

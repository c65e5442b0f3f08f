package dev.rustplan.cli;

import dev.rustplan.startup.JournalDigest;
import dev.rustplan.startup.LauncherProperties;
import dev.rustplan.startup.OutputCache;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.Undo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the everyday commands once, in a throw-away home, so that the build can record which
 * classes they load and archive them (class-data sharing) for a quick start.
 */
public final class ArchiveTraining {

  /** The commands a learner runs most; their classes are the ones worth archiving. */
  static final List<String[]> COMMANDS =
      List.of(
          new String[] {"--help"},
          new String[] {"today"},
          new String[] {"start", "--date", "2026-01-01"},
          new String[] {"today"},
          new String[] {"today", "--brief"},
          new String[] {"today", "--json"},
          new String[] {"show", "50"},
          new String[] {"show", "50", "--json"},
          new String[] {"log", "--learned", "training", "--minutes", "30", "--question", "why?"},
          new String[] {"log", "--aha", "again", "--code", "let x = 1;"},
          new String[] {"log", "2", "--struggle", "and again", "--resource", "the book"},
          new String[] {"done"},
          new String[] {"week"},
          new String[] {"progress"},
          new String[] {"next"},
          new String[] {"calendar"},
          new String[] {"review"},
          new String[] {"plan"},
          new String[] {"show", "0"});

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    Main.withoutReflectiveConverters(); // the classes a real run loads, not picocli's java.time ones
    Path home = Files.createTempDirectory("rustplan-training");
    try {
      Env env =
          new Env(
              Map.of(
                  "RUSTPLAN_HOME", home.toString(),
                  "RUSTPLAN_TODAY", "2026-01-05",
                  // its caches too: a build must not write into the user's ~/.cache
                  "XDG_CACHE_HOME", home.resolve("cache").toString()),
              Clock.systemDefaultZone(),
              System.in,
              false);
      // What Main does around a command: read the process's environment, look for the output
      // cache the launcher names and save an answer in it.
      LauncherProperties launcher = LauncherProperties.system();
      Env.system(launcher);
      OutputCache.fromLauncher(launcher, env.home(), env.cacheHome());
      new OutputCache(home.resolve("cache/output/today"), "training")
          .save(0, "training\n", "", Instant.now(), env.clock(), false);
      for (String[] command : COMMANDS) {
        run(env, command);
      }
      // `today`'s digest of the journal, written and read back: its journal has settled by the
      // time a learner runs `today`, but here it changed a moment ago.
      for (int i = 0; i < 2; i++) {
        new JournalDigest(new JournalStore(env.home()), env.cacheHome().resolve("journal"),
            () -> System.currentTimeMillis() + 60_000).read();
      }
      // A learner's history of changes is soon full: then every change also prunes the oldest.
      for (int i = 0; i <= Undo.KEPT; i++) {
        run(env, "log", "--minutes", "1");
      }
    } finally {
      deleteTree(home);
    }
  }

  private static void run(Env env, String... command) {
    Main.run(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), command);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ArchiveTraining::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

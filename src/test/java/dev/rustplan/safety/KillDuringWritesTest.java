package dev.rustplan.safety;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.rustplan.store.JournalStore;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.Rustplan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during writes. Each of 200 iterations starts a real rustplan JVM that runs the real
 * command line, `rustplan log 1 --learned "note K"`, for one note after another ({@link LogLoop}),
 * waits until its first note is safe, lets it run a random 0-100 ms more, and kills it with SIGKILL:
 * the kill lands at a random moment among `log` runs (parsing, reading, writing the history entry,
 * the backup or the journal, flushing, moving). After every kill the journal must parse and hold
 * exactly the notes before the one in flight, or those and that one; the temporary files of the
 * killed write must not pile up (the next run sweeps them); and afterwards undo still walks back.
 */
class KillDuringWritesTest {

  static final int KILLS = 200;
  private static final int MAX_DELAY_MS = 100;
  private static final Path PLAN = Path.of("src/test/resources/plans/10-days-of-sql.md").toAbsolutePath();
  private static final String PLAN_ID = "10-days-of-sql";

  @TempDir Path tmp;

  private final AtomicInteger committed = new AtomicInteger();
  private final AtomicInteger notCommitted = new AtomicInteger();
  private final AtomicInteger leftTempFiles = new AtomicInteger();

  @Test
  void killedWhileLoggingTheJournalHoldsTheStateBeforeOrAfterTheNoteInFlight() throws Exception {
    List<Path> homes = kill(KILLS,
        (home, next) -> ChildJvm.get().builder(home, LogLoop.class.getName(), Integer.toString(next), PLAN.toString()));
    undoStillWalksBackNoteByNote(homes.get(0));
  }

  /** How to start the process that logs note NEXT, NEXT+1, ... into home. */
  private interface Child {
    ProcessBuilder start(Path home, int next);
  }

  /** Kills `total` processes, in lanes of one home each, and checks each home after each kill. */
  private List<Path> kill(int total, Child child) throws Exception {
    long seed = new SecureRandom().nextLong();
    int lanes = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(lanes);
    List<Future<Path>> homes = new ArrayList<>();
    for (int lane = 0; lane < lanes; lane++) {
      int share = total / lanes + (lane < total % lanes ? 1 : 0);
      Random random = new Random(seed + lane);
      Path home = tmp.resolve("lane-" + lane);
      homes.add(pool.submit(() -> lane(child, home, share, random)));
    }
    pool.shutdown();
    List<Path> done = new ArrayList<>();
    for (Future<Path> home : homes) {
      done.add(home.get());
    }
    System.out.printf("[safety] kill -9 during writes: %d rustplan log processes killed (%d at a time, seed %d,"
            + " class-data archive %s); the journal parsed after every kill and held the notes before the one in"
            + " flight (%d kills) or with it (%d kills); %d kills left temporary files, each swept by the next run%n",
        total, lanes, seed, ChildJvm.get().archived() ? "on" : "off", notCommitted.get(), committed.get(),
        leftTempFiles.get());
    assertThat(committed.get() + notCommitted.get()).isEqualTo(total);
    return done;
  }

  /** Kills `iterations` processes in turn, all logging into one home, and checks it after each. */
  private Path lane(Child child, Path home, int iterations, Random random) throws Exception {
    assertThat(rustplan(home).run("--plan", PLAN.toString(), "start")).succeeds();
    int saved = 0;
    for (int i = 0; i < iterations; i++) {
      ProcessBuilder builder = child.start(home, saved + 1)
          .redirectError(home.resolveSibling(home.getFileName() + ".err").toFile());
      Process process = builder.start();
      int acked;
      try (BufferedReader acks = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String first = acks.readLine();
        if (first == null) {
          process.waitFor();
          fail("the rustplan process died before its first note: exit " + process.exitValue() + ", "
              + Files.readString(home.resolveSibling(home.getFileName() + ".err")));
        }
        Thread.sleep(random.nextInt(MAX_DELAY_MS));
        // SIGKILL, through the handle: Process.destroyForcibly would also close the pipe and lose the last acks.
        process.toHandle().destroyForcibly();
        process.waitFor();
        acked = Integer.parseInt(first.trim());
        for (String line = acks.readLine(); line != null; line = acks.readLine()) {
          acked = Integer.parseInt(line.trim());
        }
      }
      saved = check(home, acked, i);
    }
    // The next run clears what the last kill left.
    assertThat(rustplan(home).run("--plan", PLAN.toString(), "log", "1", "--learned", "note " + (saved + 1))).succeeds();
    assertThat(temporaryFiles(home)).isEmpty();
    return home;
  }

  /** The journal parses and holds notes 1..acked, or 1..acked+1; returns how many it holds. */
  private int check(Path home, int acked, int iteration) throws IOException {
    List<String> learned;
    try {
      learned = new JournalStore(home).read().plan(PLAN_ID).day(1).notes().learned();
    } catch (RuntimeException e) {
      throw new AssertionError("after kill " + iteration + " the journal does not parse: " + e.getMessage(), e);
    }
    List<String> before = notes(acked);
    List<String> after = notes(acked + 1);
    assertThat(learned).as("after kill %d (note %d was safe)", iteration, acked).isIn(before, after);
    (learned.size() == acked ? notCommitted : committed).incrementAndGet();
    List<Path> leftovers = temporaryFiles(home);
    // At most those of the killed write: a journal's and its backup's; earlier ones were swept.
    assertThat(leftovers).as("temporary files after kill %d", iteration).hasSizeLessThanOrEqualTo(2);
    if (!leftovers.isEmpty()) {
      leftTempFiles.incrementAndGet();
    }
    Path bak = home.resolve("progress.json.bak");
    if (Files.exists(bak)) {
      assertThat(rustplanParses(bak)).as("the backup after kill %d", iteration).isTrue();
    }
    return learned.size();
  }

  private static boolean rustplanParses(Path bak) throws IOException {
    Path copy = Files.createTempDirectory("bak-check");
    Files.copy(bak, copy.resolve(JournalStore.FILE_NAME));
    try {
      new JournalStore(copy).read();
      return true;
    } catch (RuntimeException e) {
      return false;
    } finally {
      Files.delete(copy.resolve(JournalStore.FILE_NAME));
      Files.delete(copy);
    }
  }

  /** Twenty undos take the notes off one by one: the history survived the kills too. */
  private void undoStillWalksBackNoteByNote(Path home) {
    int notes = new JournalStore(home).read().plan(PLAN_ID).day(1).notes().learned().size();
    for (int i = 1; i <= 20; i++) {
      assertThat(rustplan(home).run("--plan", PLAN.toString(), "undo", "--yes")).succeeds();
      assertThat(new JournalStore(home).read().plan(PLAN_ID).day(1).notes().learned())
          .as("after undo %d", i).isEqualTo(notes(notes - i));
    }
  }

  private static List<String> notes(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(k -> "note " + k).toList();
  }

  static List<Path> temporaryFiles(Path home) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path folder : List.of(home, home.resolve("progress.json.history"))) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> files = Files.list(folder)) {
          files.filter(p -> p.getFileName().toString().matches(".*\\.[0-9a-f]{16}\\.tmp")).forEach(found::add);
        }
      }
    }
    return found;
  }

  private static Rustplan rustplan(Path home) {
    return new Rustplan(home);
  }
}

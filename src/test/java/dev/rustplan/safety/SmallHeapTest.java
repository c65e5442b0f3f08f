package dev.rustplan.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.journal.Journal;
import dev.rustplan.store.JournalStore;
import dev.rustplan.store.json.JournalExport;
import dev.rustplan.testing.ChildJvm;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB journal on a 1 GB machine: real JVMs with a 256 MB heap (-Xmx256m) run log, today, show,
 * export and doctor on it; a heap too small for the journal gets one line saying what to do, exit
 * 1, and the journal and its history untouched, never an OutOfMemoryError's stack trace.
 */
class SmallHeapTest {

  private static final String SMALL_MACHINE = "-Xmx256m";

  @TempDir static Path tmp;

  private static Path home;
  private static long size;

  @BeforeAll
  static void aFiftyMegabyteJournal() throws IOException {
    home = tmp.resolve("home");
    LocalDate started = LocalDate.parse(Rustplan.DEFAULT_TODAY).minusDays(BigJournal.TODAY - 1);
    Path file = BigJournal.write(home, BigJournal.of(50_000_000, started));
    size = Files.size(file);
    assertThat(size).isBetween(48_000_000L, 55_000_000L);
  }

  /** How a child JVM's run ended, and what it printed. */
  private record Run(int exit, String out, String err) {}

  /** rustplan ARGS in a child JVM with this heap, stdout and stderr kept in files (an export is 50 MB). */
  private static Run run(String heap, String... args) throws Exception {
    ProcessBuilder builder = ChildJvm.get().rustplan(home, args);
    builder.command().add(1, heap);
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("rustplan " + String.join(" ", args) + " did not end in 120 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Run succeeds(String... args) throws Exception {
    Run run = run(SMALL_MACHINE, args);
    assertThat(run.err()).as("stderr of rustplan %s", String.join(" ", args)).isEmpty();
    assertThat(run.exit()).as("exit of rustplan %s", String.join(" ", args)).isZero();
    return run;
  }

  @Test
  void theEverydayCommandsWorkOnAFiftyMegabyteJournalInA256MegabyteHeap() throws Exception {
    Journal before = new JournalStore(home).read();
    int notes = before.plan(BigJournal.PLAN).day(BigJournal.TODAY).notes().learned().size();

    assertThat(succeeds("log", "--learned", "logged in 256 MB").out()).contains("Day " + BigJournal.TODAY);

    Journal logged = new JournalStore(home).read();
    assertThat(logged.plan(BigJournal.PLAN).day(BigJournal.TODAY).notes().learned()).hasSize(notes + 1)
        .endsWith("logged in 256 MB");
    assertThat(logged.plan(BigJournal.PLAN).day(1)).isEqualTo(before.plan(BigJournal.PLAN).day(1));
    assertThat(succeeds("today").out()).contains("Day " + BigJournal.TODAY);
    String firstNote = before.plan(BigJournal.PLAN).day(7).notes().learned().get(0);
    assertThat(succeeds("show", "7").out()).contains(firstNote.substring(0, 30));
    assertThat(succeeds("undo", "--yes").out()).contains("remove learned \u201clogged in 256 MB\u201d");
    assertThat(new JournalStore(home).read()).isEqualTo(before);
    assertThat(succeeds("doctor").out()).containsPattern(
        "ok    history   .*: 0 of the last 25 changes to undo, 1 to redo \\(4[5-9]\\.\\d MB of at most 2[3-6]\\d\\.\\d MB\\)");
    System.out.printf("[safety] small heap: log, today, show, undo and doctor on a %.1f MB journal each ran in a JVM"
        + " with %s%n", size / 1e6, SMALL_MACHINE);
  }

  @Test
  void everyExportOfAFiftyMegabyteJournalWorksInA256MegabyteHeap() throws Exception {
    Journal journal = new JournalStore(home).read();
    String firstNote = journal.plan(BigJournal.PLAN).day(7).notes().learned().get(0);

    Path json = tmp.resolve("journal.json");
    assertThat(succeeds("export", "--format", "json", "--out", json.toString()).out()).contains("journal.json");
    assertThat(JournalExport.read(Files.readAllBytes(json), "journal.json")).isEqualTo(journal);
    assertThat(succeeds("export", "--format", "md").out()).contains("## Day 7: ", firstNote.substring(0, 30));
    assertThat(succeeds("export", "--format", "csv").out().lines()).hasSize(101);
    System.out.printf("[safety] small heap: export (json, md, csv) of a %.1f MB journal each ran in a JVM with %s%n",
        size / 1e6, SMALL_MACHINE);
  }

  @Test
  void aHeapTooSmallForTheJournalGetsOneLineSayingWhatToDoAndChangesNothing() throws Exception {
    Map<String, String> before = files();
    // A change and a read (not today: its digest of the journal, kept by an earlier run, is small enough).
    for (String[] command : List.of(new String[] {"log", "--learned", "too little memory"}, new String[] {"show", "7"})) {
      Run run = run("-Xmx64m", command);

      String what = String.join(" ", command);
      assertThat(run.exit()).as("%s: %s", what, run).isEqualTo(1);
      assertThat(run.err().lines()).as(what).hasSize(1);
      assertThat(run.err()).as(what).startsWith("rustplan: not enough memory for the journal " + home.resolve("progress.json"))
          .contains("nothing was changed", "JAVA_TOOL_OPTIONS=-Xmx1g").doesNotContain("OutOfMemoryError", "\tat ");
      assertThat(run.out()).as(what).isEmpty();
      assertThat(files()).as(what).isEqualTo(before);
    }
  }

  /** Every file of the data folder but the lock, with its bytes' hash (the journal and its history as they are). */
  private static Map<String, String> files() throws IOException {
    Map<String, String> files = new TreeMap<>();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(home)) {
      walk.filter(Files::isRegularFile).forEach(paths::add);
    }
    for (Path p : paths) {
      String name = home.relativize(p).toString();
      if (!name.equals("progress.json.lock")) {
        files.put(name, sha256(p));
      }
    }
    return files;
  }

  private static String sha256(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

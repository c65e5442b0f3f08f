package dev.rustplan.startup;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import dev.rustplan.store.JournalStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `today` reads a cached digest of the journal; nothing it shows may depend on that. A digest is
 * written only once its journal has settled (unchanged for a second or more when the read began),
 * so the tests that need one write it through {@link #digestLater()}, as a run a few seconds
 * later would; `today` then reads it.
 */
class JournalDigestTest {

  @TempDir Path tmp;
  private Rustplan rustplan;

  @BeforeEach
  void aLearnerOnDayTwo() {
    rustplan = new Rustplan(tmp.resolve("home")).env("XDG_CACHE_HOME", tmp.resolve("cache").toString());
    rustplan.today("2026-03-01").run("start");
    rustplan.stdin("let x: Option<&u8> = None;\n").run("log", "--learned", "repr(C) keeps field order", "--question", "Why is Option<&T> pointer-sized?",
        "--code", "-", "--lang", "rust", "--minutes", "35");
    assertThat(rustplan.run("done")).succeeds();
    rustplan.today("2026-03-02");
  }

  @Test
  void aSecondRunShowsExactlyWhatTheFirstAndAnUncachedRunShow() throws IOException {
    rustplan.run("log", "--learned", "padding follows alignment", "--learned", "size is a multiple of align");
    rustplan.stdin("struct S(u8, u32);\n").run("log", "--code", "-", "--aha", "reordering!");
    Result first = rustplan.run("today");
    digestLater();
    Result second = rustplan.run("today");
    Path notAFolder = Files.writeString(tmp.resolve("no-cache"), "x");
    Result uncached = rustplan.env("XDG_CACHE_HOME", notAFolder.toString()).run("today");

    assertThat(first).succeeds().out().contains("Why is Option<&T> pointer-sized?", "2 learned, 1 snippet", "1 aha");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(uncached.out()).isEqualTo(first.out());
    assertThat(rustplan.run("today", "--json").out()).isEqualTo(rustplan.run("today", "--json").out());
  }

  @Test
  void aChangedJournalIsReadAgain() {
    rustplan.run("today");

    rustplan.run("log", "1", "--question", "What does the niche hold?");

    assertThat(rustplan.run("today"))
        .succeeds()
        .out()
        .contains("Why is Option<&T> pointer-sized?", "What does the niche hold?");
  }

  @Test
  void theEntryIsWhatASecondRunReads() throws IOException {
    digestLater();
    Path entry = entry();

    Files.writeString(entry, Files.readString(entry).replace("Why is Option<&T> pointer-sized?", "A marked question"));

    assertThat(rustplan.run("today")).succeeds().out().contains("A marked question");
  }

  @Test
  void aJournalBrokenSinceIsStillRefusedAndLeftAsItIs() throws IOException {
    rustplan.run("today");
    Path journal = tmp.resolve("home/progress.json");
    Files.writeString(journal, "{ \"schema\": 1, ");

    assertThat(rustplan.run("today")).failsWith(1, "progress.json");
    assertThat(Files.readString(journal)).isEqualTo("{ \"schema\": 1, ");
  }

  @Test
  void theEntryIsPrivateAndHoldsNoNoteTextTodayDoesNotShow() throws IOException {
    digestLater();
    Path entry = entry();

    assertThat(Files.readString(entry)).doesNotContain("repr(C) keeps field order").contains("\"rustplanDigestCounts\":{\"learned\":1,\"code\":1,\"resources\":0,\"aha\":0}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entry.getParent()))).isEqualTo("rwx------");
  }

  @Test
  void aJournalChangedWithinTheSecondGetsNoDigestUntilItSettles() throws IOException {
    Path journal = tmp.resolve("home/progress.json");
    long changed = ((FileTime) Files.getAttribute(journal, "unix:ctime")).toMillis();

    new JournalDigest(new JournalStore(tmp.resolve("home")), folder(), () -> changed + 999).read();
    assertThat(folder()).as("a digest of a journal that may change again within its second").doesNotExist();

    new JournalDigest(new JournalStore(tmp.resolve("home")), folder(), () -> changed + 2000).read();
    assertThat(entry()).exists();
  }

  @Test
  void anEditInPlaceWithItsTimeRestoredIsReadAgain() throws IOException {
    digestLater();
    assertThat(rustplan.run("today").out()).contains("Why is Option<&T> pointer-sized?");

    // As `rsync --inplace -t` or an editor followed by `touch -r` leave it: same size, same inode, same time.
    Path journal = tmp.resolve("home/progress.json");
    FileTime time = Files.getLastModifiedTime(journal);
    byte[] bytes = Files.readAllBytes(journal);
    byte[] edited = new String(bytes, StandardCharsets.UTF_8).replace("pointer-sized?", "pointer-sizes?")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(edited).hasSameSizeAs(bytes);
    try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
      file.write(edited);
    }
    Files.setLastModifiedTime(journal, time);

    assertThat(rustplan.run("today").out()).contains("Why is Option<&T> pointer-sizes?");
  }

  @Test
  void aDigestInAFolderOthersMayWriteIsNotRead() throws IOException {
    digestLater();
    Path entry = entry();
    Files.writeString(entry, Files.readString(entry).replace("Why is Option<&T> pointer-sized?", "A planted question"));
    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwxrwxrwx"));

    assertThat(rustplan.run("today")).succeeds().out().contains("Why is Option<&T> pointer-sized?")
        .doesNotContain("A planted question");

    Files.setPosixFilePermissions(folder(), PosixFilePermissions.fromString("rwx------"));
    Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertThat(rustplan.run("today").out()).doesNotContain("A planted question");
  }

  /** Writes the digest as a run a few seconds from now would, the journal having settled by then. */
  private void digestLater() {
    new JournalDigest(new JournalStore(tmp.resolve("home")), folder(), () -> System.currentTimeMillis() + 5000).read();
  }

  private Path folder() {
    return tmp.resolve("cache/rustplan/journal");
  }

  private Path entry() throws IOException {
    try (Stream<Path> files = Files.list(tmp.resolve("cache/rustplan/journal"))) {
      List<Path> entries = files.toList();
      assertThat(entries).hasSize(1);
      return entries.get(0);
    }
  }
}

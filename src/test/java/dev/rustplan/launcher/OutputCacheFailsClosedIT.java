package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The saved answers of `today` and `show` are never wrong: whatever part of the key cannot be
 * had means no saved answer, the key sees every change of the journal and the plan, and the
 * clock decides when an answer expires. Most runs are a day ahead of the files' times (faketime),
 * so that a stale answer, were it kept, would be shown at once.
 */
class OutputCacheFailsClosedIT {

  @TempDir Path tmp;

  @Test
  void aStatWithoutDashCIsReadInItsBsdDialect() throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().first(LauncherRun.bsdStat(tmp.resolve("bsd")));
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();

    launcher.run("today");
    mark(launcher.saved("today"));
    assertThat(launcher.run("today").out()).as("the saved answer, printed again").contains("MARKED");
    assertThat(launcher.run("log", "--learned", "repr(C) keeps field order").exit()).isZero();

    assertThat(launcher.run("today").out()).contains("Logged so far: 1 learned").doesNotContain("MARKED");
  }

  @Test
  void aStatThatFailsMeansNoSavedAnswer() throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().first(LauncherRun.failingStat(tmp.resolve("broken")));
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();

    Result first = launcher.run("today");
    assertThat(launcher.run("log", "--learned", "repr(C) keeps field order").exit()).isZero();
    Result after = launcher.run("today");

    assertThat(first.exit()).as("%s", first).isZero();
    assertThat(first.err()).as("%s", first).isEmpty();
    assertThat(after.out()).contains("Logged so far: 1 learned");
    assertThat(launcher.saved("today")).doesNotExist();
  }

  @Test
  void aClockThatCannotBeReadMeansNoSavedAnswer() throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().first(LauncherRun.failingDate(tmp.resolve("no-date")));
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();

    Result today = launcher.run("today", "--brief");

    assertThat(today.exit()).as("%s", today).isZero();
    assertThat(today.out()).contains("2 days behind");
    assertThat(launcher.saved("today--brief")).doesNotExist();
  }

  @Test
  void anEditInPlaceWithItsTimeRestoredIsSeen() throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles();
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(launcher.run("today", "--brief").out()).contains("2 days behind");
    assertThat(launcher.run("today", "--brief").out()).contains("2 days behind");

    // As `rsync --inplace -t` or an editor followed by `touch -r` leave it: same size, same inode, same time.
    Path journal = tmp.resolve("home/progress.json");
    FileTime time = Files.getLastModifiedTime(journal);
    // In a later second than the journal's last change, as such an edit comes: the runs' clock is
    // a day ahead, so the launcher's rule for changes within one second (the next test) is off here.
    untilTheSecondAfter(journal);
    rewriteInPlace(journal, "2026-02-28", "2026-02-27");
    Files.setLastModifiedTime(journal, time);

    assertThat(launcher.run("today", "--brief").out()).contains("3 days behind");
  }

  @Test
  void sameSizeWritesWithinOneSecondOnAFileSystemOfWholeSecondsAreSeen() throws Exception {
    // No faked clock: the launcher's own rule is what is tested. A file system with 1-second
    // times shows a write within the same second, to the same size and inode, with the same times.
    LauncherRun launcher = new LauncherRun(tmp).first(LauncherRun.wholeSecondStat(tmp.resolve("coarse")));
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    Path journal = tmp.resolve("home/progress.json");

    assertThat(launcher.run("today", "--brief").out()).contains("2 days behind");
    FileTime time = Files.getLastModifiedTime(journal);
    rewriteInPlace(journal, "2026-02-28", "2026-02-27");
    Files.setLastModifiedTime(journal, FileTime.fromMillis(time.toMillis() / 1000 * 1000));
    assertThat(launcher.run("today", "--brief").out()).contains("3 days behind");
    rewriteInPlace(journal, "2026-02-27", "2026-02-26");
    Files.setLastModifiedTime(journal, FileTime.fromMillis(time.toMillis() / 1000 * 1000));

    assertThat(launcher.run("today", "--brief").out()).contains("4 days behind");
  }

  @Test
  void aPlanWhosePathHasASpaceIsWatched() throws Exception {
    Path plan = Files.createDirectories(tmp.resolve("my plans")).resolve("rust.md");
    Files.copy(Path.of("plan/100-days-of-rust.md"), plan);
    // Wide enough for the whole topic: at 80 columns the brief line cuts it (the line fits its width).
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().env("RUSTPLAN_PLAN", plan.toString()).env("COLUMNS", "120");
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(launcher.run("today", "--brief").out()).contains("Rust memory layout fundamentals");
    assertThat(launcher.run("today", "--brief").out()).contains("Rust memory layout fundamentals");

    Files.writeString(plan, Files.readString(plan).replace("Rust memory layout fundamentals", "How Rust lays out memory"));

    assertThat(launcher.run("today", "--brief").out()).contains("How Rust lays out memory");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\r", " \t"})
  void aDataFolderEndingInWhiteSpaceIsTheOneJavaReads(String end) throws Exception {
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().env("RUSTPLAN_HOME", tmp.resolve("home") + end);
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(tmp.resolve("home/progress.json")).exists();
    launcher.run("today");
    launcher.run("today");

    assertThat(launcher.run("log", "--learned", "repr(C) keeps field order").exit()).isZero();

    assertThat(launcher.run("today").out()).contains("Logged so far: 1 learned");
  }

  @Test
  void withHomeUnsetTheLauncherNeverWatchesAnotherJournal() throws Exception {
    // Java then finds the journal under the user database's home (here made a scratch folder);
    // the launcher, which cannot read that without starting a process, keeps no answer.
    Path userHome = tmp.resolve("user-home");
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles().env("HOME", null).env("RUSTPLAN_HOME", null)
        .env("JAVA_TOOL_OPTIONS", "-Duser.home=" + userHome);
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    assertThat(userHome.resolve(".local/share/rustplan/progress.json")).exists();
    launcher.run("today");
    launcher.run("today");

    assertThat(launcher.run("log", "--learned", "repr(C) keeps field order").exit()).isZero();

    assertThat(launcher.run("today").out()).contains("Logged so far: 1 learned");
    assertThat(launcher.saved("today")).doesNotExist();
  }

  @Test
  void aJournalLinkThatLeadsNowhereIsNoJournalNotMadeYet() throws Exception {
    // A synced folder not mounted yet: Java refuses it; a saved "not started" answer must not stand in.
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles();
    assertThat(launcher.run("today", "--brief").exit()).isZero();
    mark(launcher.saved("today--brief"));
    assertThat(launcher.run("today", "--brief").out()).as("the saved answer, printed again").contains("MARKED");
    Files.createDirectories(tmp.resolve("home"));
    Files.createSymbolicLink(tmp.resolve("home/progress.json"), tmp.resolve("unmounted/progress.json"));

    Result today = launcher.run("today", "--brief");
    Files.delete(tmp.resolve("home/progress.json"));

    assertThat(today.exit()).as("%s", today).isEqualTo(1);
    assertThat(today.out()).doesNotContain("MARKED");
  }

  @Test
  void atATerminalAnAnswerIsForItsWidth() throws Exception {
    // On a pseudo-terminal (script(1)) sized with stty, COLUMNS unset as bash and zsh leave it.
    Path script = RealTool.require("script");
    RealTool.require("stty");
    LauncherRun launcher = new LauncherRun(tmp).aheadOfTheFiles();
    assertThat(launcher.run("start", "--date", "2026-02-28").exit()).isZero();
    Path faketime = RealTool.require("faketime");
    String atFifty = "stty cols 50 rows 40 && exec " + faketime + " -f +1d " + LauncherRun.LAUNCHER + " today --brief";
    LauncherRun terminal = new LauncherRun(tmp).launcher(script).env("COLUMNS", null);

    terminal.run("-qec", atFifty, "/dev/null");
    mark(launcher.saved("today--brief"));
    Result again = terminal.run("-qec", atFifty, "/dev/null");
    Result wider = terminal.run("-qec", atFifty.replace("cols 50", "cols 120"), "/dev/null");

    assertThat(again.out()).as("%s", again).contains("MARKED");
    assertThat(wider.out()).as("%s", wider).contains("Day 1/100").doesNotContain("MARKED");
    Path javaHome = LauncherRun.echoingJava(tmp.resolve("echoing-jdk"));
    Result told = terminal.env("JAVA_HOME", javaHome.toString())
        .run("-qec", "stty cols 77 rows 40 && exec " + LauncherRun.LAUNCHER + " --version", "/dev/null");
    assertThat(told.out()).contains("-Drustplan.columns=77");
  }

  @Test
  void aClockThatWentBackNeverSeesAnAnswerMadeLater() throws Exception {
    LocalDate day = LocalDate.now().plusDays(30); // ahead of every file's time
    LauncherRun launcher = new LauncherRun(tmp).env("RUSTPLAN_TODAY", null).clock("@" + day + " 12:00:00");
    assertThat(launcher.run("start", "--date", day.minusDays(3).toString()).exit()).isZero();
    assertThat(launcher.run("today", "--brief").out()).contains("3 days behind");
    mark(launcher.saved("today--brief"));
    assertThat(launcher.run("today", "--brief").out()).as("the saved answer, printed again").contains("MARKED");

    launcher.clock("@" + day.minusDays(1) + " 12:00:00");

    assertThat(launcher.run("today", "--brief").out()).contains("2 days behind").doesNotContain("MARKED");
  }

  @Test
  void anAnswerIsShownUntilTheMidnightAfterItsRunAndNotAfter() throws Exception {
    LocalDate day = LocalDate.now().plusDays(30);
    LauncherRun launcher = new LauncherRun(tmp).env("RUSTPLAN_TODAY", null).clock("@" + day + " 23:59:00");
    assertThat(launcher.run("start", "--date", day.minusDays(3).toString()).exit()).isZero();
    launcher.run("today", "--brief");
    mark(launcher.saved("today--brief"));
    launcher.clock("@" + day + " 23:59:50");
    assertThat(launcher.run("today", "--brief").out()).contains("MARKED");

    launcher.clock("@" + day.plusDays(1) + " 00:00:00");

    assertThat(launcher.run("today", "--brief").out()).contains("4 days behind").doesNotContain("MARKED");
  }

  /** Marks the saved answer (its last line), so that a test sees whether it was printed again. */
  private static void mark(Path saved) throws IOException {
    assertThat(saved).exists();
    String entry = Files.readString(saved, StandardCharsets.UTF_8);
    int last = entry.lastIndexOf('\n', entry.length() - 2) + 1;
    Files.writeString(saved, entry.substring(0, last) + "MARKED " + entry.substring(last), StandardCharsets.UTF_8);
  }

  /** Waits until the clock is in a later second than the file's last change. */
  private static void untilTheSecondAfter(Path file) throws IOException, InterruptedException {
    long changed = ((FileTime) Files.getAttribute(file, "unix:ctime")).toMillis() / 1000;
    while (System.currentTimeMillis() / 1000 <= changed) {
      Thread.sleep(50);
    }
  }

  /** Writes over the file's own bytes (same size, same inode), as an in-place edit does. */
  private static void rewriteInPlace(Path file, String from, String to) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    byte[] changed = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    assertThat(changed).hasSameSizeAs(bytes).isNotEqualTo(bytes);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(changed);
    }
  }
}

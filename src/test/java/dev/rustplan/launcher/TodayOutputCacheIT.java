package dev.rustplan.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher prints `today` again from its last run's output only while nothing it depends on
 * changed. The runs are a day ahead of the files' times (faketime), so that an answer saved just
 * after its journal changed may be shown again at once.
 */
class TodayOutputCacheIT {

  @TempDir Path tmp;
  private LauncherRun launcher;

  @BeforeEach
  void aStartedPlan() throws Exception {
    launcher = new LauncherRun(tmp).aheadOfTheFiles();
    assertThat(run("start", "--date", "2026-02-28").exit()).isZero();
  }

  @Test
  void theSecondRunPrintsTheFirstRunsAnswer() throws Exception {
    Result first = run("today", "--brief");
    Path saved = saved("today--brief");
    Files.writeString(saved, Files.readString(saved).replace("Day 1/100", "Day MARKED/100"));

    Result second = run("today", "--brief");

    assertThat(first.out()).startsWith("Day 1/100 · Rust memory layout fund… · streak 0 · not logged yet");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).isEqualTo(first.out().replace("Day 1/100", "Day MARKED/100"));
    assertThat(second.err()).isEmpty();
  }

  @Test
  void aChangedJournalIsSeenAtOnce() throws Exception {
    assertThat(run("today").out()).doesNotContain("Logged so far");

    assertThat(run("log", "--learned", "repr(C) keeps field order").exit()).isZero();

    assertThat(run("today").out()).contains("Logged so far: 1 learned");
  }

  @Test
  void showIsKeptTheSameWayAndSeesANoteAtOnce() throws Exception {
    Result before = run("show", "1");
    assertThat(saved("show1")).exists();
    assertThat(before.out()).contains("Rust memory layout fundamentals").doesNotContain("repr(C) keeps field order");

    assertThat(run("log", "1", "--learned", "repr(C) keeps field order").exit()).isZero();

    assertThat(run("show", "1").out()).contains("repr(C) keeps field order");
    assertThat(run("show", "2").out()).contains("Size, alignment, and padding");
    assertThat(run("show", "101").exit()).isEqualTo(2);
    assertThat(tmp.resolve("cache/rustplan/output/show101")).doesNotExist();
  }

  @Test
  void anotherDateVariableOrFormIsAnotherAnswer() throws Exception {
    String monday = run("today", "--brief").out();
    launcher.env("RUSTPLAN_TODAY", "2026-03-05");
    String thursday = run("today", "--brief").out();
    String json = run("today", "--json").out();
    launcher.env("COLUMNS", "50");
    String narrow = run("today").out();
    launcher.env("COLUMNS", null);
    String wide = run("today").out();

    assertThat(monday).contains("2 days behind");
    assertThat(thursday).contains("5 days behind");
    assertThat(json).startsWith("{");
    assertThat(wide).isNotEqualTo(narrow); // were COLUMNS not part of the key, the narrow answer would show again
  }

  @Test
  void aRunningStudySessionIsShownByWhenItBeganAndRustplanNowIsPartOfTheKey() throws Exception {
    // Wide enough for the whole line: at 80 columns the brief line with a session is cut (see the closing note of 18/19).
    launcher.env("COLUMNS", "120").env("RUSTPLAN_NOW", "2026-03-02T18:30");
    assertThat(run("study", "start").exit()).isZero();
    launcher.env("RUSTPLAN_NOW", "2026-03-02T18:31");
    String first = run("today", "--brief").out();
    launcher.env("RUSTPLAN_NOW", "2026-03-02T21:00");
    String later = run("today", "--brief").out();
    launcher.env("RUSTPLAN_TODAY", null).env("RUSTPLAN_NOW", "2026-03-05T09:00");
    String thursday = run("today", "--brief").out();

    assertThat(first).endsWith(" · studying day 1 since 18:30\n");
    assertThat(later).isEqualTo(first);
    assertThat(thursday).contains("5 days behind", "studying day 1 since 2026-03-02 18:30");
  }

  @Test
  void anAnswerPastItsDateIsNeverShown() throws Exception {
    launcher.env("RUSTPLAN_TODAY", null); // the system clock: the answer holds until midnight
    Result first = run("today", "--brief");
    Path saved = saved("today--brief");
    List<String> lines = new ArrayList<>(Files.readAllLines(saved));
    assertThat(Long.parseLong(lines.get(1))).isGreaterThan(Long.parseLong(lines.get(2)));
    lines.set(1, "0");
    lines.set(4, "STALE");
    Files.write(saved, lines);

    assertThat(run("today", "--brief").out()).isEqualTo(first.out());
  }

  @Test
  void aFailureIsNeverSavedAndTheSwitchTurnsSavingOff() throws Exception {
    Files.writeString(tmp.resolve("home/progress.json"), "{ broken");
    Result broken = run("today");
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.err()).contains("progress.json");
    assertThat(tmp.resolve("cache/rustplan/output/today")).doesNotExist();

    Files.delete(tmp.resolve("home/progress.json"));
    launcher.env("RUSTPLAN_OUTPUT_CACHE", "off");
    assertThat(run("today").exit()).isZero();
    assertThat(tmp.resolve("cache/rustplan/output/today")).doesNotExist();
  }

  private Path saved(String name) {
    Path file = launcher.saved(name);
    assertThat(file).exists();
    return file;
  }

  private Result run(String... args) throws IOException, InterruptedException {
    return launcher.run(args);
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan doctor` through the real command line: one line per check, FAIL with a fix, exit 1 when wrong. */
class DoctorCommandTest {

  private static final List<String> CHECKS = List.of(
      "rustplan", "java", "os", "plan", "home", "journal", "lock", "backup", "history", "leftovers", "privacy",
      "drafts", "config", "archive");

  @TempDir Path tmp;

  private Path home() {
    return tmp.resolve("home");
  }

  private Rustplan rustplan() {
    return new Rustplan(home());
  }

  @Test
  void aHealthyInstallationGetsOneLinePerCheckAndExitsZero() {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();

    Result doctor = rustplan().run("doctor");

    assertThat(doctor).succeeds();
    List<String> lines = doctor.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("rustplan doctor");
    assertThat(lines.subList(1, lines.size() - 1)).extracting(l -> l.substring(6).split(" +")[0])
        .containsExactlyElementsOf(CHECKS);
    assertThat(lines.get(lines.size() - 1)).isEqualTo("No problems found.");
    assertThat(doctor.out()).contains(
        "ok    java      " + System.getProperty("java.version"),
        "ok    plan      bundled plan/100-days-of-rust.md: 100 days in 14 weeks and 6 phases; no errors, 5 warnings",
        "ok    home      " + home() + " (rwx------)",
        "ok    journal   " + home().resolve("progress.json") + ": parses, schema 1, 1 plan, 1 day with progress",
        "(rw-------)",
        "ok    lock      " + home().resolve("progress.json.lock") + ": free",
        "ok    backup    " + home().resolve("progress.json.bak") + ": parses",
        "ok    history   " + home().resolve("progress.json.history") + ": 2 of the last 25 changes to undo, 0 to redo",
        "ok    privacy   your data is readable by you alone",
        "info  archive   none");
  }

  @Test
  void beforeAnyChangeNothingIsWrongAndDoctorCreatesNothing() {
    Result doctor = rustplan().run("doctor");

    assertThat(doctor).succeeds().out().contains(
        "info  home      " + home() + " does not exist yet",
        "info  journal   " + home().resolve("progress.json") + " does not exist yet (`rustplan start` creates it)");
    assertThat(home()).doesNotExist();
  }

  @Test
  void aJournalThatDoesNotParseFailsWithWhereAndHowToRecover() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "one")).succeeds();
    JournalFile file = new JournalFile(home());
    Files.writeString(file.path(), file.text().replace("\"schema\": 1,", "\"schema\": 1,,"));
    byte[] broken = file.bytes();

    Result doctor = rustplan().run("doctor");

    assertThat(doctor.exit()).as("%s", doctor).isEqualTo(1);
    assertThat(doctor.out()).contains("FAIL  journal   " + file.path() + ":2:",
        "rustplan left the file untouched", "; fix: `rustplan undo` puts back the version before the last change",
        "1 problem: see the FAIL lines, each says how to fix it.");
    assertThat(file.bytes()).isEqualTo(broken);
  }

  @Test
  void filesOthersMayReadAreAProblemWithTheCommandThatFixesIt() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    Path journal = home().resolve("progress.json");
    Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxr-xr-x"));

    Result doctor = rustplan().run("doctor");

    assertThat(doctor.exit()).isEqualTo(1);
    assertThat(doctor.out()).contains(
        "FAIL  privacy   others may read " + home() + " " + journal + "; fix: chmod go-rwx " + home() + " " + journal);
    // The next change writes a new, private file.
    assertThat(rustplan().run("log", "--learned", "x")).succeeds();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
  }

  @Test
  void leftoversDraftsAndBadSettingsAreReported() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    Path template = tmp.resolve("mine.md");
    Files.copy(Path.of("plan/templates/weekly-post.md"), template);
    assertThat(rustplan().run("config", "template", template.toString())).succeeds();
    Files.delete(template);
    // What a writer killed between creating its temporary file and moving it into place leaves.
    Files.writeString(home().resolve("progress.json.0123456789abcdef.tmp"), "{\"half\": ");
    Files.createDirectories(home().resolve("drafts"));
    // A draft holding something the journal lacks ("# Day 1" alone would not: it reads back as the day's notes).
    Files.writeString(home().resolve("drafts/day-1-00ff00ff00ff00ff.md"), "# Day 1\n\n### What I Learned\n- kept\n");

    Result doctor = rustplan().run("doctor");

    assertThat(doctor.exit()).isEqualTo(1);
    assertThat(doctor.out()).contains(
        "info  leftovers 1 temporary file left by a write that was cut short (progress.json.0123456789abcdef.tmp);"
            + " the next change removes them",
        "info  drafts    1 note kept from edits that could not be saved, in " + home().resolve("drafts"),
        "FAIL  config    template " + template + ": ",
        "fix: `rustplan config template VALUE`, or `rustplan config --unset template`");
    assertThat(doctor.out()).doesNotContain("ok    config");
    assertThat(rustplan().run("log", "--learned", "x")).succeeds();
    try (Stream<Path> files = Files.list(home())) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  /** An editor script: it copies the buffer to shown.md, then runs the given shell lines on "$1". */
  private String editor(String name, String body) throws IOException {
    Path script = tmp.resolve(name + ".sh");
    Files.writeString(script, "#!/bin/sh\ncp \"$1\" '" + tmp.resolve("shown.md") + "'\n" + body + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  @Test
  void draftsCountOnlyWhenTheyHoldSomethingTheJournalLacks() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    assertThat(rustplan().run("log", "--learned", "first")).succeeds();
    Path drafts = home().resolve("drafts");
    // Leftovers of edits cut short before the learner saved: the note as the journal has it, with and
    // without the companion file that says what it was written from.
    String copying = editor("copy", "cp \"$1\" \"${1%.md}.base.json\" '" + tmp + "'");
    assertThat(rustplan().env("EDITOR", copying).run("log", "--edit")).succeeds();
    try (Stream<Path> files = Files.list(tmp)) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith("day-1-")).toList()) {
        Files.copy(p, drafts.resolve(p.getFileName()));
      }
    }
    Files.copy(tmp.resolve("shown.md"), drafts.resolve("day-1-00000000000000aa.md"));

    assertThat(rustplan().run("doctor").out()).contains("info  drafts    none kept\n");

    // One written from the notes before "second" was logged still holds nothing new; one the
    // learner typed into does.
    assertThat(rustplan().run("log", "--learned", "second")).succeeds();
    Files.writeString(drafts.resolve("day-3-00000000000000bb.md"), "### What I Learned\n- typed\n\n### Moods\n");
    Result doctor = rustplan().run("doctor");

    assertThat(doctor).succeeds();
    // The companion-less copy of the old note no longer matches the journal, and cannot be told from typing.
    assertThat(doctor.out()).contains("info  drafts    2 notes kept from edits that could not be saved, in " + drafts
        + " (days 1, 3; `rustplan log DAY --edit` opens a day's draft again)\n");
    try (Stream<Path> files = Files.list(drafts)) {
      assertThat(files.count()).as("doctor changes nothing").isEqualTo(4);
    }
  }

  @Test
  void aHistoryThatIsAFileStopsChangesWithOneLineAndDoctorSaysWhatToDo() throws IOException {
    assertThat(rustplan().run("start")).succeeds();
    Path history = home().resolve("progress.json.history");
    try (Stream<Path> entries = Files.list(history)) {
      for (Path entry : entries.toList()) {
        Files.delete(entry);
      }
    }
    Files.delete(history);
    Files.writeString(history, "not a folder");
    byte[] before = new JournalFile(home()).bytes();

    assertThat(rustplan().run("log", "--learned", "x")).failsWith(1,
        "cannot save " + home().resolve("progress.json") + ": the undo history " + history
            + " is a file, not a folder; move it out of the way; nothing was changed");
    assertThat(new JournalFile(home()).bytes()).isEqualTo(before);
    Result doctor = rustplan().run("doctor");
    assertThat(doctor.exit()).isEqualTo(1);
    assertThat(doctor.out()).contains("FAIL  history   " + history + " is a file, not a folder, so no change can be saved;"
        + " fix: move it out of the way");
  }

  @Test
  void aPlanWithErrorsIsAProblemThatNamesTheCheck() throws IOException {
    Path plan = tmp.resolve("broken.md");
    Files.writeString(plan, "# Not a plan\n\nNo weeks here.\n");

    Result doctor = rustplan().run("--plan", plan.toString(), "doctor");

    assertThat(doctor.exit()).isEqualTo(1);
    assertThat(doctor.out()).contains("FAIL  plan      " + plan + ": 1 error", "fix: see them with `rustplan plan check " + plan + "`");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input of the daily commands: one clear line, a non-zero exit, and the journal as it was. */
class DailyBadInputTest {

  @TempDir Path home;

  private byte[] before;

  @BeforeEach
  void aStartedPlanWithANote() {
    assertThat(new Rustplan(home).run("start")).succeeds();
    assertThat(new Rustplan(home).run("log", "--learned", "something")).succeeds();
    before = new JournalFile(home).bytes();
  }

  private void refused(int exit, String fragment, String... args) {
    var result = new Rustplan(home).run(args);
    assertThat(result).failsWith(exit, fragment);
    assertThat(result.err().lines().filter(l -> l.startsWith("rustplan:"))).hasSize(1);
    assertThat(new JournalFile(home).bytes()).as("the journal after %s", String.join(" ", args)).isEqualTo(before);
  }

  /** Refused by picocli's converter: one line all the same, pointing at the command's help. */
  private void refusedWithPicocliHint(int exit, String fragment, String... args) {
    var result = new Rustplan(home).run(args);
    assertThat(result).failsWith(exit, fragment, "--help)");
    assertThat(result.err().lines().filter(l -> l.startsWith("rustplan:"))).hasSize(1);
    assertThat(new JournalFile(home).bytes()).as("the journal after %s", String.join(" ", args)).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      log 0 --learned x         | day must be between 1 and 100, got 0
      log 101 --learned x       | day must be between 1 and 100, got 101
      log abc --learned x       | day must be a number from 1 to 100, got 'abc'
      done 101                  | day must be between 1 and 100, got 101
      skip -3                   | day must be between 1 and 100, got -3
      reopen x                  | day must be a number from 1 to 100, got 'x'
      log --minutes 0           | --minutes must be a whole number from 1 to 1440 (one day), got '0'
      log --minutes -5          | --minutes must be a whole number from 1 to 1440 (one day), got '-5'
      log --minutes 1441        | --minutes must be a whole number from 1 to 1440 (one day), got '1441'
      log --minutes ten         | --minutes must be a whole number from 1 to 1440 (one day), got 'ten'
      log --minutes 2.5         | --minutes must be a whole number from 1 to 1440 (one day), got '2.5'
      log --aha x --lang rust   | --lang names the language of --code
      reopen 5                  | day 5 is todo, not done or skipped; only a finished day can be reopened
      reopen 1                  | day 1 is doing, not done or skipped
      """)
  void isRefused(String args, String message) {
    refused(2, message, args.trim().split("\\s+"));
  }

  @Test
  void anEmptyNoteIsRefused() {
    refused(2, "--learned needs some text: a note cannot be empty", "log", "--learned", "");
    refused(2, "--question needs some text: a note cannot be empty", "log", "--question", "  ");
    refused(2, "--struggle needs some text", "log", "--learned", "fine", "--struggle", "");
  }

  @Test
  void aCodeFileThatDoesNotExistIsRefused() {
    refused(2, "--code " + home.resolve("nope.rs") + ": no such file", "log", "--code", home.resolve("nope.rs").toString());
    refused(2, "--code " + home + " is a folder", "log", "--code", home.toString());
  }

  @Test
  void anEmptyCodeFileIsRefused() throws IOException {
    Path empty = Files.writeString(home.resolve("empty.rs"), "\n\n");
    refused(2, "holds no code: a note cannot be empty", "log", "--code", empty.toString());
  }

  @Test
  void anInvalidDateIsRefused() {
    refusedWithPicocliHint(2, "invalid date '2026-02-30': use YYYY-MM-DD, today, yesterday", "done", "--date", "2026-02-30");
    refusedWithPicocliHint(2, "invalid date 'next week': use YYYY-MM-DD", "start", "--force", "--date", "next week");
  }

  @Test
  void anInvalidTodayIsRefused() {
    var result = new Rustplan(home).today("2026-13-01").run("log", "--learned", "x");
    assertThat(result).failsWith(2, "RUSTPLAN_TODAY must be a date as YYYY-MM-DD, got '2026-13-01'");
    assertThat(new JournalFile(home).bytes()).isEqualTo(before);
  }

  @Test
  void beforeTheStartDayCommandsSayHowToStart(@TempDir Path fresh) {
    for (String[] args : new String[][] {{"log", "--learned", "x"}, {"done"}, {"skip"}}) {
      assertThat(new Rustplan(fresh).run(args)).failsWith(2, "the plan has not started yet; run 'rustplan start'");
    }
    assertThat(new JournalFile(fresh).exists()).isFalse();
  }

  @Test
  void aStorePathThatIsAFolderIsRefused(@TempDir Path other) throws IOException {
    Files.createDirectory(other.resolve("progress.json"));

    var result = new Rustplan(other).run("today");

    assertThat(result).failsWith(1, other.resolve("progress.json") + " is a folder, not a journal file");
    assertThat(new Rustplan(other).run("start")).failsWith(1, "is a folder");
    assertThat(other.resolve("progress.json")).isDirectory();
  }

  @Test
  void aStorePathThatCannotBeReadIsRefused(@TempDir Path other) throws IOException {
    // A link to itself cannot be read even by root, unlike a file without read permission.
    Files.createSymbolicLink(other.resolve("progress.json"), other.resolve("progress.json"));

    assertThat(new Rustplan(other).run("log", "--learned", "x"))
        .failsWith(1, "cannot read " + other.resolve("progress.json") + ": ");
    assertThat(other.resolve("progress.json")).isSymbolicLink();
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JournalFile;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan search`: hits in the plan and in the learner's notes, through the real command line. */
class SearchCommandTest {

  private static final String ESC = "\u001B[";

  private static final String PINNED =
      """
      use std::pin::Pin;

      fn main() {
          let p: Pin<Box<u8>> = Box::pin(1);
      }
      """;

  @TempDir Path home;

  private Rustplan rustplan;

  @BeforeEach
  void aLearnerWhoLoggedAboutPin() {
    rustplan = new Rustplan(home);
    assertThat(rustplan.run("start")).succeeds();
    assertThat(rustplan.run("log", "3", "--learned", "A ZST costs nothing to pin: PhantomPinned is a ZST",
        "--question", "Why is Pin<&mut T> not Unpin?", "--resource", "Pinning chapter of the async book",
        "--struggle", "PIN projections")).succeeds();
    assertThat(rustplan.stdin(PINNED).run("log", "4", "--code", "-", "--lang", "rust")).succeeds();
  }

  @Test
  void findsTheTextInThePlanAndInTheNotesIgnoringCase() {
    Result result = rustplan.run("search", "PIN");

    assertThat(result).succeeds().out()
        .contains("Day 9   topic          `Pin` fundamentals\n",
            "Day 10  topic          `Pin` in practice\n",
            "Day 10  activity       Implement a simple self-referential struct, understand\n"
                + "                       `Unpin`\n",
            "Day 3   learned        A ZST costs nothing to pin: PhantomPinned is a ZST\n",
            "Day 3   question       Why is Pin<&mut T> not Unpin?\n",
            "Day 3   resource used  Pinning chapter of the async book\n",
            "Day 3   struggle       PIN projections\n",
            "Day 4   code:1         use std::pin::Pin;\n",
            "Day 4   code:4         let p: Pin<Box<u8>> = Box::pin(1);\n")
        .doesNotContain(ESC)
        .endsWith("\n14 hits on 7 days: 8 in the plan, 6 in your notes.\n");
    // Day by day, the plan's text before the notes of the same day.
    assertThat(result.out().indexOf("Day 3   learned")).isLessThan(result.out().indexOf("Day 4   code:1"));
    assertThat(result.out().indexOf("Day 4   code:4")).isLessThan(result.out().indexOf("Day 9   topic"));
  }

  @Test
  void notesOrPlanOnly() {
    assertThat(rustplan.run("search", "pin", "--notes")).succeeds().out()
        .contains("Day 3   learned", "Day 4   code:4").doesNotContain("topic", "activity")
        .endsWith("\n6 hits on 2 days in your notes.\n");
    assertThat(rustplan.run("search", "--plan", "pin")).succeeds().out()
        .contains("Day 10  topic", "Day 40  topic     `Pin` in async contexts").doesNotContain("learned", "Day 3 ")
        .endsWith("\n8 hits on 5 days in the plan.\n");
    assertThat(rustplan.run("search", "pin", "--notes", "--plan"))
        .failsWith(2, "--notes and --plan are mutually exclusive");
  }

  @Test
  void resourcesMatchAsThePlanNamesThemAndByTheirFullTitle() {
    assertThat(rustplan.run("search", "rustonomicon", "--plan")).succeeds().out()
        .contains("Day 5   resource  Rustonomicon\n", "Day 8   resource  Rustonomicon \"Drop\"\n");
    assertThat(rustplan.run("search", "dark arts", "--plan")).succeeds().out()
        .contains("Day 5   resource  The Rustonomicon: The Dark Arts of Unsafe Rust\n",
            "Day 8   resource  The Rustonomicon: The Dark Arts of Unsafe Rust — Destructors\n");
  }

  @Test
  void aRegularExpressionWithRegex() {
    assertThat(rustplan.run("search", "drop (order|guarantees)", "--regex")).succeeds().out()
        .contains("Day 8   topic     Drop order and drop guarantees\n")
        .endsWith("\n2 hits on 1 day: 2 in the plan, 0 in your notes.\n");
    assertThat(rustplan.run("search", "box::pin\\(", "--regex", "--notes")).succeeds().out()
        .isEqualTo("Day 4   code:4  let p: Pin<Box<u8>> = Box::pin(1);\n\n1 hit on 1 day in your notes.\n");
    // Without --regex the same text is taken as it is.
    assertThat(rustplan.run("search", "box::pin\\(", "--notes")).succeeds().out()
        .isEqualTo("No match for 'box::pin\\(' in your notes.\n");
  }

  @Test
  void aBadRegularExpressionIsOneLineWithExitTwo() {
    byte[] before = new JournalFile(home).bytes();
    Result result = rustplan.run("search", "Pin<(&mut", "--regex");

    assertThat(result).failsWith(2, "'Pin<(&mut' is not a valid regular expression: Unclosed group",
        "leave out --regex");
    assertThat(result.err().lines().count()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(new JournalFile(home).bytes()).isEqualTo(before);
    assertThat(rustplan.run("search", " ")).failsWith(2, "give some text to search for");
  }

  @Test
  void noMatchSaysSo() {
    assertThat(rustplan.run("search", "haskell")).succeeds().out()
        .isEqualTo("No match for 'haskell' in the plan or your notes.\n");
  }

  @Test
  void aLongLineIsCutAroundItsMatch() {
    String filler = "lorem ipsum ".repeat(20);
    assertThat(rustplan.run("log", "5", "--learned", filler + "the needle " + filler)).succeeds();
    Result result = rustplan.env("COLUMNS", "60").run("search", "needle");
    // Cut to about two lines' worth, then wrapped beside its head.
    assertThat(result).succeeds().out().satisfies(out -> assertThat(out.replaceAll("\n {17}", " "))
        .containsPattern("Day 5   learned  …[a-z ]+the needle [a-z ]+…\n"));
    assertThat(result.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(60));
    assertThat(result.out().lines().takeWhile(line -> !line.isEmpty())).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void anotherPlanIsSearchedWithTheGlobalPlanOptionBeforeTheCommand() throws Exception {
    String sql = Path.of(getClass().getResource("/plans/10-days-of-sql.md").toURI()).toString();
    assertThat(rustplan.run("--plan", sql, "search", "explain", "--plan")).succeeds().out()
        .contains("Day 2   topic     Reading `EXPLAIN`", "Day 5   activity  Nested loop, hash and merge joins in `EXPLAIN`")
        .doesNotContain("Pin");
  }

  @Test
  void theMatchIsHighlightedOnlyWhereColourIsOn() {
    // On a terminal (auto), or with --color always: highlighted.
    assertThat(rustplan.terminal(true).run("search", "phantompinned", "--notes")).succeeds().out()
        .contains("A ZST costs nothing to pin: " + ESC + "1;31mPhantomPinned" + ESC + "0m is a ZST");
    assertThat(rustplan.terminal(false).run("search", "phantompinned", "--notes", "--color", "always")).succeeds()
        .out().contains(ESC + "1;31mPhantomPinned");
    // NO_COLOR, --color never, or a pipe: plain.
    assertThat(rustplan.terminal(true).env("NO_COLOR", "1").run("search", "phantompinned", "--notes")).succeeds().out()
        .contains("A ZST costs nothing to pin: PhantomPinned is a ZST").doesNotContain(ESC);
    assertThat(rustplan.terminal(true).env("NO_COLOR", null).run("search", "phantompinned", "--color", "never"))
        .succeeds().out().doesNotContain(ESC);
    assertThat(rustplan.terminal(false).run("search", "phantompinned")).succeeds().out().doesNotContain(ESC);
  }

}

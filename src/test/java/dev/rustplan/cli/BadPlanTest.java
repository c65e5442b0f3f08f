package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `plan check` on crafted bad plans, and how the other commands refuse them. */
class BadPlanTest {

  @TempDir Path home;

  private static final String HEADER = """
      # A small plan

      ## Phase 1: Start (Days 1-4)

      ### Week 1: First Steps

      | Day | Topic | Activity | Resource |
      |-----|-------|----------|----------|
      """;

  /** Line 9 holds the first row. */
  private Path plan(String body) throws Exception {
    Path file = home.resolve("plan.md");
    Files.writeString(file, HEADER + body);
    return file;
  }

  private Result check(Path file) {
    return new Rustplan(home).run("plan", "check", file.toString());
  }

  @Test
  void aGoodSmallPlanHasNoDiagnostics() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| 2 | a | b | c |\n| 3 | a | b | c |\n| 4 | a | b | c |\n");
    assertThat(check(file)).succeeds().out()
        .isEqualTo(file + ": 4 days in 1 week and 1 phase; no errors, no warnings\n");
  }

  @Test
  void aMissingDayIsAnErrorOnTheRowAfterTheGap() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| 2 | a | b | c |\n| 4 | a | b | c |\n");
    Result result = check(file);
    assertThat(result).failsWithReportOnStdout(1).out()
        .contains(file + ":11:1: error: day 3 is missing (between day 2 and day 4); number the days 1, 2, 3, ..."
            + " without gaps\n")
        .endsWith(file + ": 1 error, no warnings; rustplan cannot use this plan until the errors are fixed\n");
  }

  @Test
  void aDayPresentTwiceIsAnError() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| 2 | a | b | c |\n| 2 | again | b | c |\n| 3 | a | b | c |\n");
    assertThat(check(file)).failsWithReportOnStdout(1).out()
        .contains(file + ":11:1: error: day 2 appears twice (first on line 10); each day must have exactly one row");
  }

  @Test
  void daysOutOfOrderAndAWeekNumberUsedTwiceAreErrors() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| 3 | a | b | c |\n| 2 | a | b | c |\n\n### Week 1: Again\n\n"
        + "| Day | Topic | Activity | Resource |\n|---|---|---|---|\n| 4 | a | b | c |\n");
    assertThat(check(file)).failsWithReportOnStdout(1).out()
        .contains(file + ":11:1: error: day 2 comes after day 3; rows must be in day order")
        .contains(file + ":13:1: error: week 1 appears twice (first on line 5); give each week its own number");
  }

  @Test
  void aTableWithoutTheActivityColumnIsAnErrorThatQuotesItsHeader() throws Exception {
    Path file = home.resolve("plan.md");
    Files.writeString(file, HEADER.replace(" Activity |", " Notes |") + "| 1 | a | b | c |\n");
    assertThat(check(file)).failsWithReportOnStdout(1).out()
        .contains(file + ":7:1: error: this table of days has no Activity column: its header reads"
            + " 'Day | Topic | Notes | Resource'; rustplan finds the columns by their header words, in any order: Day,"
            + " Topic (or Subject, Theme), Activity (or Activities, Task, Exercise), and optionally Resources (or"
            + " Reading, Links) and Time (or Duration, Minutes)\n")
        // The table's fault is the week's: it is not reported again as a week without days.
        .doesNotContain("week 1 has no days");
  }

  @Test
  void aTableWithoutAResourceColumnLoadsWithNoResources() throws Exception {
    Path file = home.resolve("plan.md");
    Files.writeString(file, HEADER.replace(" Resource |", "").replace("----------|----------|", "----------|")
        + "| 1 | a | b |\n| 2 | a | b |\n| 3 | a | b |\n| 4 | a | b |\n");
    assertThat(check(file)).succeeds();
    assertThat(new Rustplan(home).run("--plan", file.toString(), "show", "2", "--json").json().get("resources"))
        .isEmpty();
  }

  @Test
  void aDayThatIsNotANumberIsAnErrorAtItsCell() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| two | a | b | c |\n");
    assertThat(check(file)).failsWithReportOnStdout(1).out()
        .contains(file + ":10:3: error: day 'two' is not a number; the Day column holds each day's number");
  }

  @Test
  void aWeekWithNoDaysAndATableOutsideAnyWeekAreErrors() throws Exception {
    Path file = home.resolve("plan.md");
    Files.writeString(file, """
        # Plan

        ## Phase 1: Start

        | Day | Topic | Activity | Resource |
        |---|---|---|---|
        | 1 | a | b | c |

        ### Week 1: Empty

        Nothing here yet.

        ### Week 2: Full

        | Day | Topic | Activity | Resource |
        |---|---|---|---|
        | 1 | a | b | c |
        """);
    assertThat(check(file)).failsWithReportOnStdout(1).out()
        .contains(file + ":5:1: error: a table of days under 'Phase 1: Start' (line 3), a phase heading, not a"
            + " week's; put it under a week heading like '### Week 1: Theme'")
        .contains(file + ":9:1: error: week 1 has no days; put a table with Day, Topic, Activity and Resources"
            + " columns (or 'Day N: Topic' headings) under its heading");
  }

  @Test
  void aFileWithoutDaysIsNotAPlanAndSaysSoOnOneLine() throws Exception {
    Path file = home.resolve("notes.md");
    Files.writeString(file, "# Shopping\n\n- milk\n- bread\n");
    assertThat(check(file)).failsWithReportOnStdout(1).out().startsWith(file + ":1:1: error: no days found, so this is not a plan");
    Result show = new Rustplan(home).run("--plan", file.toString(), "show", "1");
    assertThat(show).failsWith(1, file + ":1:1: error: no days found, so this is not a plan");
    assertThat(show.err().lines()).hasSize(1);
    assertThat(show.out()).isEmpty();
  }

  @Test
  void aBinaryFileIsNotAPlan() throws Exception {
    Path file = home.resolve("photo.md");
    Files.write(file, new byte[] {'#', ' ', 'x', '\n', (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    assertThat(new Rustplan(home).run("--plan", file.toString(), "plan"))
        .failsWith(1, file + ":2:1: error: not UTF-8 text (byte 0xFF), so not a plan file");
  }

  @Test
  void aPlanWithErrorsIsRefusedWithEveryError() throws Exception {
    Path file = plan("| 1 | a | b | c |\n| 3 | a | b | c |\n| 3 | a | b | c |\n");
    Result result = new Rustplan(home).env("RUSTPLAN_PLAN", file.toString()).run("show", "1");
    assertThat(result).failsWithPlanDiagnostics(1,
        "rustplan: cannot use plan " + file + ": it has 2 errors (fix them, then check with 'rustplan plan check",
        file + ":10:1: error: day 2 is missing",
        file + ":11:1: error: day 3 appears twice");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aMissingPlanFileIsAUsageError() {
    Path missing = home.resolve("nope.md");
    assertThat(new Rustplan(home).run("--plan", missing.toString(), "show", "1"))
        .failsWith(2, "rustplan: plan file not found: " + missing + " (--plan); give an existing Markdown plan file");
    assertThat(new Rustplan(home).env("RUSTPLAN_PLAN", missing.toString()).run("week"))
        .failsWith(2, "plan file not found: " + missing + " (RUSTPLAN_PLAN)");
    assertThat(new Rustplan(home).run("plan", "check", missing.toString()))
        .failsWith(2, "plan file not found: " + missing + " (plan check)");
  }

  @Test
  void aFolderIsNotAPlanFile() {
    assertThat(new Rustplan(home).run("--plan", home.toString(), "plan"))
        .failsWith(1, "cannot read plan " + home + " (--plan): it is a folder; give a Markdown plan file");
  }

  @Test
  void misDecodedTextIsAWarningThatSaysWhatItShouldRead() throws Exception {
    Path file = plan("| 1 | a ‚Üí b | b | \uF8FFüìò RfR |\n| 2 | a | b | c |\n| 3 | a | b | c |\n| 4 | a | b | c |\n");
    // Every run on the line is found, not only the first.
    assertThat(check(file)).succeeds().out()
        .contains(file + ":9:9: warning: mis-decoded text '‚Üí' (UTF-8 read as Mac Roman); it should read '→':"
            + " save the file as UTF-8 again\n")
        .contains(file + ":9:21: warning: mis-decoded text '\uF8FFüìò' (UTF-8 read as Mac Roman); it should read '📘':"
            + " save the file as UTF-8 again\n")
        .endsWith("4 days in 1 week and 1 phase; no errors, 2 warnings\n");
  }

  @Test
  void theSeedsMisDecodingIsFoundOnEveryLineItBroke() throws Exception {
    Assumptions.assumeTrue(Charset.isSupported("x-MacRoman"), "this JDK has no Mac Roman charset");
    String repaired;
    try (InputStream in = BadPlanTest.class.getResourceAsStream("/plan/100-days-of-rust.md")) {
      repaired = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Break it the way the seed was broken: UTF-8 bytes read as Mac Roman.
    String broken = new String(repaired.getBytes(StandardCharsets.UTF_8), Charset.forName("x-MacRoman"));
    Path file = home.resolve("seed.md");
    Files.writeString(file, broken);
    Result result = check(file);
    assertThat(result).succeeds();
    List<String> misDecoded = result.out().lines().filter(l -> l.contains("warning: mis-decoded text")).toList();
    long linesWarned = misDecoded.stream().map(l -> l.substring(0, l.indexOf(":", file.toString().length() + 1)))
        .distinct().count();
    long brokenLines = repaired.lines().filter(l -> l.chars().anyMatch(c -> c > 0x7F)).count();
    assertThat(linesWarned).isEqualTo(brokenLines).isEqualTo(23);
    // Every run of every line: as many as the repaired text has runs of characters beyond ASCII.
    long runs = repaired.lines().mapToLong(l -> java.util.regex.Pattern.compile("[^\\x00-\\x7F]+").matcher(l)
        .results().count()).sum();
    assertThat((long) misDecoded.size()).isEqualTo(runs);
    // Those, the three of the repaired plan, and its two nested fences.
    assertThat(result.out()).endsWith("100 days in 14 weeks and 6 phases; no errors, " + (runs + 5) + " warnings\n");
    // The broken file still reads as the same plan.
    assertThat(new Rustplan(home).run("--plan", file.toString(), "show", "30", "--json")).succeeds().out()
        .contains("\"topic\" : \"Deref coercion chains\"");
  }
}

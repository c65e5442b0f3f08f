package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan rustplan cannot read is refused with one line that names the real cause: where, what was
 * found there, and what rustplan expected; never a description the file already fits.
 */
class PlanRefusalsTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(Files.createDirectories(dir.resolve("plans")).resolve(name), text);
  }

  private dev.rustplan.testing.Result show(Path plan) {
    return new Rustplan(dir.resolve("home")).run("--plan", plan.toString(), "show", "1");
  }

  @Test
  void aTableUnderAHeadingThatIsNotAWeekSaysWhichHeadingItIsUnder() throws Exception {
    Path plan = write("schedule.md", """
        # Plan

        ## Schedule

        | Day | Topic | Activity |
        |---|---|---|
        | 1 | a | b |
        """);
    assertThat(show(plan)).failsWith(1, plan + ":5:1: error: a table of days under 'Schedule' (line 3), not a week"
        + " heading; put it under a week heading like '### Week 1: Theme'");
  }

  @Test
  void aWeekHeadingWithoutANumberIsNamedAsTheCause() throws Exception {
    Path plan = write("one.md", """
        ### Week One: Basics

        | Day | Topic | Activity |
        |---|---|---|
        | 1 | a | b |
        """);
    assertThat(show(plan)).failsWith(1, plan + ":3:1: error: a table of days under 'Week One: Basics' (line 1), not"
        + " read as a week: a week heading is 'Week N: Theme', N a number; put it under a week heading like"
        + " '### Week 1: Theme'");
  }

  @Test
  void aTableWhoseHeaderHasNoDayColumnIsQuoted() throws Exception {
    Path plan = write("dates.md", """
        ### Week 1: Basics

        | Date | Subject | Notes |
        |---|---|---|
        | Mon | a | b |
        """);
    assertThat(show(plan)).failsWith(1, plan + ":3:1: error: this table under week 1 has no Day column: its header"
        + " reads 'Date | Subject | Notes'; rustplan finds the columns by their header words, in any order: Day");
  }

  @Test
  void aDayCellThatIsNotANumberIsQuotedAtItsColumn() throws Exception {
    Path plan = write("monday.md", """
        ### Week 1: Basics

        | Day | Topic | Activity |
        |---|---|---|
        | Monday | a | b |
        """);
    assertThat(show(plan)).failsWith(1, plan + ":5:3: error: day 'Monday' is not a number; the Day column holds each"
        + " day's number, written 1, Day 1, D1 or 1.");
  }

  @Test
  void daysUnderNoWeekAreRefusedTogether() throws Exception {
    Path plan = write("days.md", """
        # Thirty days of drawing

        ## Day 1: Lines

        Draw a hundred lines.

        ## Day 2: Circles

        Draw a hundred circles.
        """);
    assertThat(show(plan)).failsWith(1, plan + ":3:1: error: days 1-2 are not under any week heading; put each week's"
        + " days under a heading like '## Week 1: Theme'");
  }

  @Test
  void twoDaysUnderOneHeadingAreRefused() throws Exception {
    Path plan = write("two.md", """
        ## Week 1: Sketching

        ### Days 1-2: Lines and circles

        Draw them.
        """);
    assertThat(show(plan)).failsWith(1, plan + ":3:1: error: 'Days 1-2: Lines and circles' puts several days under one"
        + " heading; give each day its own ('Day 3: Topic', then 'Day 4: Topic')");
  }

  @Test
  void aFileWithoutDaysSaysWhatItHasInstead() throws Exception {
    Path tasks = write("tasks.md", """
        # Learning plan

        | Date | Task |
        |---|---|
        | Mon | Read |
        """);
    assertThat(show(tasks)).failsWith(1, tasks + ":1:1: error: no days found, so this is not a plan: no heading reads"
        + " 'Week N: Theme', and the table on line 3 has no Day column (its header reads 'Date | Task'); a plan has");
    Path prose = write("prose.md", "# Notes\n\nSome thoughts on learning.\n");
    assertThat(show(prose)).failsWith(1, prose + ":1:1: error: no days found, so this is not a plan: no heading reads"
        + " 'Week N: Theme' (or 'Phase N: Name' over such weeks) and it has no tables; a plan has");
    Path weeks = write("weeks.md", "## Week 1: Basics\n\nRead a lot.\n");
    assertThat(show(weeks)).failsWith(1, weeks + ":1:1: error: week 1 has no days; put a table with Day, Topic,"
        + " Activity and Resources columns (or 'Day N: Topic' headings) under its heading");
  }

  @Test
  void aYamlFileOfMetadataAloneIsNotAPlan() throws Exception {
    Path meta = write("go.yaml", "name: Go\nbudget: 20 minutes\n");
    assertThat(show(meta)).failsWith(1, meta + ":1:1: error: not a plan: a plan written in YAML has a 'weeks' list"
        + " (or 'phases', each with its weeks), each week with its 'days'; a file of name, short, budget and posts"
        + " alone is a Markdown plan's metadata (NAME.yaml beside NAME.md): give rustplan the Markdown plan");
  }

  @Test
  void aYamlPlanBesideAMarkdownPlanOfTheSameNameIsNotItsMetadata() throws Exception {
    Path md = write("http.md", "### Week 1: One\n\n| Day | Topic | Activity |\n|---|---|---|\n| 1 | a | b |\n");
    Path yaml = write("http.yaml", "name: HTTP\nweeks:\n  - theme: One\n    days:\n      - {topic: a, activity: b}\n");
    assertThat(show(md)).failsWith(1, yaml + ":2:1: error: 'weeks' is a plan's key, so this file is a plan written in"
        + " YAML, not the metadata of the Markdown plan of the same name beside it (metadata has only the keys name,"
        + " short, budget, posts and catalog); rename one of the two, or give this one to --plan");
    // Given as the plan, it is one; the Markdown file beside it plays no part.
    assertThat(new Rustplan(dir.resolve("home")).run("--plan", yaml.toString(), "show", "1", "--json").json()
        .get("topic").asText()).isEqualTo("a");
  }

  @Test
  void aYamlPlansMistakesAreNamedAtTheirKey() throws Exception {
    String head = "weeks:\n  - theme: One\n    days:\n";
    String[][] cases = {
        {"      - {topic: a, activty: b}\n", ":4:20: error: unknown key 'activty' in a day; its keys are activity, budget,"
            + " day, extra, kind, resources, topic"},
        {"      - {activity: b}\n", ":4:9: error: day 1 has no 'topic'; every day has one, as in 'topic: Caching'"},
        {"      - {topic: a, budget: an afternoon}\n", ":4:28: error: budget must be minutes, as in 45, '45 minutes',"
            + " '30-45 minutes' or {min: 30, max: 45}, from 1 to 1440 (a day), got 'an afternoon'"},
        {"      - {topic: a, kind: exam}\n", ":4:26: error: kind must be lesson, practice or capstone, got 'exam'"},
        {"      - topic: [a, b]\n", ":4:16: error: topic must be text, got a list"},
        {"      - just a topic\n", ":4:9: error: a day must be a mapping with 'topic', 'activity' and 'resources', got text"},
    };
    for (String[] c : cases) {
      Path plan = write("bad.yaml", head + c[0]);
      assertThat(show(plan)).as(c[0]).failsWith(1, plan + c[1]);
    }
    Path both = write("both.yaml", "phases: []\nweeks: []\n");
    assertThat(show(both)).failsWith(1, both + ":2:1: error: a plan has 'phases' (each with its weeks) or 'weeks' at the"
        + " top, not both");
    Path typo = write("typo.yaml", "name: X\nweek:\n  - theme: One\n");
    assertThat(show(typo)).failsWith(1, typo + ":2:1: error: unknown key 'week'; a plan written in YAML has the keys"
        + " phases or weeks");
  }
}

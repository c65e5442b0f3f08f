package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan of the same shape on another subject, used through --plan and RUSTPLAN_PLAN. */
class OtherPlanTest {

  @TempDir Path home;

  private static Path sqlPlan() throws Exception {
    return Path.of(OtherPlanTest.class.getResource("/plans/10-days-of-sql.md").toURI());
  }

  @Test
  void showsADayOfTheOtherPlanWithItsOwnCatalog() throws Exception {
    Result result = new Rustplan(home).run("--plan", sqlPlan().toString(), "show", "2");
    assertThat(result).succeeds().out()
        .startsWith("Day 2 of 10 \u00b7 Reading `EXPLAIN`\n")
        .contains("Week    1 \u00b7 How a Query Runs (days 1-4)")
        .contains("Phase   1 \u00b7 Reading Queries (days 1-4)")
        .contains("PostgreSQL documentation \u2014 Using EXPLAIN")
        .contains("https://www.postgresql.org/docs/current/using-explain.html")
        .contains("Use The Index, Luke! by Markus Winand");
  }

  @Test
  void jsonOfTheOtherPlanCarriesItsIdAndKinds() throws Exception {
    Result result = new Rustplan(home).run("show", "10", "--json", "--plan", sqlPlan().toString());
    assertThat(result).succeeds();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("plan").asText()).isEqualTo("10-days-of-sql");
    assertThat(json.get("lastDay").asInt()).isEqualTo(10);
    assertThat(json.get("kind").asText()).isEqualTo("capstone");
    assertThat(json.get("topic").asText()).isEqualTo("Tune a report");
    assertThat(json.get("week").asInt()).isEqualTo(2);
    assertThat(json.get("phaseName").asText()).isEqualTo("Writing Better Queries");
  }

  @Test
  void theEnvironmentVariableSelectsThePlanToo() throws Exception {
    Rustplan rustplan = new Rustplan(home).env("RUSTPLAN_PLAN", sqlPlan().toString());
    assertThat(rustplan.run("plan")).succeeds().out()
        .startsWith("10 Days of SQL\n10 days in 2 weeks and 2 phases\n")
        .containsPattern("Week 1 +days 1-4 +How a Query Runs")
        .containsPattern("Week 2 +days 5-10 +Joins, Windows and Transactions");
    assertThat(rustplan.run("week", "2")).succeeds().out().containsPattern("(?m)^10 ○ +Capstone: Tune a report");
    assertThat(rustplan.run("show", "11")).failsWith(2, "day must be between 1 and 10, got 11");
    assertThat(rustplan.run("week", "3")).failsWith(2, "week must be between 1 and 2, got 3");
    assertThat(rustplan.run("plan", "check")).succeeds().out()
        .endsWith("10-days-of-sql.md: 10 days in 2 weeks and 2 phases; no errors, no warnings\n");
    assertThat(rustplan.run("resources")).succeeds().out()
        .contains("SQL Performance Explained by Markus Winand")
        .contains("https://sql-performance-explained.com/")
        .containsPattern("Partitioning +range and list partitions");
  }

  @Test
  void theGlobalOptionsReachTheEverydayCommandsBeforeOrAfterTheirName() throws Exception {
    String plan = sqlPlan().toString();
    Rustplan rustplan = new Rustplan(home);
    assertThat(rustplan.run("start", "--plan", plan)).succeeds();
    assertThat(rustplan.run("log", "2", "--learned", "EXPLAIN ANALYZE runs the query", "--plan", plan)).succeeds()
        .out().startsWith("Logged to day 2 (Reading `EXPLAIN`): 1 learned.");
    assertThat(rustplan.run("--plan", plan, "done", "1")).succeeds().out().contains("Day 1 done on");
    assertThat(rustplan.run("today", "--plan", plan, "--brief")).succeeds().out()
        .isEqualTo("Day 2/10 \u00b7 Reading `EXPLAIN` \u00b7 day 1 done today \u00b7 streak 1 \u00b7 on schedule\n");
    assertThat(rustplan.run("show", "2", "--plan", plan, "--color", "always")).succeeds().out()
        .contains("\u001b[").contains("EXPLAIN ANALYZE runs the query");
    // The bundled plan's progress was never touched: the notes went to the other plan's.
    assertThat(rustplan.run("show", "2", "--json")).succeeds().out().contains("\"status\" : \"todo\"");
    Result verbose = rustplan.run("log", "--minutes", "many", "--verbose", "--plan", plan);
    assertThat(verbose.exit()).isEqualTo(2);
    assertThat(verbose.err()).startsWith("rustplan: --minutes must be a whole number").contains("at dev.rustplan.cli.command.daily.NoteOptions");
  }

  @Test
  void thePlanOptionWinsOverTheEnvironment() throws Exception {
    Result result = new Rustplan(home).env("RUSTPLAN_PLAN", home.resolve("missing.md").toString())
        .run("--plan", sqlPlan().toString(), "show", "1");
    assertThat(result).succeeds().out().contains("Logical query order");
  }

  @Test
  void aPlanWithoutPhaseHeadingsOrCatalogStillLoads() throws Exception {
    Path plan = home.resolve("mini.md");
    Files.writeString(plan, """
        # Three days of Go

        ### Week 1: Basics

        | Day | Topic | Activity | Resources |
        |---|---|---|---|
        | 1 | Slices | Append until it reallocates | Go spec |
        | 2 | Interfaces | Implement `io.Reader` | Rust Reference |
        | 3 | **Practice:** A CLI | Write `wc` | Hands-on |
        """);
    Rustplan rustplan = new Rustplan(home).env("RUSTPLAN_PLAN", plan.toString());
    assertThat(rustplan.run("plan")).succeeds().out().contains("3 days in 1 week and 1 phase");
    assertThat(rustplan.run("show", "3", "--json")).succeeds().out().contains("\"kind\" : \"practice\"");
    // No resources.yaml beside it: no catalog, so the bundled (Rust) one gives it nothing.
    JsonNode resource = rustplan.run("show", "2", "--json").json().get("resources").get(0);
    assertThat(resource.get("title").asText()).isEqualTo("Rust Reference");
    assertThat(resource.get("url").isNull()).isTrue();
    assertThat(rustplan.run("show", "2")).succeeds().out().doesNotContain("https://");

    // Named on purpose in its metadata, the bundled catalog links what it knows.
    Files.writeString(home.resolve("mini.yaml"), "catalog: bundled\n");
    assertThat(rustplan.run("show", "2")).succeeds().out().contains("https://doc.rust-lang.org/reference/");
    Files.writeString(home.resolve("mini.yaml"), "catalog: rust\n");
    assertThat(rustplan.run("show", "2")).failsWith(1, home.resolve("mini.yaml") + ":1:10: error: catalog must be"
        + " 'bundled' (rustplan's own, for Rust) or 'none'");
  }
}

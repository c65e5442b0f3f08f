package dev.rustplan.cli;

import static dev.rustplan.cli.PlanLayoutsTest.plan;
import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily budget a plan states about itself, not a fixed 30-45 minutes: its metadata file, its
 * front matter, its introduction's sentence, a Time column or a YAML day's budget for one day.
 * `today` shows the plan's (its JSON's `budget`, checked here on days that have none of their own);
 * a day's own is `Plan.budgetOf(day)` and is written out by `plan convert`.
 */
class PlanBudgetTest {

  @TempDir Path dir;

  private String todaysBudget(Path plan) {
    return new Rustplan(dir.resolve("home")).run("--plan", plan.toString(), "today", "--json").json()
        .get("budget").asText();
  }

  private static Plan load(Path plan) {
    return PlanLoader.load(PlanSource.file(plan, "test")).requirePlan();
  }

  @Test
  void theIntroductionsSentenceGivesThePlansBudgetAndATimeColumnEachDaysOwn() {
    Path http = plan("http/http-caching.md");
    Plan plan = load(http);
    // "Plan on about 45 minutes a day." (today shows day 1, which has its own 30 minutes.)
    assertThat(plan.meta().budget()).isEqualTo(new Budget(45, 45));
    assertThat(plan.budgetOf(plan.requireDay(1))).isEqualTo(new Budget(30, 30));
    assertThat(plan.budgetOf(plan.requireDay(2))).isEqualTo(new Budget(45, 60));
    // An empty Time cell: the plan's budget.
    assertThat(plan.requireDay(3).budget()).isNull();
    assertThat(plan.budgetOf(plan.requireDay(3))).isEqualTo(new Budget(45, 45));
    assertThat(plan.budgetOf(plan.requireDay(4))).isEqualTo(new Budget(90, 90)); // "1 h 30"
    assertThat(new Rustplan(dir.resolve("home")).run("--plan", http.toString(), "plan", "convert", "--to", "yaml"))
        .succeeds().out().contains("budget: 45 minutes\n").contains("            budget: 45-60 minutes\n")
        .contains("            budget: 90 minutes\n");
    // "Thirty minutes a day ...: 30 minutes per day."
    assertThat(todaysBudget(plan("music/music-theory.md"))).isEqualTo("30 minutes");
  }

  @Test
  void aFrontMatterBudgetAndTheMetadataFileWhichWins() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("go"));
    Path go = Files.copy(plan("go/go-basics.md"), folder.resolve("go-basics.md"));
    // "budget: 1 hour" in the front matter.
    assertThat(todaysBudget(go)).isEqualTo("60 minutes");
    Files.writeString(folder.resolve("go-basics.yaml"), "budget: 25 minutes\n");
    assertThat(todaysBudget(go)).isEqualTo("25 minutes");
  }

  @Test
  void aYamlPlansBudgetAndItsDaysOwn() {
    Path k8s = plan("kubernetes/kubernetes.yaml");
    assertThat(todaysBudget(k8s)).isEqualTo("45-60 minutes");
    Plan plan = load(k8s);
    assertThat(plan.requireDay(1).budget()).isNull();
    assertThat(plan.budgetOf(plan.requireDay(2))).isEqualTo(new Budget(90, 90));
    assertThat(plan.budgetOf(plan.requireDay(4))).isEqualTo(new Budget(60, 120));
    Plan spanish = load(plan("spanish/spanish.yaml"));
    assertThat(spanish.budgetOf(spanish.requireDay(3))).isEqualTo(new Budget(30, 30)); // "budget: 30", minutes
    assertThat(spanish.meta().budget()).isEqualTo(new Budget(20, 20));
  }

  @Test
  void aPlanThatStatesNoBudgetKeepsTheDefault() throws Exception {
    Path plan = Files.writeString(dir.resolve("plain.md"), """
        # Plain

        Read every day, 3 chapters a day.

        ### Week 1: One

        | Day | Topic | Activity |
        |---|---|---|
        | 1 | a | b |
        """);
    assertThat(todaysBudget(plan)).isEqualTo("30-45 minutes");
  }

  @Test
  void aBudgetRustplanCannotReadIsRefusedWhereItIsWritten() throws Exception {
    Path front = Files.writeString(dir.resolve("front.md"), """
        ---
        budget: an afternoon
        ---
        ### Week 1: One

        | Day | Topic | Activity |
        |---|---|---|
        | 1 | a | b |
        """);
    assertThat(new Rustplan(dir.resolve("home")).run("--plan", front.toString(), "today")).failsWith(1,
        front + ":2:1: error: the front matter's budget 'an afternoon' is not a duration rustplan can read; write"
            + " minutes as '45 minutes', '30-45 minutes' or '1 hour'");
    Path cell = Files.writeString(dir.resolve("cell.md"), """
        ### Week 1: One

        | Day | Topic | Activity | Time |
        |---|---|---|---|
        | 1 | a | b | after lunch |
        """);
    assertThat(new Rustplan(dir.resolve("home")).run("--plan", cell.toString(), "show", "1")).failsWith(1,
        cell + ":5:15: error: the Time cell 'after lunch' is not a duration rustplan can read; write minutes as 45,"
            + " 45 min, 30-45 min or 1 h 30 (at most a day)");
  }
}

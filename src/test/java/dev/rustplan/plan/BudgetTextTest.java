package dev.rustplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.PlanMeta.Budget;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A budget as plans write it in words: a Time cell, a front-matter value, a sentence. */
class BudgetTextTest {

  private static Optional<Budget> budget(int min, int max) {
    return Optional.of(new Budget(min, max));
  }

  @Test
  void aCellOrValueIsMinutesHoursOrARangeOfThem() {
    assertThat(BudgetText.parse("45")).isEqualTo(budget(45, 45));
    assertThat(BudgetText.parse("45 min")).isEqualTo(budget(45, 45));
    assertThat(BudgetText.parse("~45 minutes")).isEqualTo(budget(45, 45));
    assertThat(BudgetText.parse("30-45")).isEqualTo(budget(30, 45));
    assertThat(BudgetText.parse("30\u201345 min")).isEqualTo(budget(30, 45));
    assertThat(BudgetText.parse("30 to 45 minutes")).isEqualTo(budget(30, 45));
    assertThat(BudgetText.parse("1 h")).isEqualTo(budget(60, 60));
    assertThat(BudgetText.parse("1.5 hours")).isEqualTo(budget(90, 90));
    assertThat(BudgetText.parse("1h30")).isEqualTo(budget(90, 90));
    assertThat(BudgetText.parse("1 h 30 min")).isEqualTo(budget(90, 90));
    assertThat(BudgetText.parse("1-2 hours")).isEqualTo(budget(60, 120));
    assertThat(BudgetText.parse("45 min - 1 h")).isEqualTo(budget(45, 60));
    assertThat(BudgetText.parse("an hour")).isEqualTo(budget(60, 60));
    assertThat(BudgetText.parse("**20 min**")).isEqualTo(budget(20, 20));
  }

  @Test
  void anythingElseIsNoBudget() {
    for (String text : new String[] {"", "after lunch", "0 min", "45-30 min", "25 hours", "1.5", "3 chapters", "Day 1"}) {
      assertThat(BudgetText.parse(text)).as(text).isEmpty();
    }
  }

  @Test
  void aSentenceSaysHowLongADayTakes() {
    assertThat(BudgetText.inProse("Plan on about 45 minutes a day.")).isEqualTo(budget(45, 45));
    assertThat(BudgetText.inProse("Spend 30-45 minutes daily on it")).isEqualTo(budget(30, 45));
    assertThat(BudgetText.inProse("An hour per day is enough")).isEqualTo(budget(60, 60));
    assertThat(BudgetText.inProse("20 min/day")).isEqualTo(budget(20, 20));
    // A figure without a unit, or a count of something else, is not a budget.
    assertThat(BudgetText.inProse("100 days of Rust, 3 chapters a day")).isEmpty();
    assertThat(BudgetText.inProse("Solve 2 problems per day")).isEmpty();
  }
}

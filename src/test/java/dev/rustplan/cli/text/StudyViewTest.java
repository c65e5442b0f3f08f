package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.cli.Env;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.testing.Golden;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/** The live line of `rustplan study`, as a string: the bar toward the budget, its marks, the time, the keys. */
class StudyViewTest {

  private static final Budget BUNDLED = new Budget(30, 45);

  private static String line(int seconds, boolean paused, Budget budget, int width) {
    return StudyView.line(Duration.ofSeconds(seconds), paused, budget, width, Style.PLAIN);
  }

  @Test
  void theLineAt80ColumnsThroughASession() {
    StringJoiner screens = new StringJoiner("\n", "", "\n");
    int[] moments = {0, 59, 12 * 60 + 34, 29 * 60 + 59, 30 * 60, 40 * 60, 45 * 60, 80 * 60, 3600 + 2 * 60 + 3};
    for (int seconds : moments) {
      screens.add(line(seconds, false, BUNDLED, 80));
    }
    screens.add(line(20 * 60, true, BUNDLED, 80));
    screens.add(line(20 * 60, false, new Budget(60, 60), 80));
    screens.add(line(20 * 60, false, new Budget(45, 90), 80));
    for (String l : screens.toString().split("\n")) {
      assertThat(TextWrap.width(l)).as(l).isEqualTo(l.contains("resume") ? 79 : 78);
    }
    assertThat(line(1200, true, BUNDLED, 80).indexOf("│ 30-45")).isEqualTo(line(1200, false, BUNDLED, 80).indexOf("│ 30-45"));
    Golden.assertMatches("study-line-80", screens.toString());
  }

  @Test
  void theBarFillsAsTheTimeGoesAndTheShorterMarkSitsWhereItsMinutesFall() {
    // 45 cells and a mark: one cell a minute; the mark after the 30th.
    String bar = StudyView.bar(Duration.ofMinutes(10), false, BUNDLED, 46, Style.PLAIN);
    assertThat(bar).isEqualTo("│" + "█".repeat(10) + "░".repeat(20) + "│" + "░".repeat(15) + "│");
    assertThat(StudyView.bar(Duration.ofMinutes(31), false, BUNDLED, 46, Style.PLAIN))
        .isEqualTo("│" + "█".repeat(30) + "│" + "█" + "░".repeat(14) + "│");
    assertThat(StudyView.bar(Duration.ofMinutes(99), false, BUNDLED, 46, Style.PLAIN))
        .isEqualTo("│" + "█".repeat(30) + "│" + "█".repeat(15) + "│");
    assertThat(StudyView.bar(Duration.ofMinutes(15), false, new Budget(30, 30), 30, Style.PLAIN))
        .isEqualTo("│" + "█".repeat(15) + "░".repeat(15) + "│");
  }

  @Test
  void narrowScreensGiveUpTheKeysThenTheBudgetButKeepTheBar() {
    for (int width = 20; width <= 200; width++) {
      assertThat(TextWrap.width(line(754, false, BUNDLED, width))).as("at %d columns", width)
          .isLessThanOrEqualTo(Math.max(width - 1, 28));
    }
    assertThat(line(754, false, BUNDLED, 50)).endsWith("30-45 min").doesNotContain("Enter");
    assertThat(line(754, false, BUNDLED, 30)).startsWith("Studying 12:34 │").endsWith("│");
  }

  @Test
  void colourWhereOtherCommandsUseItAndTheSameColumns() {
    Env env = new Env(Map.of(), Clock.systemUTC(), new ByteArrayInputStream(new byte[0]), true);
    Style colour = Style.decide(ColorMode.ALWAYS, env);
    String short0f = StudyView.line(Duration.ofMinutes(10), false, BUNDLED, 80, colour);
    String within = StudyView.line(Duration.ofMinutes(35), false, BUNDLED, 80, colour);
    String paused = StudyView.line(Duration.ofMinutes(35), true, BUNDLED, 80, colour);
    assertThat(short0f).contains("\u001b[33m█").isNotEqualTo(line(600, false, BUNDLED, 80));
    assertThat(within).contains("\u001b[32m█");
    assertThat(paused).contains("\u001b[2m█");
    assertThat(TextWrap.width(short0f)).isEqualTo(78);
    assertThat(within.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(line(35 * 60, false, BUNDLED, 80));
  }

  @Test
  void elapsedTimes() {
    assertThat(StudyView.elapsed(Duration.ZERO)).isEqualTo("0:00");
    assertThat(StudyView.elapsed(Duration.ofSeconds(754))).isEqualTo("12:34");
    assertThat(StudyView.elapsed(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    assertThat(StudyView.elapsed(Duration.ofSeconds(36000 + 600))).isEqualTo("10:10:00");
  }
}

package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables that fit the terminal: columns that give way, else a block for each row; never a broken word. */
class TextTableTest {

  private static TextTable week() {
    return new TextTable("Day", "Topic", "Activity", "Resources")
        .row("8 ●", "Drop order and drop guarantees", "Understand struct field drop order, `ManuallyDrop`", "Rustonomicon")
        .row("12 ○", "Atomic types and memory ordering", "`Ordering::SeqCst` vs `Acquire/Release`", "RfR Ch. 1");
  }

  @Test
  void theWidestColumnsGiveWayFirst() {
    assertThat(week().render(70)).isEqualTo("""
        Day   Topic                     Activity                  Resources
        ────  ────────────────────────  ────────────────────────  ────────────
        8 ●   Drop order and drop       Understand struct field   Rustonomicon
              guarantees                drop order,
                                        `ManuallyDrop`
        12 ○  Atomic types and memory   `Ordering::SeqCst` vs     RfR Ch. 1
              ordering                  `Acquire/Release`
        """);
  }

  @Test
  void tooNarrowForAWordMakesBlocks() {
    assertThat(week().fits(40)).isFalse();
    assertThat(week().render(40)).isEqualTo("""
        8 ●   Drop order and drop guarantees
              Activity   Understand struct field
                         drop order,
                         `ManuallyDrop`
              Resources  Rustonomicon

        12 ○  Atomic types and memory ordering
              Activity   `Ordering::SeqCst` vs
                         `Acquire/Release`
              Resources  RfR Ch. 1

        """);
  }

  @Test
  void alignsNumbersToTheRight() {
    assertThat(new TextTable("Week", "Minutes").alignRight(1).row("1", "125").row("2", "0").render(80)).isEqualTo("""
        Week  Minutes
        ────  ───────
        1         125
        2           0
        """);
  }
}

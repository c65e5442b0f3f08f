package dev.rustplan.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** picocli's help wrapped as every screen is: descriptions beside their options, usage under the command. */
class HelpWidthTest {

  @Test
  void anOptionsDescriptionGoesOnBesideItsNames() {
    String help = "      --plan=FILE    Use this plan file instead of the bundled one (also: RUSTPLAN_PLAN).\n";
    assertThat(HelpWidth.reflow(help, 50, -1)).isEqualTo("""
              --plan=FILE    Use this plan file instead of
                             the bundled one (also:
                             RUSTPLAN_PLAN).
        """);
  }

  @Test
  void theUsageGoesOnUnderTheCommandAndAnExampleUnderItself() {
    assertThat(HelpWidth.reflow("Usage: rustplan log [OPTIONS] [DAY] [--learned=TEXT]\n", 40, 16)).isEqualTo("""
        Usage: rustplan log [OPTIONS] [DAY]
                        [--learned=TEXT]
        """);
    assertThat(HelpWidth.reflow("  rustplan log --learned \"repr(C) fixes field order\" --minutes 40\n", 40, -1))
        .isEqualTo("""
              rustplan log --learned "repr(C) fixes
                field order" --minutes 40
            """);
  }

  @Test
  void linesThatFitAreLeftAlone() {
    String help = "Exit status:\n  0     done as asked\n\n";
    assertThat(HelpWidth.reflow(help, 40, -1)).isEqualTo(help);
  }
}

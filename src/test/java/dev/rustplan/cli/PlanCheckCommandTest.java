package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rustplan plan check` on the bundled plan: exactly its known flaws, as warnings: the three
 * headings and log rows that disagree with the rows, and the two templates whose nested fences
 * GitHub shows broken.
 */
class PlanCheckCommandTest {

  @TempDir Path home;

  @Test
  void theBundledPlanHasExactlyFiveWarningsAndNoError() {
    Result result = new Rustplan(home).run("plan", "check");
    assertThat(result).succeeds().out().isEqualTo(
        "plan/100-days-of-rust.md:38:1: warning: phase 1 'Foundations of Mastery' says days 1-15,"
            + " but its weeks' rows hold days 1-14; rustplan follows the rows\n"
            + "plan/100-days-of-rust.md:66:1: warning: phase 2 'Traits & Type System Mastery' says days 16-35,"
            + " but its weeks' rows hold days 15-35; rustplan follows the rows\n"
            + "plan/100-days-of-rust.md:273:1: warning: the ```markdown block here holds fenced blocks of its own,"
            + " so GitHub and other CommonMark renderers end it at line 282 and show the rest as code (rustplan reads"
            + " it whole); open and close it with ```` (lines 273 and 291)\n"
            + "plan/100-days-of-rust.md:311:1: warning: the ```markdown block here holds fenced blocks of its own,"
            + " so GitHub and other CommonMark renderers end it at line 342 and show the rest as code (rustplan reads"
            + " it whole); open and close it with ```` (lines 311 and 374)\n"
            + "plan/100-days-of-rust.md:393:1: warning: the progress log calls week 10 'Advanced Unsafe & FFI',"
            + " but its heading (line 159) says 'Advanced Unsafe'\n"
            + "plan/100-days-of-rust.md: 100 days in 14 weeks and 6 phases; no errors, 5 warnings\n");
  }
}

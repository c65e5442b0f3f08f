package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan plan check` on the bundled plan: exactly its three known flaws, as warnings. */
class PlanCheckCommandTest {

  @TempDir Path home;

  @Test
  void theBundledPlanHasExactlyThreeWarningsAndNoError() {
    Result result = new Rustplan(home).run("plan", "check");
    assertThat(result).succeeds().out().isEqualTo(
        "plan/100-days-of-rust.md:38:1: warning: phase 1 'Foundations of Mastery' says days 1-15,"
            + " but its weeks' rows hold days 1-14; rustplan follows the rows\n"
            + "plan/100-days-of-rust.md:66:1: warning: phase 2 'Traits & Type System Mastery' says days 16-35,"
            + " but its weeks' rows hold days 15-35; rustplan follows the rows\n"
            + "plan/100-days-of-rust.md:393:1: warning: the progress log calls week 10 'Advanced Unsafe & FFI',"
            + " but its heading (line 159) says 'Advanced Unsafe'\n"
            + "plan/100-days-of-rust.md: 100 days in 14 weeks and 6 phases; no errors, 3 warnings\n");
  }
}

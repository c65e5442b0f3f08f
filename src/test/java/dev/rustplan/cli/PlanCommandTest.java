package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan plan` and `rustplan resources` on the bundled plan. */
class PlanCommandTest {

  @TempDir Path home;

  @Test
  void overviewFitsOneScreenWithPhasesWeeksRangesAndThemes() {
    Result result = new Rustplan(home).run("plan");
    assertThat(result).succeeds().out()
        // The bundled plan is named by its metadata file, not by the blog post it came in.
        .startsWith("100 Days of Rust\n100 days in 14 weeks and 6 phases\n")
        .contains("Phase 1 \u00b7 Foundations of Mastery \u00b7 days 1-14 (its heading says 1-15)")
        .contains("Phase 2 \u00b7 Traits & Type System Mastery \u00b7 days 15-35 (its heading says 16-35)")
        .contains("Phase 3 \u00b7 Async Rust Mastery \u00b7 days 36-55\n")
        .containsPattern("Week 3 +days 15-21 +Advanced Trait Patterns")
        .containsPattern("Week 8 +days 50-55 +Advanced Async Patterns")
        .containsPattern("Week 10 +days 63-70 +Advanced Unsafe\n")
        .containsPattern("Week 12 +days 78-85 +Web Frameworks & Serde")
        .containsPattern("Week 14 +days 93-100 +Performance Patterns");
    assertThat(result.out().lines().count()).isLessThanOrEqualTo(40);
  }

  @Test
  void resourcesListPrimaryResourcesReadingListBonusTopicsAndTips() {
    Result result = new Rustplan(home).run("resources");
    assertThat(result).succeeds().out()
        .contains("Primary resources\n  • Rust for Rustaceans by Jon Gjengset (RfR)\n")
        .contains("https://doc.rust-lang.org/reference/")
        .contains("https://www.youtube.com/@jonhoo")
        .contains("Reading list: books")
        .contains("Rust Atomics and Locks by Mara Bos - Concurrency deep dive")
        .contains("https://marabos.nl/atomics/")
        .contains("Reading list: blog posts and videos")
        .contains("https://fasterthanli.me/articles/pin-and-suffering")
        .contains("Reading list: RFCs")
        .contains("RFC 2349 - Pin")
        .contains("https://github.com/rust-lang/rfcs/blob/master/text/2349-pin.md")
        .contains("Bonus topics")
        .containsPattern("Procedural macros +`proc-macro2`, `syn`, `quote`")
        .containsPattern("Formal verification +Prusti, Creusot")
        // The Tips come after Appendix C's nested ```rust fence: read only if that fence is read whole.
        .contains("Tips for success")
        .contains("1. Code every day: Reading isn't enough.")
        .contains("7. Revisit hard topics: Some concepts need multiple passes.");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"plan", "--help"}, {"plan", "check", "--help"}, {"show", "--help"},
        {"week", "--help"}, {"resources", "--help"}}) {
      assertThat(new Rustplan(home).run(args)).succeeds().out().startsWith("Usage: rustplan " + args[0]);
    }
  }
}

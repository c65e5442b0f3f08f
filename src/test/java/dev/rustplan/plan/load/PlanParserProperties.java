package dev.rustplan.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.RustplanException;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Arbitrary text as a plan file: the loader either gives a plan or reports errors (each one line
 * with its place), and a command asking for the plan gets one RustplanException; nothing else.
 */
class PlanParserProperties {

  private static final List<String> TOKENS = List.of(
      "# A plan", "## Phase 1: Start (Days 1-4)", "## Phase 9: Late (Days 90-1)", "### Week 1: First",
      "### Week 0: None", "### Week 99999999999: Big", "| Day | Topic | Activity | Resource |",
      "|-----|-------|----------|----------|", "| 1 | Topic | Activity | RfR Ch. 1 |", "| 2 | **Practice:** x | y | z |",
      "| -3 | a | b | c |", "| 99999999999999999999 | a | b | c |", "| x | | |", "| 1 |", "|||||", "```", "````markdown",
      "---", "+++", "title = \"x\"", "title: [", "**Primary Resources:**", "- 📘 *Book* by Someone",
      "## Appendix E: Progress Log", "| Week | Days | Theme |", "| 1 | 1-99999999999 | x |", "| 1 | 7-1 | x |",
      "## Appendix C: Daily Study Template", "## Tips for Success", "<!-- comment", "-->", "Ã©Ã¨ â€™", "\uF8FF",
      "   ", "\t| 1 | a | b | c |", "> | 1 | a | b | c |",
      // The other layouts: emoji headings, blocks of weeks, columns in any order, days as text.
      "## \uD83C\uDF31 Phase 1: Start (Days 1-4) \uD83D\uDE80", "## Week 1 \u2014 Basics", "### Week 2-3: Both",
      "### Weeks 99999999999-1: Odd", "| Topic | Day | Time | Notes |", "| x | D1 | 45 min | n |", "| x | Day 2. | 9999 h | |",
      "### Day 1: Intro (45 min)", "### Days 1-2: Both", "**Day 2 \u2014 Lines**", "- **Day 3:** Circles \u2014 draw",
      "- **Activity:** draw", "- **Resources:**", "  - [A, B](https://x.org/a)", "**Time:** an afternoon",
      "#### Reading", "budget: 1 hour", "about 45 minutes a day", "[x](<https://a b>)", "<https://x.org>", "a; b, c");

  private static final String SQL = read("src/test/resources/plans/10-days-of-sql.md");
  private static final String BUNDLED = read("plan/100-days-of-rust.md");
  private static final String MUSIC = read("src/test/resources/plans/music/music-theory.md");
  private static final String HTTP = read("src/test/resources/plans/http/http-caching.md");

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void aMutatedSmallPlanLoadsOrIsReported(@ForAll("smallPlans") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 40, shrinking = ShrinkingMode.OFF)
  void aMutatedBundledPlanLoadsOrIsReported(@ForAll("bundledPlans") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void arbitraryTextOrBytesLoadOrAreReported(@ForAll("noise") byte[] bytes) {
    check(bytes);
  }

  @Property(tries = 150, shrinking = ShrinkingMode.OFF)
  void aMutatedPlanOfAnotherLayoutLoadsOrIsReported(@ForAll("otherLayouts") String text) {
    check(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> otherLayouts() {
    return Arbitraries.oneOf(Mutations.of(MUSIC, TOKENS), Mutations.of(HTTP, TOKENS));
  }

  @Provide
  Arbitrary<String> smallPlans() {
    return Mutations.of(SQL, TOKENS);
  }

  @Provide
  Arbitrary<String> bundledPlans() {
    return Mutations.of(BUNDLED, TOKENS);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(3000).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3000));
  }

  private static void check(byte[] bytes) {
    Path file;
    try {
      file = Files.createTempFile("plan", ".md");
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      PlanReport report = PlanLoader.load(PlanSource.file(file, "--plan"));
      assertThat(report.plan().isPresent() || !report.errors().isEmpty()).isTrue();
      report.diagnostics().forEach(d -> assertThat(d.format()).doesNotContain("\n").startsWith(file + ":"));
      try {
        report.requirePlan();
      } catch (RustplanException e) {
        assertThat(report.plan()).isEmpty();
        assertThat(e.getMessage()).isNotBlank();
      }
    } finally {
      try {
        Files.delete(file);
      } catch (IOException e) {
        // A leftover temporary file is harmless.
      }
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.rustplan.plan.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.Appendices;
import dev.rustplan.plan.Day;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pre-pass that lets a ```markdown template hold a ```rust block, keeping every line in place. */
class NestedFencesTest {

  @Test
  void lengthensAnOuterFenceWhoseBodyOpensAndClosesAnInfoStringFence() {
    List<String> lines = List.of(
        "```markdown", "## Day N", "```rust", "// code", "```", "### Questions", "```", "", "## Tips");
    assertThat(NestedFences.repair(lines)).containsExactly(
        "````markdown", "## Day N", "```rust", "// code", "```", "### Questions", "````", "", "## Tips");
  }

  @Test
  void reportsWhereARendererWithoutThePrePassWouldEndTheOuterBlock() {
    List<String> lines = List.of(
        "```markdown", "## Day N", "```rust", "// code", "```", "### Questions", "```", "", "## Tips");
    List<NestedFences.Repair> repairs = new java.util.ArrayList<>();
    NestedFences.repair(lines, repairs);
    assertThat(repairs).containsExactly(new NestedFences.Repair(1, 5, 7, "```markdown", "````"));
    NestedFences.repair(List.of("```", "text", "```"), repairs);
    assertThat(repairs).hasSize(1);
  }

  @Test
  void leavesOrdinaryFencesAlone() {
    List<String> lines = List.of("```", "text", "```", "```rust", "fn main() {}", "```");
    assertThat(NestedFences.repair(lines)).isEqualTo(lines);
  }

  @Test
  void unbalancedNestingFallsBackToCommonMark() {
    // The ```rust line is only text here: nothing closes the outer block after the inner one.
    List<String> lines = List.of("```text", "```rust", "```", "after");
    assertThat(NestedFences.repair(lines)).isEqualTo(lines);
  }

  @Test
  void theLoaderReadsTheTemplateWholeAndWhatFollowsIt() {
    PlanMarkdown md = PlanMarkdown.parse(String.join("\n",
        "+++", "title = \"x\"", "+++", "## Appendix C: Daily Practice Template", "",
        "```markdown", "## Day N", "```rust", "// code", "```", "```", "", "## Tips for Success", "", "1. **Code**: daily"));
    List<Section> sections = Section.split(md.document());
    Appendices appendices = new AppendixReader(md).read(sections);
    assertThat(appendices.dailyTemplate()).isEqualTo("## Day N\n```rust\n// code\n```\n");
    assertThat(appendices.tips()).containsExactly("**Code**: daily");
    assertThat(md.frontMatter().title()).contains("x");
    assertThat(PlanMarkdown.line(sections.get(sections.size() - 1).heading().orElseThrow())).isEqualTo(13);
  }
}

package dev.rustplan.cli;

import static dev.rustplan.cli.PlanLayoutsTest.plan;
import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `rustplan plan convert FILE [--to md|yaml]`: any plan rustplan reads, printed in its canonical
 * Markdown or YAML, which rustplan reads back as the same days, weeks, phases, resources and
 * budgets.
 */
class PlanConvertCommandTest {

  @TempDir Path dir;

  private Rustplan rustplan() {
    return new Rustplan(dir.resolve("home"));
  }

  /** Converts a plan and saves the result in a folder of its own (so that no catalog or metadata is beside it). */
  private Path convert(Path from, String to, String name) throws Exception {
    Result result = from == null ? rustplan().run("plan", "convert", "--to", to)
        : rustplan().run("plan", "convert", from.toString(), "--to", to);
    assertThat(result).succeeds();
    return Files.writeString(Files.createDirectories(dir.resolve(name)).resolve(name + "." + to), result.out());
  }

  /**
   * What a learner sees of each day, as `show --json` has it: its place, text, kind, and each
   * resource's title and link (of the bundled plan when {@code plan} is null).
   */
  private List<String> days(Path plan, int days) {
    Rustplan r = rustplan();
    return IntStream.rangeClosed(1, days).mapToObj(d -> {
      String day = Integer.toString(d);
      JsonNode j = (plan == null ? r.run("show", day, "--json") : r.run("--plan", plan.toString(), "show", day, "--json"))
          .json();
      StringBuilder sb = new StringBuilder();
      for (String key : List.of("day", "lastDay", "topic", "activity", "kind", "week", "weekTheme", "phase", "phaseName")) {
        sb.append(j.get(key).asText()).append(" | ");
      }
      j.get("resources").forEach(res -> sb.append(res.get("title").asText()).append(" <").append(res.get("url").asText())
          .append("> "));
      return sb.toString();
    }).toList();
  }

  @Test
  void theBundledPlanConvertsToCanonicalMarkdownThatReadsTheSame() throws Exception {
    Result md = rustplan().run("plan", "convert");
    assertThat(md).succeeds().out()
        .startsWith("---\nbudget: 30-45 minutes\n---\n\n# 100 Days of Rust\n\n**Primary Resources:**\n")
        .contains("## Phase 1: Foundations of Mastery (Days 1-14)\n\n### Week 1: Memory Layout & Representations"
            + " (Days 1-7)\n\n| Day | Topic | Activity | Resources |\n|---|---|---|---|\n")
        // The catalog's links are written out, so that the file keeps them anywhere.
        .contains("| 9 | `Pin` fundamentals | Why `Pin` exists, self-referential structs problem | [Rust for Rustaceans, by"
            + " Jon Gjengset (No Starch Press, 2021) — Chapter 8: Asynchronous Programming](https://nostarch.com/rust-rustaceans),"
            + " [The Rustonomicon: The Dark Arts of Unsafe Rust](https://doc.rust-lang.org/nomicon/) |\n")
        .contains("| 7 | **Practice:** Build a memory inspector |")
        // Templates in a fence longer than the ones they hold: GitHub reads them whole too.
        .contains("## Appendix C: Daily Practice Template\n\n````markdown\n## Day N: [Topic]\n");
    Path converted = Files.writeString(Files.createDirectories(dir.resolve("md")).resolve("rust.md"), md.out());
    assertThat(rustplan().run("plan", "check", converted.toString())).succeeds().out()
        .isEqualTo(converted + ": 100 days in 14 weeks and 6 phases; no errors, no warnings\n");
    assertThat(days(converted, 100)).isEqualTo(days(null, 100));
  }

  @Test
  void everyDayReadsTheSameAfterAConversionEitherWay() throws Exception {
    Path bundled = convert(null, "yaml", "rust");
    List<String> original = days(null, 100);
    assertThat(days(bundled, 100)).isEqualTo(original);
    Path markdown = convert(bundled, "md", "rust-again");
    assertThat(days(markdown, 100)).isEqualTo(original);
    for (String layout : List.of("http/http-caching.md", "music/music-theory.md", "statistics/statistics.md",
        "kubernetes/kubernetes.yaml", "spanish/spanish.yaml")) {
      Path source = plan(layout);
      int count = rustplan().run("--plan", source.toString(), "show", "1", "--json").json().get("lastDay").asInt();
      String name = layout.substring(0, layout.indexOf('/'));
      assertThat(days(convert(source, "yaml", name + "-yaml"), count)).as(layout).isEqualTo(days(source, count));
      assertThat(days(convert(source, "md", name + "-md"), count)).as(layout).isEqualTo(days(source, count));
    }
  }

  @Test
  void theYamlKeepsBudgetsExtrasBlocksOfWeeksAndKinds() throws Exception {
    Result yaml = rustplan().run("plan", "convert", plan("go/go-basics.md").toString(), "--to", "yaml");
    assertThat(yaml).succeeds().out()
        .startsWith("name: Go in Four Weeks\nshort: go-basics\nbudget: 60 minutes\n")
        .contains("weeks:\n  - week: 1\n    theme: Language Basics\n")
        .contains("  - week: 2-3\n    theme: Interfaces and Concurrency\n")
        .contains("        kind: capstone\n");
    Result http = rustplan().run("plan", "convert", plan("http/http-caching.md").toString());
    assertThat(http).succeeds().out()
        .contains("| Day | Topic | Activity | Resources | Time | Deliverable |\n")
        .contains("| 4 | **Practice:** A caching proxy | Put nginx in front of an app and watch `X-Cache-Status` |"
            + " *Use The Index, Luke* (for the database behind it); nginx docs | 90 minutes | A working proxy |\n");
  }

  @Test
  void aBadFormatOrAPlanWithErrorsIsRefusedOnOneLine() throws Exception {
    assertThat(rustplan().run("plan", "convert", "--to", "xml")).failsWith(2, "rustplan: --to must be one of md, yaml,"
        + " got 'xml'");
    Path broken = Files.writeString(dir.resolve("broken.md"), "# Notes\n");
    assertThat(rustplan().run("plan", "convert", broken.toString())).failsWith(1, broken + ":1:1: error: no days found");
    assertThat(rustplan().run("plan", "convert", dir.resolve("missing.md").toString()))
        .failsWith(2, "plan file not found: " + dir.resolve("missing.md") + " (plan convert)");
    assertThat(rustplan().run("plan", "convert", "--help")).succeeds().out().startsWith("Usage: rustplan plan convert")
        .contains("Examples:");
  }
}

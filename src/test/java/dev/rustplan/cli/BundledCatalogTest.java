package dev.rustplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.plan.Day;
import dev.rustplan.plan.Plan;
import dev.rustplan.plan.PlanSource;
import dev.rustplan.plan.load.PlanLoader;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled plan's links where its catalog used to fall short: a generic name ("Crate docs",
 * "Rust docs", "source code") means the page of the day's subject, and "Rust blog posts on NLL"
 * keeps its words and links the post.
 */
class BundledCatalogTest {

  @TempDir Path home;

  private List<String> links(int day) {
    JsonNode json = new Rustplan(home).run("show", Integer.toString(day), "--json").json();
    List<String> out = new ArrayList<>();
    json.get("resources").forEach(r -> out.add(r.get("title").asText() + " <" + r.get("url").asText() + ">"));
    return out;
  }

  @Test
  void genericNamesLinkThePageOfTheDaysSubject() {
    assertThat(links(22)).containsExactly("The Rust Programming Language Blog \u2014 Non-lexical lifetimes (NLL) fully"
        + " stable, by Niko Matsakis (2022) <https://blog.rust-lang.org/2022/08/05/nll-by-default.html>");
    assertThat(links(43)).containsExactly("Tokio API documentation <https://docs.rs/tokio/latest/tokio/>",
        "Tokio source code <https://github.com/tokio-rs/tokio>");
    assertThat(links(50)).containsExactly("Blog posts <null>",
        "async-trait crate documentation (docs.rs) <https://docs.rs/async-trait/latest/async_trait/>");
    // Day 84 is about two crates: "Crate docs" links both.
    assertThat(links(84)).containsExactly("anyhow crate documentation (docs.rs) <https://docs.rs/anyhow/latest/anyhow/>",
        "thiserror crate documentation (docs.rs) <https://docs.rs/thiserror/latest/thiserror/>");
    assertThat(links(94)).containsExactly("The rustc book: Profile-guided Optimization"
        + " <https://doc.rust-lang.org/rustc/profile-guided-optimization.html>");
    assertThat(links(95)).containsExactly("Module std::simd: portable SIMD (nightly-only)"
        + " <https://doc.rust-lang.org/std/simd/index.html>", "Compiler Explorer (godbolt.org) <https://godbolt.org/>");
    assertThat(links(98)).containsExactly("bumpalo crate documentation (docs.rs) <https://docs.rs/bumpalo/latest/bumpalo/>");
    // No day links a home page where the catalog has the day's own.
    for (int day : List.of(22, 43, 50, 84, 94, 95, 98)) {
      assertThat(links(day)).as("day %d", day).noneMatch(l -> l.endsWith("<https://docs.rs/>")
          || l.endsWith("<https://doc.rust-lang.org/>") || l.endsWith("<https://blog.rust-lang.org/>"));
    }
  }

  @Test
  void aDaysResourceWordsAreItsCellAsWrittenWhenItHoldsNoLinks() {
    Plan plan = PlanLoader.load(PlanSource.bundled()).requirePlan();
    for (Day day : plan.days()) {
      assertThat(day.resourceWords()).as("day %d", day.number()).isEqualTo(day.resourceText());
    }
    Plan http = PlanLoader.load(PlanSource.file(PlanLayoutsTest.plan("http/http-caching.md"), "test")).requirePlan();
    assertThat(http.requireDay(1).resourceWords()).isEqualTo("MDN: HTTP caching, RFCs");
    assertThat(http.requireDay(5).resourceWords()).isEqualTo("Cloudflare docs; \"Caching, and how to purge it\" (Fastly blog)");
  }
}

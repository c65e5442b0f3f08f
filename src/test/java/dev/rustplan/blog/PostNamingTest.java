package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.plan.PlanMeta;
import dev.rustplan.plan.PlanMeta.Budget;
import dev.rustplan.plan.PlanMeta.Posts;
import dev.rustplan.testing.ParsedPost;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A post's title, file name and tags come from the plan's metadata, and read back as written. */
class PostNamingTest {

  private static final String FRONT =
      "{{#yaml}}---\ntitle: {{titleQuoted}}\ntags: {{tagsYaml}}\n---\n{{/yaml}}"
          + "{{#toml}}+++\ntitle = {{titleQuoted}}\ntags = {{tagsToml}}\n+++\n{{/toml}}"
          + "{{planName}} ({{planShort}}):{{#tags}} {{.}}{{/tags}}\n";

  private static final List<String> AWKWARD_TAGS =
      List.of("rust", "100-days-of-rust", "2026", "yes", "Off", "null", "1e3", "2026-03-08", "c++", "say \"hi\"", "a: b", "#1");

  private static PlanMeta meta(String title, List<String> tags) {
    return new PlanMeta("Go, $1 \\ Briefly", "go-briefly", new Budget(10, 20), new Posts(title, tags));
  }

  @Test
  void theTitleFillsEveryPlaceholderAndTheFileNameUsesTheShortName() {
    WeekPost post = Weeks.withPlan(Weeks.weekOne(FrontMatter.YAML), meta("{name} | {short} | {week} | {theme} | {other}", List.of()));

    assertThat(post.title()).isEqualTo("Go, $1 \\ Briefly | go-briefly | 1 | Memory Layout & Representations | {other}");
    assertThat(post.fileName()).isEqualTo("2026-03-08-go-briefly-week-1.md");
  }

  @Test
  void theBundledPlansPostsAreNamedAsBefore() {
    WeekPost post = Weeks.weekOne(FrontMatter.YAML);

    assertThat(post.title()).isEqualTo("100 Days of Rust: Week 1 - Memory Layout & Representations");
    assertThat(post.fileName()).isEqualTo("2026-03-08-100-days-of-rust-week-1.md");
  }

  @ParameterizedTest
  @EnumSource(FrontMatter.class)
  void tagsReadBackAsTheTextTheyWereInBothStyles(FrontMatter style) {
    WeekPost post = Weeks.withPlan(Weeks.weekOne(style), meta("{name}: {week}", AWKWARD_TAGS));

    String text = new PostRenderer(PostTemplate.compile("front.md", FRONT)).render(post);

    ParsedPost parsed = ParsedPost.of(text);
    assertThat(parsed.frontMatter().get("title").asText()).isEqualTo("Go, $1 \\ Briefly: 1");
    assertThat(parsed.frontMatter().get("tags")).allSatisfy(tag -> assertThat(tag.isTextual()).isTrue());
    assertThat(parsed.frontMatter().get("tags")).extracting(tag -> tag.asText()).containsExactlyElementsOf(AWKWARD_TAGS);
    // The name is text in the body, escaped for Markdown (its backslash shows); the tags are as they are.
    assertThat(text).endsWith("Go, $1 \\\\ Briefly (go-briefly): " + String.join(" ", AWKWARD_TAGS) + "\n");
  }

  @Test
  void plainTagsStayPlainInYamlAsTheBundledTemplateWritesThem() {
    WeekPost post = Weeks.withPlan(Weeks.weekOne(FrontMatter.YAML),
        meta("{week}", List.of("rust", "learning", "100-days-of-rust", "2026")));

    String text = new PostRenderer(PostTemplate.compile("front.md", "{{tagsYaml}} {{tagsToml}}")).render(post);

    assertThat(text).isEqualTo("[rust, learning, 100-days-of-rust, \"2026\"] [\"rust\", \"learning\", \"100-days-of-rust\", \"2026\"]");
  }
}

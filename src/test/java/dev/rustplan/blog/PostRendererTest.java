package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.JsonText;
import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.WeekOneHeadings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostRendererTest {

  private static final PostRenderer RENDERER = PostRenderer.bundled();

  @Test
  void weekOneMatchesTheGoldenPost() throws IOException {
    assertThat(RENDERER.render(Weeks.weekOne(FrontMatter.YAML))).isEqualTo(golden("week-1-yaml.md"));
  }

  @ParameterizedTest
  @EnumSource(FrontMatter.class)
  void weekOneHasEverySectionAsHeadingsAndNoEmptyOne(FrontMatter style) {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(style)));

    assertThat(post.headings()).containsExactlyElementsOf(WeekOneHeadings.ALL);
    assertThat(post.emptyHeadings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(FrontMatter.class)
  void everySnippetComesBackAsOneCodeBlockWithItsLanguage(FrontMatter style) {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(style)));

    List<FencedCodeBlock> blocks = post.codeBlocks();
    assertThat(blocks).extracting(FencedCodeBlock::getInfo).containsExactly("rust", "rust", "toml");
    assertThat(blocks)
        .extracting(FencedCodeBlock::getLiteral)
        .containsExactly(Weeks.LAYOUT_CODE, Weeks.DOC_TEST_CODE, Weeks.CARGO_CODE);
    // The doc comment holds ```, so its fence is longer; the others keep the usual three.
    assertThat(blocks).extracting(FencedCodeBlock::getOpeningFenceLength).containsExactly(3, 4, 3);
    assertThat(post.sectionText("Code That Clicked")).contains("From day 2:", "From day 5:", "From day 7:");
  }

  @Test
  void yamlFrontMatterHasTitleDateTagsAndDraft() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(FrontMatter.YAML)));

    assertThat(post.frontMatterStyle()).isEqualTo("yaml");
    assertThat(post.frontMatter().get("title").asText()).isEqualTo("100 Days of Rust: Week 1 - Memory Layout & Representations");
    assertThat(post.frontMatter().get("date").asText()).isEqualTo("2026-03-08");
    assertThat(JsonText.of(post.frontMatter().get("tags"))).isEqualTo("[rust, learning, 100-days-of-rust]");
    assertThat(post.frontMatter().get("draft").asBoolean()).isTrue();
  }

  @Test
  void tomlFrontMatterHasAnUnquotedDateAndTheTagsUnderTaxonomies() {
    String rendered = RENDERER.render(Weeks.weekOne(FrontMatter.TOML));
    ParsedPost post = ParsedPost.of(rendered);

    assertThat(rendered).startsWith("+++\ntitle = \"100 Days of Rust: Week 1 - Memory Layout & Representations\"\ndate = 2026-03-08\n");
    assertThat(post.frontMatterStyle()).isEqualTo("toml");
    assertThat(post.frontMatter().get("title").asText()).isEqualTo("100 Days of Rust: Week 1 - Memory Layout & Representations");
    // A TOML date, not a string: the parser hands back a LocalDate.
    assertThat(post.frontMatter().get("date").isPojo()).isTrue();
    assertThat(((com.fasterxml.jackson.databind.node.POJONode) post.frontMatter().get("date")).getPojo())
        .isEqualTo(LocalDate.of(2026, 3, 8));
    // draft must sit above [taxonomies], or TOML would put it inside the table.
    assertThat(post.frontMatter().get("draft").asBoolean()).isTrue();
    assertThat(JsonText.of(post.frontMatter().get("taxonomies").get("tags"))).isEqualTo("[rust, learning, 100-days-of-rust]");
    // Zola refuses unknown top-level keys: only these may stand there.
    assertThat(post.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "draft", "taxonomies");
  }

  @ParameterizedTest
  @EnumSource(FrontMatter.class)
  void aTitleWithQuotesAndBackslashesReadsBackUnchanged(FrontMatter style) {
    WeekPost odd = Weeks.withTheme(Weeks.weekOne(style), "\"Quoted\" \\ back\\slash: # not a comment");

    ParsedPost post = ParsedPost.of(RENDERER.render(odd));

    assertThat(post.frontMatter().get("title").asText()).isEqualTo("100 Days of Rust: Week 1 - \"Quoted\" \\ back\\slash: # not a comment");
  }

  @Test
  void eachDaysLearnedNotesStayUnderItsDayAndADayWithoutNotesKeepsThePrompt() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(FrontMatter.YAML)));

    assertThat(post.sectionText("Day 1: Rust memory layout fundamentals"))
        .contains("`repr(Rust)` promises nothing about field order; `repr(C)` does.")
        .contains("`repr(transparent)` makes a newtype share its field's ABI.");
    // A note over several lines, with an indented code example, stays one list item.
    List<Node> dayThree = post.section("Day 3: Zero-sized types (ZSTs)");
    assertThat(dayThree).hasSize(1).first().isInstanceOf(BulletList.class);
    assertThat(ParsedPost.text(dayThree.get(0))).contains("It costs nothing at run time:", "assert_eq!(size_of::<PhantomData<u64>>(), 0);");
    assertThat(post.sectionText("Day 4: Dynamically sized types (DSTs)"))
        .isEqualTo("<!-- Explain in your own words. Include a minimal code example if helpful. -->\n");
    // Not HTML-escaped: Markdown is not HTML.
    assertThat(post.sectionText("Day 6: `Option<&T>` niche optimization")).contains("A < B && C");
  }

  @Test
  void theBigPictureNamesTheThemeAndEveryTopicAndLeavesTheParagraphToWrite() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(FrontMatter.YAML)));

    assertThat(post.sectionText("The Big Picture"))
        .contains("This week's theme: Memory Layout & Representations.")
        .contains("Day 1: Rust memory layout fundamentals", "Day 7: Build a memory inspector")
        .contains("<!-- 1-2 paragraphs: What was the overarching theme this week? Why does it matter for Rust mastery? -->");
  }

  @Test
  void notesFillTheirSectionsWithoutPrompts() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(FrontMatter.YAML)));

    assertThat(post.sectionText("Aha Moments 💡"))
        .isEqualTo("The compiler reorders fields unless told not to.\nA ZST in a `Vec` never allocates.\n");
    assertThat(post.sectionText("Struggles & How I Worked Through Them"))
        .isEqualTo("Vtable layout is not stable.\nI stopped guessing and read the Rustonomicon's chapter instead.\n");
    assertThat(post.sectionText("Questions I'm Still Chewing On"))
        .isEqualTo("Why is `Option<NonZeroU32>` 4 bytes but `Option<u32>` 8?\nCan I rely on field order with `repr(C)` enums?\n");
  }

  @Test
  void resourcesComeMostUsedFirstEachOnce() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.weekOne(FrontMatter.YAML)));

    assertThat(post.sectionText("Resources That Helped Most"))
        .isEqualTo(
            "RfR Ch. 1 (used on 3 days) <!-- why it was useful -->\n"
                + "compiler explorer (used on 2 days) <!-- why it was useful -->\n"
                + "Rustonomicon \"Data Layout\" (used on 1 day) <!-- why it was useful -->\n");
  }

  @Test
  void theNumbersAndTheNextWeekAreFilledIn() {
    String rendered = RENDERER.render(Weeks.weekOne(FrontMatter.YAML));
    ParsedPost post = ParsedPost.of(rendered);

    // A middle dot, not a pipe: kramdown makes a line with a | into a table.
    assertThat(rendered).contains("*Days covered: 1-7 · Phase: Foundations of Mastery*", "*Days done: 6 of 7 · Time spent: 245 minutes*");
    assertThat(post.sectionText("Next Week Preview"))
        .contains("Week 2: Ownership Deep Dive", "Day 8: Drop order and drop guarantees", "Day 14: Implement a simple `RefCell`")
        .contains("<!-- What are you looking forward to learning next week? -->");
  }

  @ParameterizedTest
  @EnumSource(FrontMatter.class)
  void anUntouchedWeekKeepsEveryPromptAndNoEmptyHeading(FrontMatter style) {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.untouchedWeekTwo(style)));

    assertThat(post.emptyHeadings()).isEmpty();
    assertThat(post.codeBlocks()).isEmpty();
    assertThat(post.prompts())
        .contains(
            "<!-- The most illuminating code snippet from this week, with comments explaining why it's interesting. -->",
            "<!-- Insights that surprised you or changed your mental model. -->",
            "<!-- What was hard? How did you get unstuck? This helps future readers. -->",
            "<!-- How does this week's learning apply to real code? Reference your work codebase if relevant. -->",
            "<!-- The resources that helped most this week, and why each one was useful. -->",
            "<!-- Open questions you haven't fully resolved yet. -->");
    assertThat(post.prompts())
        .filteredOn(p -> p.equals("<!-- Explain in your own words. Include a minimal code example if helpful. -->"))
        .hasSize(7);
    assertThat(post.section("Key Concepts")).noneMatch(BulletList.class::isInstance);
  }

  @Test
  void afterTheLastWeekTheNextWeekPreviewClosesThePlan() {
    ParsedPost post = ParsedPost.of(RENDERER.render(Weeks.lastWeek(FrontMatter.YAML)));

    assertThat(post.sectionText("Next Week Preview"))
        .startsWith("This was the last week of 100 Days of Rust: 100 days, done.")
        .doesNotContain("Week 15");
    assertThat(post.emptyHeadings()).isEmpty();
  }

  @Test
  void theFileNameIsBuiltFromTheDateAndTheWeekAlone() {
    assertThat(Weeks.weekOne(FrontMatter.YAML).fileName()).isEqualTo("2026-03-08-100-days-of-rust-week-1.md");
    assertThat(Weeks.lastWeek(FrontMatter.TOML).fileName()).isEqualTo("2026-06-09-100-days-of-rust-week-14.md");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PostRendererTest.class.getResourceAsStream(name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

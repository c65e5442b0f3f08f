package dev.rustplan.blog;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile week written into a Hugo site with `blog --site` and built by the real Hugo, with
 * its defaults for Markdown: what a reader of the published page sees. One build for the class:
 * week 1 published the way a learner publishes a draft (draft: false), week 2 left a draft.
 */
class HugoSiteTest {

  @TempDir static Path dir;

  private static Path site;
  private static Path published;
  private static Result weekOne;
  private static Result weekTwo;
  private static String page;
  private static String content;

  @BeforeAll
  static void publishWeekOneWithHugo() throws Exception {
    Path hugo = RealTool.require("hugo");
    site = SiteBuild.copy("hugo", dir.resolve("site"));
    published = dir.resolve("public");
    Rustplan r = HostileWeek.logged(dir.resolve("home"), dir.resolve("projects")).today("2025-03-10");
    assertThat(r.run("config", "practice-url", "https://github.com/learner/rust-practice/tree/main")).succeeds();
    weekOne = r.run("blog", "1", "--site", site.toString());
    weekTwo = r.run("blog", "2", "--site", site.toString());
    Path post = site.resolve("content/posts/" + HostileWeek.WEEK_ONE_FILE);
    Files.writeString(post, Files.readString(post).replaceFirst("\ndraft: true\n", "\ndraft: false\n"));

    SiteBuild.succeed(site, dir.resolve("hugo.log"), List.of(hugo.toString(), "--destination", published.toString()));
    page = Files.readString(published.resolve("posts/2025-03-09-100-days-of-rust-week-1/index.html"));
    content = PageText.between(page, "<article class=\"post-content\">", "</article>");
  }

  @Test
  void theDraftsGoWhereHugoReadsPostsWithItsFrontMatter() throws IOException {
    Path posts = site.resolve("content/posts");
    assertThat(weekOne).succeeds().out().isEqualTo(posts.resolve(HostileWeek.WEEK_ONE_FILE) + "\n");
    Path weekTwoFile = posts.resolve("2025-03-10-100-days-of-rust-week-2.md");
    assertThat(weekTwo).succeeds().out().startsWith(weekTwoFile + "\n");

    ParsedPost draft = ParsedPost.of(Files.readString(weekTwoFile));
    assertThat(draft.frontMatterStyle()).isEqualTo("yaml");
    assertThat(draft.frontMatter().get("draft").asBoolean()).isTrue();
    assertThat(draft.frontMatter().get("title").asText()).isEqualTo("100 Days of Rust: Week 2 - Ownership Deep Dive");
    assertThat(draft.frontMatter().has("published")).as("Hugo reads published as a date").isFalse();
    assertThat(PageText.decode(PageText.between(page, "<h1 class=\"post-title\">", "</h1>"))).isEqualTo(HostileWeek.TITLE);
  }

  @Test
  void everyNoteReadsOnThePageAsItWasTyped() {
    String shown = PageText.flat(PageText.visible(content));

    for (HostileWeek.Note note : HostileWeek.NOTES) {
      assertThat(shown).as("day %d %s note %s", note.day(), note.kind(), note.typed()).contains(PageText.flat(note.shown()));
    }
    assertThat(shown).contains("RfR Ch. 1 | layout (used on 1 day)");
  }

  @Test
  void nothingTypedBecomesMarkupThatRunsOrHides() {
    assertThat(PageText.hasElement(content, "script")).isFalse();
    for (String element : List.of("table", "del", "dl", "input", "sup", "blockquote")) {
      assertThat(PageText.hasElement(content, element)).as("a <%s> in the post", element).isFalse();
    }
    // The template's own prose is typeset ("I’m"); what the learner typed is not.
    assertThat(PageText.headings(content)).extracting(h -> h.replace('’', '\''))
        .containsExactlyElementsOf(HostileWeek.HEADINGS);
    // Emphasis only where the template or the learner asked for it.
    assertThat(content).contains("<strong>bold</strong>").doesNotContain("<em>b</em>", "<strong>private</strong>");
    // No typography where the learner typed -- ... << or quotes (the template's own prose may have it).
    assertThat(content).doesNotContain("&ndash;", "&mdash;", "&hellip;", "&laquo;", "&raquo;", "&ldquo;");
  }

  @Test
  void codeBlocksKeepTheirLanguageAndEveryCharacter() {
    assertThat(PageText.codeBlocks(content)).containsExactly(
        new PageText.CodeBlock("rust", HostileWeek.CODE.get(0).code()),
        new PageText.CodeBlock("jinja", HostileWeek.CODE.get(1).code()));
  }

  @Test
  void thePromptsStayHiddenAndTheSkippedDayHasNone() {
    String shown = PageText.visible(content);

    assertThat(shown).doesNotContain("1-2 paragraphs", "Explain in your own words", "why it was useful", "What you built",
        "How does this week's learning apply");
    assertThat(shown).contains("Day 4: Dynamically sized types (DSTs) (skipped)\n", "Day 4: Dynamically sized types (DSTs)\nSkipped.\n");
  }

  @Test
  void aDraftIsNotPublishedAndThePublishedWeekIsInTheSeries() throws IOException {
    try (Stream<Path> pages = Files.walk(published)) {
      assertThat(pages.map(Path::toString)).noneMatch(p -> p.contains("week-2"));
    }
    List<String> series = PageText.links(content).stream().filter(href -> href.contains("tags/100-days-of-rust")).toList();
    assertThat(series).containsExactly("/blog/tags/100-days-of-rust/");
    String tagPage = Files.readString(SiteBuild.target(published, "/blog/", series.get(0)));
    assertThat(PageText.visible(tagPage)).contains(HostileWeek.TITLE).doesNotContain("Week 2");
  }

  @Test
  void thePracticeProjectLinksToWhereItIsPublished() {
    assertThat(PageText.links(content)).contains("https://github.com/learner/rust-practice/tree/main/day-07-memory-inspector");
    assertThat(PageText.visible(content)).contains("Day 7: day-07-memory-inspector").doesNotContain(dir.toString());
  }
}

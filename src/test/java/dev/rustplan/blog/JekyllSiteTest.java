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
 * The hostile week written into the site `jekyll new` makes with `blog --site` and built by the
 * real Jekyll, with its defaults (kramdown with GFM input, Liquid on, the minima theme): what a
 * reader of the published page sees. Jekyll is slow to start, so the class builds once: week 1
 * published the way a learner publishes a draft (published: true), week 2 left a draft.
 */
class JekyllSiteTest {

  @TempDir static Path dir;

  private static Path site;
  private static Path published;
  private static Result weekOne;
  private static Result weekTwo;
  private static String buildLog;
  private static String page;
  private static String content;

  @BeforeAll
  static void publishWeekOneWithJekyll() throws Exception {
    Path jekyll = RealTool.require("jekyll");
    site = SiteBuild.copy("jekyll", dir.resolve("site"));
    published = dir.resolve("_site");
    Rustplan r = HostileWeek.logged(dir.resolve("home"), dir.resolve("projects")).today("2025-03-10");
    // Jekyll has no tag pages: the series line links where the learner says, here the site's own page.
    assertThat(r.run("config", "series-url", "/blog/series/")).succeeds();
    weekOne = r.run("blog", "1", "--site", site.toString());
    weekTwo = r.run("blog", "2", "--site", site.toString());
    Path post = site.resolve("_posts/" + HostileWeek.WEEK_ONE_FILE);
    Files.writeString(post, Files.readString(post).replaceFirst("\npublished: false\n", "\npublished: true\n"));

    SiteBuild.Run run = SiteBuild.run(site, dir.resolve("jekyll.log"),
        List.of(jekyll.toString(), "build", "--source", site.toString(), "--destination", published.toString()));
    RealTool.requireThat(!run.output().contains("minima theme could not be found"),
        "the minima theme of the site `jekyll new` makes is not installed (Debian: apt-get install -y jekyll-theme-minima)");
    assertThat(run.exit()).as("jekyll build printed:%n%s", run.output()).isZero();
    buildLog = run.output();
    page = Files.readString(published.resolve("2025/03/09/100-days-of-rust-week-1.html"));
    content = PageText.between(page, "<div class=\"post-content e-content\" itemprop=\"articleBody\">", "<a class=\"u-url\"");
  }

  @Test
  void theDraftsGoWhereJekyllReadsPostsWithItsFrontMatter() throws IOException {
    Path posts = site.resolve("_posts");
    assertThat(weekOne).succeeds().out().isEqualTo(posts.resolve(HostileWeek.WEEK_ONE_FILE) + "\n");
    Path weekTwoFile = posts.resolve("2025-03-10-100-days-of-rust-week-2.md");
    assertThat(weekTwo).succeeds().out().startsWith(weekTwoFile + "\n");

    ParsedPost draft = ParsedPost.of(Files.readString(weekTwoFile));
    assertThat(draft.frontMatterStyle()).isEqualTo("yaml");
    assertThat(draft.frontMatter().get("published").asBoolean(true)).isFalse();
    assertThat(draft.frontMatter().get("render_with_liquid").asBoolean(true)).isFalse();
    assertThat(draft.frontMatter().get("layout").asText()).isEqualTo("post");
    assertThat(draft.frontMatter().has("draft")).as("Jekyll ignores draft").isFalse();
    assertThat(PageText.decode(PageText.between(page, "<h1 class=\"post-title p-name\" itemprop=\"name headline\">", "</h1>")))
        .isEqualTo(HostileWeek.TITLE);
  }

  @Test
  void everyNoteReadsOnThePageAsItWasTypedLiquidAndAll() {
    String shown = PageText.flat(PageText.visible(content));

    for (HostileWeek.Note note : HostileWeek.NOTES) {
      assertThat(shown).as("day %d %s note %s", note.day(), note.kind(), note.typed()).contains(PageText.flat(note.shown()));
    }
    assertThat(shown).contains("RfR Ch. 1 | layout (used on 1 day)");
    assertThat(buildLog).doesNotContain("Liquid");
  }

  @Test
  void nothingTypedBecomesMarkupThatRunsOrHides() {
    assertThat(PageText.hasElement(content, "script")).isFalse();
    for (String element : List.of("table", "del", "dl", "input", "sup", "blockquote", "math")) {
      assertThat(PageText.hasElement(content, element)).as("a <%s> in the post", element).isFalse();
    }
    assertThat(PageText.headings(content)).extracting(h -> h.replace('’', '\''))
        .containsExactlyElementsOf(HostileWeek.HEADINGS);
    assertThat(content).contains("<strong>bold</strong>").doesNotContain("<em>b</em>", "<strong>private</strong>");
    // kramdown's typography ("–", "…", "«", curly quotes) only in the template's own prose.
    assertThat(PageText.visible(content)).doesNotContain("–", "—", "…", "«", "»", "“", "\\(");
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
  void aPostNotPublishedIsNotOnTheSiteNorInItsFeed() throws IOException {
    try (Stream<Path> pages = Files.walk(published)) {
      assertThat(pages.map(Path::toString)).noneMatch(p -> p.contains("week-2"));
    }
    String feed = Files.readString(published.resolve("feed.xml"));
    assertThat(feed).contains("100-days-of-rust-week-1.html").doesNotContain("week-2");
  }

  @Test
  void theSeriesLinkGoesWhereTheSettingSaysAndResolves() throws IOException {
    List<String> series = PageText.links(content).stream().filter(href -> href.contains("series")).toList();

    assertThat(series).containsExactly("/blog/series/");
    assertThat(PageText.visible(Files.readString(SiteBuild.target(published, "/blog/", series.get(0)))))
        .contains("Every week of the plan, one post.");
    assertThat(PageText.links(content)).noneMatch(href -> href.contains("/tags/"));
  }

  @Test
  void thePracticeProjectIsNamedNotLinkedToAPathOnTheLearnersMachine() {
    assertThat(PageText.visible(content)).contains("Day 7: day-07-memory-inspector").doesNotContain(dir.toString());
    assertThat(PageText.links(content)).noneMatch(href -> href.contains("memory-inspector"));
  }
}

package dev.rustplan.blog;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.RealTool;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The post-card setting: `blog` writes the progress card where each generator publishes a file a
 * post links to, and the published page's image leads to it: built by the real Hugo and Jekyll,
 * and for Zola (not packaged for Debian) by its documented rule that a section's other files are
 * copied to the section's path; in a plain folder, beside the post, linked by its name.
 */
class PostCardSiteTest {

  private static final Pattern IMG = Pattern.compile("<img[^>]*\\ssrc=\"([^\"]+)\"");

  @TempDir Path dir;

  private Rustplan learner() {
    Rustplan r = new Rustplan(dir.resolve("home")).today("2026-03-08");
    assertThat(r.today("2026-03-02").run("start")).succeeds();
    for (int day = 1; day <= 7; day++) {
      assertThat(r.today("2026-03-0" + (day + 1)).run("done", Integer.toString(day))).succeeds();
    }
    assertThat(r.today("2026-03-09").run("config", "post-card", "on")).succeeds();
    return r;
  }

  private static String publish(Path post) throws Exception {
    String text = Files.readString(post);
    return text.replaceFirst("\ndraft: true\n", "\ndraft: false\n").replaceFirst("\npublished: false\n", "\npublished: true\n");
  }

  private static String imageSrc(String page) {
    Matcher m = IMG.matcher(page);
    assertThat(m.find()).as("an <img> on the page").isTrue();
    return m.group(1).replace("&#x2F;", "/");
  }

  @Test
  void hugoPublishesTheCardWhereThePostsImageLeads() throws Exception {
    Path hugo = RealTool.require("hugo");
    Path site = SiteBuild.copy("hugo", dir.resolve("site"));
    Result result = learner().run("blog", "1", "--site", site.toString());
    Path post = site.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.md");
    Path card = site.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.svg");
    assertThat(result).succeeds().out().isEqualTo(post + "\n" + card + "\n");
    Files.writeString(post, publish(post));
    Path published = dir.resolve("public");

    SiteBuild.succeed(site, dir.resolve("hugo.log"), List.of(hugo.toString(), "--destination", published.toString()));
    String page = Files.readString(published.resolve("posts/2026-03-08-100-days-of-rust-week-1/index.html"));

    Path served = SiteBuild.target(published, "/blog/", imageSrc(page));
    assertThat(served).exists().hasSameTextualContentAs(card);
    assertThat(Files.readString(served)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("7 of 100", "Week 1");
  }

  @Test
  void jekyllCopiesTheCardFromOutsideItsPostsFolder() throws Exception {
    Path jekyll = RealTool.require("jekyll");
    Path site = SiteBuild.copy("jekyll", dir.resolve("site"));
    assertThat(learner().run("blog", "1", "--site", site.toString())).succeeds();
    Path post = site.resolve("_posts/2026-03-08-100-days-of-rust-week-1.md");
    Path card = site.resolve("assets/rustplan/2026-03-08-100-days-of-rust-week-1.svg");
    assertThat(card).exists();
    assertThat(site.resolve("_posts/2026-03-08-100-days-of-rust-week-1.svg")).doesNotExist();
    Files.writeString(post, publish(post));
    Path published = dir.resolve("_site");

    SiteBuild.Run run = SiteBuild.run(site, dir.resolve("jekyll.log"),
        List.of(jekyll.toString(), "build", "--source", site.toString(), "--destination", published.toString()));
    RealTool.requireThat(!run.output().contains("minima theme could not be found"),
        "the minima theme is not installed (Debian: apt-get install -y jekyll-theme-minima)");
    assertThat(run.exit()).as("jekyll build printed:%n%s", run.output()).isZero();
    String page = Files.readString(published.resolve("2026/03/08/100-days-of-rust-week-1.html"));

    Path served = SiteBuild.target(published, "/blog/", imageSrc(page));
    assertThat(served).exists().hasSameTextualContentAs(card);
  }

  @Test
  void zolaGetsTheCardAsAnAssetOfThePostsSection() throws Exception {
    Path site = SiteBuild.copy("zola", dir.resolve("site"));
    assertThat(learner().run("blog", "1", "--site", site.toString())).succeeds();
    Path post = site.resolve("content/blog/2026-03-08-100-days-of-rust-week-1.md");
    Path card = site.resolve("content/blog/2026-03-08-100-days-of-rust-week-1.svg");
    assertThat(card).exists();
    assertThat(site.resolve("content/blog/_index.md")).as("what makes the folder a section, whose files are its assets")
        .exists();

    String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(Files.readString(post)));
    // Zola copies content/blog/NAME.svg to public/blog/NAME.svg, served under the base path /blog/.
    assertThat(imageSrc(html)).isEqualTo("/blog/blog/2026-03-08-100-days-of-rust-week-1.svg");
  }

  @Test
  void inAPlainFolderTheCardIsBesideThePostAndOffMeansNone() throws Exception {
    Rustplan r = learner();
    Path posts = dir.resolve("posts");
    assertThat(r.run("blog", "1", "--out", posts.toString())).succeeds();
    String html = HtmlRenderer.builder().build().render(Parser.builder().build()
        .parse(Files.readString(posts.resolve("2026-03-08-100-days-of-rust-week-1.md"))));
    assertThat(posts.resolve(imageSrc(html))).exists();
    assertThat(html).contains("alt=\"100 Days of Rust, week 1: 7 of 100 days done, a streak of 7 days\"");

    assertThat(r.run("config", "post-card", "off")).succeeds();
    assertThat(r.run("blog", "1", "--out", posts.toString(), "--force")).succeeds().out().doesNotContain(".svg");
    assertThat(Files.readString(posts.resolve("2026-03-08-100-days-of-rust-week-1.md"))).doesNotContain(".svg");
    assertThat(r.run("config", "post-card", "maybe")).failsWith(2, "post-card must be on or off, got 'maybe'");
  }
}

package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.POJONode;
import dev.rustplan.testing.JsonText;
import dev.rustplan.testing.ParsedPost;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import dev.rustplan.testing.WeekOneHeadings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rustplan blog` and the posts it writes, driven through the real command line. */
class BlogCommandTest {

  private static final String DOC_TEST =
      """
      /// Splits a slice's fat pointer into its halves.
      ///
      /// ```
      /// assert_eq!(parts(&[1, 2, 3]).1, 3);
      /// ```
      pub fn parts(s: &[u8]) -> (*const u8, usize) {
          (s.as_ptr(), s.len())
      }
      """;

  private static final String LAYOUT =
      """
      #[repr(C)]
      struct Padded { a: u8, b: u32, c: u16 }

      fn main() {
          assert_eq!(std::mem::size_of::<Padded>(), 12);
      }
      """;

  private static final String CARGO =
      """
      [package]
      name = "memory-inspector"
      edition = "2021"
      """;

  @TempDir Path dir;

  private Path home() {
    return dir.resolve("home");
  }

  private Path posts() {
    return home().resolve("posts");
  }

  private Path weekOnePost() {
    return posts().resolve("2026-03-08-100-days-of-rust-week-1.md");
  }

  /** A learner's first week: every day logged with notes of every kind, and done, one a day. */
  private Rustplan learnerAfterWeekOne() throws IOException {
    Path fatPointers = Files.writeString(dir.resolve("parts.rs"), DOC_TEST, StandardCharsets.UTF_8);
    Path cargo = Files.writeString(dir.resolve("Cargo.toml"), CARGO, StandardCharsets.UTF_8);
    Rustplan r = new Rustplan(home());
    ok(r.today("2026-03-02").run("start"));
    ok(r.run("log", "1", "--learned", "`repr(Rust)` promises nothing about field order; `repr(C)` does.",
        "--learned", "`repr(transparent)` makes a newtype share its field's ABI.",
        "--resource", "RfR Ch. 1", "--resource", "Rust Reference", "--minutes", "40",
        "--aha", "The compiler reorders fields unless told not to."));
    ok(r.run("done", "1"));
    ok(r.today("2026-03-03").stdin(LAYOUT).run("log", "2", "--code", "-", "--lang", "rust",
        "--learned", "Size is always a multiple of alignment.", "--resource", "Rustonomicon \"Data Layout\"",
        "--minutes", "35"));
    ok(r.run("done", "2"));
    ok(r.today("2026-03-04").run("log", "3", "--learned", "`PhantomData<T>` tells the drop checker we own a T.",
        "--question", "Why is `Option<NonZeroU32>` 4 bytes but `Option<u32>` 8?", "--resource", "RfR Ch. 1",
        "--minutes", "30", "--aha", "A ZST in a `Vec` never allocates."));
    ok(r.run("done", "3"));
    ok(r.today("2026-03-05").run("log", "4", "--resource", "rfr ch. 1", "--minutes", "25",
        "--struggle", "Vtable layout is not stable; I stopped guessing and read the Rustonomicon instead."));
    ok(r.run("done", "4"));
    ok(r.today("2026-03-06").run("log", "5", "--code", fatPointers.toString(), "--learned",
        "`&[T]` is (pointer, length); `&dyn Trait` is (pointer, vtable).", "--resource", "compiler explorer",
        "--minutes", "45"));
    ok(r.run("done", "5"));
    ok(r.today("2026-03-07").run("log", "6", "--learned", "A < B && C: the null niche makes `Option<&T>` pointer-sized.",
        "--question", "Can I rely on field order with `repr(C)` enums?", "--resource", "compiler explorer",
        "--minutes", "30"));
    ok(r.run("done", "6"));
    ok(r.today("2026-03-08").run("log", "7", "--code", cargo.toString(), "--lang", "toml", "--minutes", "50"));
    ok(r.run("done", "7"));
    return r;
  }

  /** The post `progress --json` points at for the week. */
  private static String blogPostInProgress(Rustplan r, int week) {
    return r.run("progress", "--json").json().path("weeks").get(week - 1).path("blogPost").asText();
  }

  private static void ok(Result result) {
    assertThat(result).succeeds();
  }

  @Test
  void draftsTheFinishedWeekFromItsNotesAndRecordsIt() throws IOException {
    Rustplan r = learnerAfterWeekOne().today("2026-03-09");

    Result result = r.run("blog");

    assertThat(result).succeeds().out().isEqualTo(weekOnePost() + "\n");
    ParsedPost post = ParsedPost.of(Files.readString(weekOnePost()));
    assertThat(post.frontMatterStyle()).isEqualTo("yaml");
    assertThat(post.frontMatter().get("title").asText()).isEqualTo("100 Days of Rust: Week 1 - Memory Layout & Representations");
    assertThat(post.frontMatter().get("date").asText()).isEqualTo("2026-03-08");
    assertThat(JsonText.of(post.frontMatter().get("tags"))).isEqualTo("[rust, learning, 100-days-of-rust]");
    assertThat(post.frontMatter().get("draft").asBoolean()).isTrue();
    assertThat(post.headings()).containsExactlyElementsOf(WeekOneHeadings.ALL);
    assertThat(post.emptyHeadings()).isEmpty();
    assertThat(post.codeBlocks()).extracting(FencedCodeBlock::getInfo).containsExactly("rust", "rust", "toml");
    assertThat(post.codeBlocks()).extracting(FencedCodeBlock::getLiteral).containsExactly(LAYOUT, DOC_TEST, CARGO);
    assertThat(post.codeBlocks()).extracting(FencedCodeBlock::getOpeningFenceLength).containsExactly(3, 4, 3);
    assertThat(post.sectionText("Day 1: Rust memory layout fundamentals"))
        .isEqualTo("`repr(Rust)` promises nothing about field order; `repr(C)` does.\n`repr(transparent)` makes a newtype share its field's ABI.\n");
    assertThat(post.sectionText("Day 4: Dynamically sized types (DSTs)"))
        .isEqualTo("<!-- Explain in your own words. Include a minimal code example if helpful. -->\n");
    assertThat(post.sectionText("Day 6: `Option<&T>` niche optimization")).contains("A < B && C");
    assertThat(post.sectionText("Aha Moments 💡"))
        .isEqualTo("The compiler reorders fields unless told not to.\nA ZST in a `Vec` never allocates.\n");
    assertThat(post.sectionText("Struggles & How I Worked Through Them"))
        .isEqualTo("Vtable layout is not stable; I stopped guessing and read the Rustonomicon instead.\n");
    assertThat(post.sectionText("Resources That Helped Most"))
        .isEqualTo(
            "RfR Ch. 1 (used on 3 days) <!-- why it was useful -->\n"
                + "compiler explorer (used on 2 days) <!-- why it was useful -->\n"
                + "Rust Reference (used on 1 day) <!-- why it was useful -->\n"
                + "Rustonomicon \"Data Layout\" (used on 1 day) <!-- why it was useful -->\n");
    assertThat(post.sectionText("Questions I'm Still Chewing On"))
        .isEqualTo("Why is `Option<NonZeroU32>` 4 bytes but `Option<u32>` 8?\nCan I rely on field order with `repr(C)` enums?\n");
    assertThat(post.sectionText("Next Week Preview"))
        .contains("Week 2: Ownership Deep Dive", "Day 8: Drop order and drop guarantees", "Day 14: Implement a simple `RefCell`");
    assertThat(Files.readString(weekOnePost()))
        .contains("*Days covered: 1-7 · Phase: Foundations of Mastery*", "*Days done: 7 of 7 · Time spent: 255 minutes*");

    assertThat(Files.readString(home().resolve("progress.json"))).contains("\"blogPost\": \"" + weekOnePost() + "\"");
    assertThat(blogPostInProgress(r, 1)).isEqualTo(weekOnePost().toString());
  }

  @Test
  void tomlFrontMatterIsWhatZolaAndHugoRead() throws IOException {
    Rustplan r = learnerAfterWeekOne();

    Result result = r.run("blog", "1", "--front-matter", "toml");

    assertThat(result).succeeds();
    String text = Files.readString(weekOnePost());
    assertThat(text).startsWith("+++\ntitle = \"100 Days of Rust: Week 1 - Memory Layout & Representations\"\ndate = 2026-03-08\ndraft = true\n");
    ParsedPost post = ParsedPost.of(text);
    assertThat(post.frontMatterStyle()).isEqualTo("toml");
    assertThat(((POJONode) post.frontMatter().get("date")).getPojo()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(post.frontMatter().get("draft").asBoolean()).isTrue();
    assertThat(JsonText.of(post.frontMatter().get("taxonomies").get("tags"))).isEqualTo("[rust, learning, 100-days-of-rust]");
    assertThat(post.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "draft", "taxonomies");
    assertThat(post.codeBlocks()).hasSize(3);
    assertThat(post.emptyHeadings()).isEmpty();
  }

  @Test
  void anExistingPostIsNeverOverwrittenWithoutForce() throws IOException {
    Rustplan r = learnerAfterWeekOne();
    assertThat(r.run("blog")).succeeds();
    Files.writeString(weekOnePost(), "My edited post\n");

    Result again = r.run("blog");

    assertThat(again).failsWith(1, "rustplan: " + weekOnePost() + " already exists and may hold your edits; use --force to overwrite it");
    assertThat(again.err().lines()).hasSize(1);
    assertThat(Files.readString(weekOnePost())).isEqualTo("My edited post\n");

    assertThat(r.run("blog", "--force")).succeeds().out().isEqualTo(weekOnePost() + "\n");
    assertThat(Files.readString(weekOnePost())).startsWith("---\ntitle:");
  }

  @Test
  void stdoutPrintsThePostAndWritesAndRecordsNothing() throws IOException {
    Rustplan r = learnerAfterWeekOne();
    byte[] journal = Files.readAllBytes(home().resolve("progress.json"));

    Result result = r.run("blog", "--stdout", "--front-matter", "toml");

    assertThat(result).succeeds();
    ParsedPost post = ParsedPost.of(result.out());
    assertThat(post.frontMatterStyle()).isEqualTo("toml");
    assertThat(post.codeBlocks()).hasSize(3);
    assertThat(posts()).doesNotExist();
    assertThat(Files.readAllBytes(home().resolve("progress.json"))).isEqualTo(journal);
  }

  @Test
  void anUntouchedWeekRendersWithEveryPromptAndSaysSo() throws IOException {
    Rustplan r = learnerAfterWeekOne();

    Result result = r.run("blog", "2");

    // Not finished, so dated today: the day the learner finished week 1.
    Path file = posts().resolve("2026-03-08-100-days-of-rust-week-2.md");
    assertThat(result).succeeds().out()
        .isEqualTo(file + "\nNote: week 2 has not started: the draft holds the plan's topics and the prompts only.\n");
    ParsedPost post = ParsedPost.of(Files.readString(file));
    assertThat(post.emptyHeadings()).isEmpty();
    assertThat(post.codeBlocks()).isEmpty();
    assertThat(post.headings()).contains("### Day 8: Drop order and drop guarantees", "## Aha Moments 💡", "## Next Week Preview");
    assertThat(post.prompts())
        .contains(
            "<!-- The most illuminating code snippet from this week, with comments explaining why it's interesting. -->",
            "<!-- Insights that surprised you or changed your mental model. -->",
            "<!-- What was hard? How did you get unstuck? This helps future readers. -->",
            "<!-- The resources that helped most this week, and why each one was useful. -->",
            "<!-- Open questions you haven't fully resolved yet. -->");
    assertThat(Files.readString(file)).contains("*Days done: 0 of 7 · Time spent: 0 minutes*");
  }

  @Test
  void beforeStartTheCurrentWeekIsWeekOneInBothStyles() {
    Rustplan r = new Rustplan(home());

    Result yaml = r.run("blog", "--stdout");
    Result toml = r.run("blog", "--stdout", "--front-matter", "toml");

    for (Result result : List.of(yaml, toml)) {
      assertThat(result.exit()).isZero();
      assertThat(result.err()).isEqualTo("rustplan: note: week 1 has not started: the draft holds the plan's topics and the prompts only\n");
      ParsedPost post = ParsedPost.of(result.out());
      assertThat(post.headings()).startsWith("# Week 1: Memory Layout & Representations");
      assertThat(post.emptyHeadings()).isEmpty();
    }
    assertThat(ParsedPost.of(yaml.out()).frontMatter().get("date").asText()).isEqualTo("2026-03-02");
    assertThat(ParsedPost.of(toml.out()).frontMatterStyle()).isEqualTo("toml");
    assertThat(home().resolve("progress.json")).doesNotExist();
  }

  @Test
  void theLastWeekClosesThePlan() {
    Result result = new Rustplan(home()).run("blog", "14", "--stdout");

    assertThat(result.exit()).isZero();
    assertThat(ParsedPost.of(result.out()).sectionText("Next Week Preview"))
        .startsWith("This was the last week of 100 Days of Rust: 100 days, done.");
  }

  @Test
  void blogDirAndTemplateSettingsAreUsedAndOptionsWinOverThem() throws IOException {
    Rustplan r = learnerAfterWeekOne();
    Path site = dir.resolve("site/content/posts");
    Path template = Files.writeString(dir.resolve("short.md"), "---\ntitle: {{titleQuoted}}\n---\n\n{{#aha}}\n- {{.}}\n{{/aha}}\n");
    Path other = dir.resolve("other");
    assertThat(r.run("config", "blog-dir", site.toString())).succeeds();
    assertThat(r.run("config", "template", template.toString())).succeeds();
    assertThat(r.run("config", "front-matter", "toml")).succeeds();

    assertThat(r.run("blog")).succeeds().out().isEqualTo(site.resolve("2026-03-08-100-days-of-rust-week-1.md") + "\n");
    assertThat(Files.readString(site.resolve("2026-03-08-100-days-of-rust-week-1.md")))
        .isEqualTo("---\ntitle: \"100 Days of Rust: Week 1 - Memory Layout & Representations\"\n---\n\n"
            + "- The compiler reorders fields unless told not to.\n- A ZST in a `Vec` never allocates.\n");

    Path bundled = Path.of("plan/templates/weekly-post.md").toAbsolutePath();
    // Week 1 has its post already: another one, elsewhere, only with --force, and the first stays where it is.
    assertThat(r.run("blog", "--out", other.toString(), "--template", bundled.toString()))
        .failsWith(1, "week 1 already has a post, " + site.resolve("2026-03-08-100-days-of-rust-week-1.md"), "--force");
    assertThat(r.run("blog", "--out", other.toString(), "--template", bundled.toString(), "--force")).succeeds().out()
        .isEqualTo(other.resolve("2026-03-08-100-days-of-rust-week-1.md") + "\nNote: " + site.resolve("2026-03-08-100-days-of-rust-week-1.md")
            + " is another post of week 1, left as it was; delete it if it is not wanted.\n");
    assertThat(Files.readString(other.resolve("2026-03-08-100-days-of-rust-week-1.md"))).startsWith("+++\n").contains("## Key Concepts");
    // The last post written is the one progress shows.
    assertThat(blogPostInProgress(r, 1)).isEqualTo(other.resolve("2026-03-08-100-days-of-rust-week-1.md").toString());
  }

  @Test
  void badInputIsOneLineAndWritesNoFile() throws IOException {
    Rustplan r = new Rustplan(home());
    Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder\n");
    Path broken = Files.writeString(dir.resolve("broken.md"), "# Week {{week}}\n\n{{#aha}}\n- {{.}}\n{{/ahas}}\n");
    Path typo = Files.writeString(dir.resolve("typo.md"), "# Week {{week}}\n{{theem}}\n");

    assertThat(r.run("blog", "0")).failsWith(2, "rustplan: week must be between 1 and 14, got 0");
    assertThat(r.run("blog", "15")).failsWith(2, "rustplan: week must be between 1 and 14, got 15");
    assertThat(r.run("blog", "two")).failsWith(2, "rustplan: week must be a number from 1 to 14, got 'two'");
    assertThat(r.run("blog", "1", "--template", dir.resolve("missing.md").toString()))
        .failsWith(2, "rustplan: template " + dir.resolve("missing.md") + " does not exist");
    assertThat(r.run("blog", "1", "--template", broken.toString()))
        .failsWith(1, "rustplan: template " + broken + ":5: section close tag with mismatched open tag 'ahas' != 'aha'");
    assertThat(r.run("blog", "1", "--template", typo.toString()))
        .failsWith(1, "rustplan: template " + typo + ":2: no value named 'theem'");
    assertThat(r.run("blog", "1", "--out", aFile.toString()))
        .failsWith(2, "rustplan: --out " + aFile + " is a file, not a folder");
    assertThat(r.run("blog", "1", "--front-matter", "json"))
        .failsWith(2, "rustplan: front matter must be one of yaml, toml, got 'json'");

    for (String[] args : List.of(new String[] {"blog", "0"}, new String[] {"blog", "1", "--template", broken.toString()})) {
      assertThat(r.run(args).err().lines()).hasSize(1);
    }
    assertThat(posts()).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a-file", "broken.md", "typo.md");
    }
  }

  /** The names of the files in folder, sorted. */
  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A copy of a test site (src/test/resources/sites/NAME) to write posts into. */
  private Path site(String name) throws Exception {
    Path skeleton = Path.of(getClass().getResource("/sites/" + name).toURI());
    Path target = dir.resolve(name + "-site");
    try (Stream<Path> paths = Files.walk(skeleton)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(skeleton.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  @Test
  void aWeekKeepsOnePostRewrittenOnlyWithForceAndRenamedWhenItsDateChanges() throws IOException {
    Rustplan r = learnerAfterWeekOne();
    ok(r.today("2026-03-10").run("log", "8", "--learned", "Fields drop in declaration order."));
    Path midWeek = posts().resolve("2026-03-10-100-days-of-rust-week-2.md");
    assertThat(r.run("blog", "2")).succeeds().out().isEqualTo(midWeek + "\n");
    Files.writeString(midWeek, "My edited draft\n");
    for (int day = 8; day <= 14; day++) {
      ok(r.today("2026-03-15").run("done", Integer.toString(day)));
    }

    Result again = r.run("blog", "2");

    Path finished = posts().resolve("2026-03-15-100-days-of-rust-week-2.md");
    assertThat(again).failsWith(1, "rustplan: week 2 already has a post, " + midWeek + ", which may hold your edits;"
        + " use --force to rewrite it (renamed to 2026-03-15-100-days-of-rust-week-2.md), or --stdout to print the new draft");
    assertThat(names(posts())).containsExactly(midWeek.getFileName().toString());
    assertThat(Files.readString(midWeek)).isEqualTo("My edited draft\n");

    assertThat(r.run("blog", "2", "--force")).succeeds().out().isEqualTo(finished + "\n");
    assertThat(names(posts())).containsExactly(finished.getFileName().toString());
    ParsedPost post = ParsedPost.of(Files.readString(finished));
    assertThat(post.frontMatter().get("date").asText()).isEqualTo("2026-03-15");
    assertThat(post.sectionText("Day 8: Drop order and drop guarantees")).isEqualTo("Fields drop in declaration order.\n");
    assertThat(blogPostInProgress(r, 2)).isEqualTo(finished.toString());

    // Once more on the same day: the same file, rewritten in place.
    assertThat(r.run("blog", "2", "--force")).succeeds().out().isEqualTo(finished + "\n");
    assertThat(names(posts())).containsExactly(finished.getFileName().toString());
  }

  @Test
  void aSecondPostOfTheWeekFromAnOlderRustplanIsNamedAndLeftAsItWas() throws IOException {
    Rustplan r = learnerAfterWeekOne();
    Path older = Files.writeString(Files.createDirectories(posts()).resolve("2026-03-05-100-days-of-rust-week-1.md"), "older\n");
    Path newer = Files.writeString(posts().resolve("2026-03-07-100-days-of-rust-week-1.md"), "newer\n");
    Files.writeString(posts().resolve("2026-03-07-100-days-of-rust-week-11.md"), "another week\n");

    assertThat(r.run("blog", "1")).failsWith(1, "week 1 already has a post, " + older);
    Result forced = r.run("blog", "1", "--force");

    assertThat(forced).succeeds().out().isEqualTo(weekOnePost() + "\nNote: " + older
        + " is another post of week 1, left as it was; delete it if it is not wanted.\n");
    assertThat(newer).doesNotExist();
    assertThat(Files.readString(older)).isEqualTo("older\n");
    assertThat(names(posts())).containsExactly(older.getFileName().toString(), "2026-03-07-100-days-of-rust-week-11.md",
        weekOnePost().getFileName().toString());
  }

  @Test
  void aSiteGetsItsGeneratorsDraftWhereItReadsPostsAndOutStillWritesAPlainFolder() throws Exception {
    Rustplan r = learnerAfterWeekOne();
    Path hugo = site("hugo");
    Path jekyll = site("jekyll");
    Path zola = site("zola");

    assertThat(r.run("blog", "1", "--site", hugo.toString())).succeeds().out()
        .isEqualTo(hugo.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.md") + "\n");
    ParsedPost hugoPost = ParsedPost.of(Files.readString(hugo.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.md")));
    assertThat(hugoPost.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "tags", "draft");
    assertThat(hugoPost.sectionText("Next Week Preview")).endsWith("This is part of my 100 Days of Rust series.\n");
    assertThat(Files.readString(hugo.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.md")))
        .contains("[100 Days of Rust](/blog/tags/100-days-of-rust/)");

    ok(r.run("config", "site", jekyll.toString()));
    // Week 1 has its post in the Hugo site now: another, in another site, only with --force.
    assertThat(r.run("blog", "1")).failsWith(1, "week 1 already has a post");
    assertThat(r.run("blog", "1", "--force")).succeeds().out().startsWith(jekyll.resolve("_posts/2026-03-08-100-days-of-rust-week-1.md") + "\n");
    String jekyllPost = Files.readString(jekyll.resolve("_posts/2026-03-08-100-days-of-rust-week-1.md"));
    assertThat(ParsedPost.of(jekyllPost).frontMatter().fieldNames()).toIterable()
        .containsExactly("title", "date", "tags", "layout", "published", "render_with_liquid");
    // No tag pages on Jekyll, and no series-url: the series is named, not linked.
    assertThat(jekyllPost).endsWith("\n*This is part of my 100 Days of Rust series.*\n");

    assertThat(r.run("blog", "1", "--site", zola.toString(), "--force")).succeeds();
    ParsedPost zolaPost = ParsedPost.of(Files.readString(zola.resolve("content/blog/2026-03-08-100-days-of-rust-week-1.md")));
    assertThat(zolaPost.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "draft", "taxonomies");

    // --out writes a plain folder as it always did, whatever the site setting says.
    Path plain = dir.resolve("plain");
    assertThat(r.run("blog", "1", "--out", plain.toString(), "--force")).succeeds();
    ParsedPost plainPost = ParsedPost.of(Files.readString(plain.resolve("2026-03-08-100-days-of-rust-week-1.md")));
    assertThat(plainPost.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "tags", "draft");
    assertThat(Files.readString(plain.resolve("2026-03-08-100-days-of-rust-week-1.md")))
        .contains("[100 Days of Rust](/tags/100-days-of-rust/)");
  }

  @Test
  void hugoTakesTomlWithItsOwnTagsAndAZolaSiteWithoutATagTaxonomyGetsNoTags() throws Exception {
    Rustplan r = learnerAfterWeekOne();
    Path hugo = site("hugo");
    Path zola = site("zola");
    Files.writeString(zola.resolve("config.toml"), "base_url = \"https://example.org\"\ntitle = \"No tags\"\n");

    assertThat(r.run("blog", "1", "--site", hugo.toString(), "--front-matter", "toml")).succeeds();
    assertThat(r.run("blog", "1", "--site", zola.toString(), "--force")).succeeds();

    ParsedPost hugoPost = ParsedPost.of(Files.readString(hugo.resolve("content/posts/2026-03-08-100-days-of-rust-week-1.md")));
    assertThat(hugoPost.frontMatterStyle()).isEqualTo("toml");
    assertThat(hugoPost.frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "draft", "tags");
    String zolaText = Files.readString(zola.resolve("content/blog/2026-03-08-100-days-of-rust-week-1.md"));
    assertThat(ParsedPost.of(zolaText).frontMatter().fieldNames()).toIterable().containsExactly("title", "date", "draft");
    assertThat(zolaText).endsWith("\n*This is part of my 100 Days of Rust series.*\n");
  }

  @Test
  void anotherPlansPostInASiteIsTitledNamedTaggedAndLinkedByThatPlan() throws Exception {
    Path plan = Files.createDirectories(dir.resolve("go")).resolve("go.md");
    Files.writeString(plan, """
        # Four days of Go

        ## Phase 1: Start (Days 1-4)

        ### Week 1: First Steps

        | Day | Topic | Activity | Resource |
        |-----|-------|----------|----------|
        | 1 | Slices | Append until it reallocates | Go spec |
        | 2 | Maps | Iterate in random order | Go spec |
        | 3 | Interfaces | Implement `io.Reader` | Go spec |
        | 4 | **Practice:** A CLI | Write `wc` | Go spec |
        """);
    Files.writeString(dir.resolve("go/go.yaml"), "name: Go, Briefly\nshort: go-briefly\nposts:\n  title: \"{name}, week {week}: {theme}\"\n  tags: [go, go-briefly]\n");
    Path hugo = site("hugo");
    Rustplan r = new Rustplan(home()).env("RUSTPLAN_PLAN", plan.toString());
    ok(r.run("start"));
    ok(r.run("log", "1", "--learned", "append may move the backing array"));

    assertThat(r.run("blog", "1", "--site", hugo.toString())).succeeds().out()
        .isEqualTo(hugo.resolve("content/posts/2026-03-02-go-briefly-week-1.md") + "\n");

    String text = Files.readString(hugo.resolve("content/posts/2026-03-02-go-briefly-week-1.md"));
    ParsedPost post = ParsedPost.of(text);
    assertThat(post.frontMatter().get("title").asText()).isEqualTo("Go, Briefly, week 1: First Steps");
    assertThat(JsonText.of(post.frontMatter().get("tags"))).isEqualTo("[go, go-briefly]");
    assertThat(text).contains("*This is part of my [Go, Briefly](/blog/tags/go-briefly/) series.*").doesNotContain("100 Days of Rust");
  }

  @Test
  void aFolderThatIsNoSiteAndOptionsThatDisagreeWithTheSiteAreOneLineAndWriteNothing() throws Exception {
    Rustplan r = learnerAfterWeekOne();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path jekyll = site("jekyll");
    Path zola = site("zola");
    Path brokenHugo = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(brokenHugo.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = \"unclosed\n");
    byte[] journal = Files.readAllBytes(home().resolve("progress.json"));

    assertThat(r.run("blog", "1", "--site", empty.toString())).failsWith(2, "rustplan: --site " + empty
        + " is not a Hugo, Jekyll or Zola site: found no hugo.toml or hugo.yaml (Hugo), no config.toml, config.yaml or"
        + " config.json with baseURL (Hugo) or base_url (Zola), and no _config.yml (Jekyll)");
    assertThat(r.run("blog", "1", "--site", dir.resolve("missing").toString()))
        .failsWith(2, "--site " + dir.resolve("missing") + " does not exist");
    assertThat(r.run("blog", "1", "--site", jekyll.toString(), "--out", empty.toString()))
        .failsWith(2, "give --out DIR or --site DIR, not both");
    assertThat(r.run("blog", "1", "--site", jekyll.toString(), "--front-matter", "toml"))
        .failsWith(2, "Jekyll reads yaml front matter", "leave out --front-matter toml");
    assertThat(r.run("blog", "1", "--site", zola.toString(), "--front-matter", "yaml"))
        .failsWith(2, "Zola reads toml front matter");
    assertThat(r.run("blog", "1", "--site", brokenHugo.toString()))
        .failsWith(1, "cannot read the site's configuration " + brokenHugo.resolve("hugo.toml") + ":2: a string is not closed");

    assertThat(r.run("config", "site", empty.toString())).failsWith(2, "site " + empty + " is not a Hugo, Jekyll or Zola site");
    assertThat(r.run("config", "series-url", "tags/rust")).failsWith(2, "series-url must be a web address (https://...) or a path");
    assertThat(r.run("config", "practice-url", "~/code/practice")).failsWith(2, "practice-url must be a web address");
    assertThat(Files.readAllBytes(home().resolve("progress.json"))).isEqualTo(journal);
    assertThat(names(empty)).isEmpty();
    assertThat(jekyll.resolve("_posts")).isDirectoryNotContaining("glob:**week-1.md");
    assertThat(zola.resolve("content/blog")).isDirectoryNotContaining("glob:**week-1.md");
  }

  @Test
  void theSettingsForSitesAreListedCheckedAndStored() throws Exception {
    Rustplan r = new Rustplan(home());
    Path hugo = site("hugo");

    assertThat(r.run("config")).succeeds().out()
        .contains("site          (not set: none (posts go to blog-dir))\n")
        .contains("series-url    (not set: the site's page of the plan's tag, where it has one)\n")
        .contains("practice-url  (not set: none (projects are named, not linked))\n");
    assertThat(r.run("config", "site", hugo.toString())).succeeds().out().isEqualTo("site = " + hugo + "\n");
    assertThat(r.run("config", "series-url", "https://example.org/blog/series/")).succeeds();
    assertThat(r.run("config", "practice-url", "https://github.com/learner/rust-practice/tree/main/")).succeeds();
    assertThat(r.run("config", "practice-url")).succeeds().out().isEqualTo("https://github.com/learner/rust-practice/tree/main/\n");
    assertThat(r.run("config", "--unset", "site")).succeeds().out().isEqualTo("site is no longer set: none (posts go to blog-dir) applies\n");
  }

  @Test
  void skippedDaysAreMarkedAndGetNoPromptAndAProjectIsNamedWithoutAPracticeUrl() throws IOException {
    Rustplan r = new Rustplan(home());
    ok(r.run("start"));
    ok(r.run("log", "1", "--learned", "first"));
    ok(r.run("skip", "2"));
    ok(r.run("practice", "7", "--dir", dir.resolve("my projects").toString()));

    String text = r.run("blog", "1", "--stdout").out();
    ParsedPost post = ParsedPost.of(text);

    assertThat(post.sectionText("The Big Picture")).contains("Day 2: Size, alignment, and padding (skipped)\n");
    assertThat(post.sectionText("Day 2: Size, alignment, and padding")).isEqualTo("Skipped.\n");
    assertThat(post.sectionText("Day 3: Zero-sized types (ZSTs)"))
        .isEqualTo("<!-- Explain in your own words. Include a minimal code example if helpful. -->\n");
    assertThat(post.sectionText("Practical Applications")).startsWith("Day 7: day-07-memory-inspector <!--");
    assertThat(text).doesNotContain(dir.toString());

    ok(r.run("config", "practice-url", "https://github.com/learner/rust-practice/tree/main"));
    assertThat(r.run("blog", "1", "--stdout").out())
        .contains("- Day 7: [day-07-memory-inspector](https://github.com/learner/rust-practice/tree/main/day-07-memory-inspector)");
  }

  @Test
  void codeThatAGeneratorReadsAsAShortcodeEvenInACodeBlockIsPointedOut() throws Exception {
    Rustplan r = new Rustplan(home());
    ok(r.run("start"));
    ok(r.stdin("println!(\"{{<{}>}}\", 1);\n").run("log", "2", "--code", "-", "--lang", "rust"));
    ok(r.stdin("{{ youtube(id=\"x\") }}\n").run("log", "3", "--code", "-", "--lang", "text"));

    Path hugo = site("hugo");
    Path zola = site("zola");
    Path hugoPost = hugo.resolve("content/posts/2026-03-02-100-days-of-rust-week-1.md");
    assertThat(r.run("blog", "1", "--site", hugo.toString())).succeeds().out().isEqualTo(hugoPost + "\n"
        + "Note: day 2's code holds {{<, which Hugo reads as a shortcode even in a code block; change it in the post before you publish it.\n");
    assertThat(r.run("blog", "1", "--site", zola.toString(), "--force")).succeeds().out()
        .contains("Note: day 3's code holds {{ youtube(, which Zola reads as a shortcode even in a code block;")
        .doesNotContain("day 2's");
    // The code itself is never changed.
    assertThat(Files.readString(hugoPost)).contains("println!(\"{{<{}>}}\", 1);\n");
  }
}

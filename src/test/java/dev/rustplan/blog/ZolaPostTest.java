package dev.rustplan.blog;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import dev.rustplan.testing.JsonText;
import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile week written into a Zola site with `blog --site`, read by Zola's rules, since Zola
 * is not packaged for Debian: the front matter by a strict TOML parser against what Zola accepts,
 * the body by commonmark-java with tables, as pulldown-cmark reads it (raw HTML passed through),
 * and for what commonmark-java does not do here (smart punctuation, strikethrough, footnotes,
 * task lists, heading attributes, shortcodes) by looking at the Markdown of the notes' text.
 */
class ZolaPostTest {

  /** The keys Zola allows at the top of a page's front matter; it refuses any other. */
  private static final Set<String> ZOLA_KEYS = Set.of("title", "description", "date", "updated", "weight", "draft",
      "slug", "path", "aliases", "authors", "in_search_index", "template", "taxonomies", "extra");

  private static final Pattern FRONT = Pattern.compile("\\A\\+\\+\\+\\n(.*?)\\n\\+\\+\\+\\n", Pattern.DOTALL);

  @TempDir static Path dir;

  private static Path site;
  private static Result weekOne;
  private static JsonNode frontMatter;
  private static String markdown;
  private static Node body;
  private static String page;

  @BeforeAll
  static void writeWeekOneIntoAZolaSite() throws Exception {
    site = SiteBuild.copy("zola", dir.resolve("site"));
    Rustplan r = HostileWeek.logged(dir.resolve("home"), dir.resolve("projects")).today("2025-03-10");
    weekOne = r.run("blog", "1", "--site", site.toString());
    String post = Files.readString(site.resolve("content/blog/" + HostileWeek.WEEK_ONE_FILE));
    Matcher front = FRONT.matcher(post);
    assertThat(front.find()).as("TOML front matter between +++ lines:%n%s", post).isTrue();
    frontMatter = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build().readTree(front.group(1));
    markdown = post.substring(front.end());
    List<org.commonmark.Extension> tables = List.of(TablesExtension.create());
    body = Parser.builder().extensions(tables).includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(markdown);
    page = HtmlRenderer.builder().extensions(tables).build().render(body);
  }

  @Test
  void theFrontMatterIsWhatZolaAccepts() {
    assertThat(weekOne).succeeds().out().isEqualTo(site.resolve("content/blog/" + HostileWeek.WEEK_ONE_FILE) + "\n");
    assertThat(frontMatter.fieldNames()).toIterable().isSubsetOf(ZOLA_KEYS);
    assertThat(frontMatter.get("title").asText()).isEqualTo(HostileWeek.TITLE);
    assertThat(((POJONode) frontMatter.get("date")).getPojo()).isEqualTo(LocalDate.parse(HostileWeek.POST_DATE));
    assertThat(frontMatter.get("draft").asBoolean()).isTrue();
    assertThat(JsonText.of(frontMatter.get("taxonomies").get("tags"))).isEqualTo("[rust, learning, 100-days-of-rust]");
  }

  @Test
  void everyNoteReadsOnThePageAsItWasTyped() {
    String shown = PageText.flat(PageText.visible(page));

    for (HostileWeek.Note note : HostileWeek.NOTES) {
      assertThat(shown).as("day %d %s note %s", note.day(), note.kind(), note.typed()).contains(PageText.flat(note.shown()));
    }
    assertThat(PageText.hasElement(page, "script")).isFalse();
    assertThat(PageText.hasElement(page, "table")).isFalse();
    assertThat(PageText.headings(page)).containsExactlyElementsOf(HostileWeek.HEADINGS);
    assertThat(PageText.codeBlocks(page)).containsExactly(
        new PageText.CodeBlock("rust", HostileWeek.CODE.get(0).code()),
        new PageText.CodeBlock("jinja", HostileWeek.CODE.get(1).code()));
  }

  @Test
  void noNoteHoldsWhatPulldownCmarkWouldTypesetOrTurnIntoMarkup() {
    List<String> unescaped = new ArrayList<>();
    for (Node list : notes()) {
      forEachText(list, text -> {
        String source = source(text);
        for (int i = 0; i < source.length(); i++) {
          char c = source.charAt(i);
          boolean escaped = i > 0 && source.charAt(i - 1) == '\\' && !(i > 1 && source.charAt(i - 2) == '\\');
          boolean smart = c == '\'' || c == '"'
              || c == '-' && (i + 1 < source.length() && source.charAt(i + 1) == '-')
              || c == '.' && source.startsWith("...", i);
          // ~ strikes through, [ opens a footnote or a task, { a heading's attributes or a shortcode.
          boolean markup = c == '~' || c == '[' || c == '{';
          if ((smart || markup) && !escaped) {
            unescaped.add(c + " in " + source);
          }
        }
      });
    }
    assertThat(unescaped).isEmpty();
    // A Zola shortcode is {{ name(...) }} or {% name(...) %}, read before the Markdown is.
    assertThat(markdown.replaceAll("(?s)```.*?```", "")).doesNotContainPattern("\\{[{%]\\s*\\w+\\(");
  }

  @Test
  void theSeriesLinksToTheTagPageUnderTheSitesPath() {
    assertThat(PageText.links(page)).contains("/blog/tags/100-days-of-rust/");
  }

  /** The lists of the learner's notes: under each day of Key Concepts and the sections of notes. */
  private static List<Node> notes() {
    List<Node> lists = new ArrayList<>();
    for (Node n = body.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof BulletList && n.getPrevious() instanceof Heading h && h.getLevel() >= 2
          && !List.of("The Big Picture", "Next Week Preview").contains(headingText(h))) {
        lists.add(n);
      }
    }
    assertThat(lists).hasSizeGreaterThan(5);
    return lists;
  }

  private static void forEachText(Node node, java.util.function.Consumer<Text> action) {
    if (node instanceof Text t) {
      action.accept(t);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      forEachText(child, action);
    }
  }

  /** The Markdown a text node was read from, escapes and all. */
  private static String source(Text text) {
    StringBuilder out = new StringBuilder();
    text.getSourceSpans().forEach(span -> out.append(markdown, span.getInputIndex(), span.getInputIndex() + span.getLength()));
    return out.toString();
  }

  private static String headingText(Heading heading) {
    StringBuilder out = new StringBuilder();
    forEachText(heading, t -> out.append(t.getLiteral()));
    return out.toString();
  }
}

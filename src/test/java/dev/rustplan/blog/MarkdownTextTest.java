package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notes as learners type them, through the post's own path (context, template) and back through a
 * CommonMark reader with tables: what the page shows. The real generators read the hostile week in
 * HugoSiteTest, JekyllSiteTest and ZolaPostTest; this covers the corners one note at a time.
 */
class MarkdownTextTest {

  private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(TABLES).build();
  private static final PostRenderer AHA_ONLY = new PostRenderer(PostTemplate.compile("aha.md", "{{#aha}}\n- {{.}}\n{{/aha}}\n"));

  /** The HTML of a post holding this note alone. */
  private static String page(String note) {
    return HTML.render(PARSER.parse(AHA_ONLY.render(Weeks.withAha(Weeks.weekOne(FrontMatter.YAML), List.of(note)))));
  }

  static List<String> hostile() {
    return HostileWeek.NOTES.stream().filter(n -> n.typed().equals(n.shown())).map(HostileWeek.Note::typed).toList();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aNoteOfTheHostileWeekShowsAsTyped(String note) {
    assertThat(PageText.flat(PageText.visible(page(note)))).isEqualTo(PageText.flat(note));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
      a_b_c and _x_ and snake_case_name
      2**10 = 1024 and x * y * z
      ***three*** and ** two spaced **
      unclosed `tick and ``two
      [not a link] (x) and [x]: y
      ![not an image]
      a backslash at the end \\
      &copy; &#169; &#x41; stay entities as typed
      a tab	inside
      + plus first, then 1) paren
      http://example.org/a_b_c/ and https://example.org/x--y/
      Windows paths C:\\new\\table
      ^quote "me" and 'me'^
      <div>html</div> and <br> and <!-- a comment -->
      """)
  void whatLooksLikeMarkupButWasTypedAsTextShowsAsTyped(String note) {
    String html = page(note);

    assertThat(PageText.flat(PageText.visible(html))).isEqualTo(PageText.flat(note));
    assertThat(html).doesNotContain("<em>", "<strong>", "<a ", "<img", "<div", "<br");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      **bold** and *em* stay                     | bold and em stay                      | <strong>bold</strong>
      `Vec<T>` in code                           | Vec<T> in code                        | <code>Vec&lt;T&gt;</code>
      ``a ` b`` has a backtick                   | a ` b has a backtick                  | <code>a ` b</code>
      [the book](https://doc.rust-lang.org/book/) | the book                             | <a href="https://doc.rust-lang.org/book/">
      see <https://example.org/x>                | see https://example.org/x             | <a href="https://example.org/x">
      a (*parenthesised*) word                   | a (parenthesised) word                | <em>parenthesised</em>
      [**strong** link](/x_y)                    | strong link                           | <a href="/x_y"><strong>strong</strong>
      """)
  void markdownTypedOnPurposeKeepsWorking(String note, String shown, String element) {
    String html = page(note);

    assertThat(PageText.flat(PageText.visible(html))).isEqualTo(shown);
    assertThat(html).contains(element);
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource(delimiter = '|', textBlock = """
      Look:\\n```rust\\nlet x = "<T>";\\n```\\nafter    | let x = "<T>";\\n
      Code:\\n\\n    let v: Vec<T> = vec![];\\nafter  | let v: Vec<T> = vec![];\\n
      """)
  void codeBlocksInANoteOfSeveralLinesAreCode(String typed, String code) {
    String html = page(typed.replace("\\n", "\n"));

    assertThat(PageText.codeBlocks(html)).extracting(PageText.CodeBlock::code).containsExactly(code.replace("\\n", "\n"));
    assertThat(PageText.visible(html)).contains("after");
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource(delimiter = '|', textBlock = """
      ```\\nnot closed <T>
      ~~~\\nnot closed either
      a line\\n===\\nand --- alone\\n---
      one dash\\n-\\nand one equals sign\\n=
      -\\n*\\n+
      """)
  void aFenceLeftOpenOrAnUnderlineIsText(String typed) {
    String note = typed.replace("\\n", "\n");
    String html = page(note);

    assertThat(PageText.flat(PageText.visible(html))).isEqualTo(PageText.flat(note));
    assertThat(html).doesNotContain("<pre", "<h1", "<h2", "<hr");
  }
}

package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rustplan.RustplanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostTemplateTest {

  @TempDir Path dir;

  @Test
  void aLearnersTemplateRendersTheSameValues() throws IOException {
    Path file = write("mine.md", "---\ntitle: {{titleQuoted}}\n---\n\n{{#aha}}\n* {{.}}\n{{/aha}}\nWeek {{week}}, {{minutes}} min\n");

    String post = new PostRenderer(PostTemplate.read(file)).render(Weeks.weekOne(FrontMatter.YAML));

    assertThat(post)
        .isEqualTo(
            "---\ntitle: \"100 Days of Rust: Week 1 - Memory Layout & Representations\"\n---\n\n"
                + "* The compiler reorders fields unless told not to.\n* A ZST in a `Vec` never allocates.\n"
                + "Week 1, 245 min\n");
  }

  @Test
  void windowsLineEndsInATemplateDoNotReachThePost() throws IOException {
    Path file = write("crlf.md", "# Week {{week}}\r\n\r\n{{#aha}}\r\n- {{.}}\r\n{{/aha}}\r\n");

    String post = new PostRenderer(PostTemplate.read(file)).render(Weeks.weekOne(FrontMatter.YAML));

    assertThat(post).doesNotContain("\r").startsWith("# Week 1\n\n- The compiler");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndTheLine() throws IOException {
    Path file = write("broken.md", "# Week {{week}}\n\n{{#aha}}\n- {{.}}\n{{/ahaa}}\n");

    assertThatThrownBy(() -> PostTemplate.read(file))
        .isInstanceOf(RustplanException.class)
        .hasMessage(
            "template " + file + ":5: section close tag with mismatched open tag 'ahaa' != 'aha'; fix the template and try again")
        .extracting(e -> ((RustplanException) e).exitCode())
        .isEqualTo(RustplanException.FAILURE);
  }

  @Test
  void anUnclosedSectionNamesTheLineItOpensOn() throws IOException {
    Path file = write("open.md", "# Week {{week}}\n{{#questions}}\n- {{.}}\n");

    assertThatThrownBy(() -> PostTemplate.read(file))
        .hasMessage("template " + file + ":2: section missing close tag 'questions'; fix the template and try again");
  }

  @Test
  void aMisspeltValueNamesTheLineWhenRendering() throws IOException {
    PostRenderer renderer = new PostRenderer(PostTemplate.read(write("typo.md", "# Week {{week}}\n\nTheme: {{theem}}\n")));

    assertThatThrownBy(() -> renderer.render(Weeks.weekOne(FrontMatter.YAML)))
        .isInstanceOf(RustplanException.class)
        .hasMessageStartingWith("template " + dir.resolve("typo.md") + ":3: no value named 'theem'")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aMisspeltSectionIsAnErrorNotASilentlyMissingSection() throws IOException {
    PostRenderer renderer = new PostRenderer(PostTemplate.read(write("section.md", "{{#ahas}}\n- {{.}}\n{{/ahas}}\n")));

    assertThatThrownBy(() -> renderer.render(Weeks.weekOne(FrontMatter.YAML)))
        .hasMessageStartingWith("template " + dir.resolve("section.md") + ":1: ");
  }

  @Test
  void aPartialIsRefusedInOneLine() throws IOException {
    PostRenderer renderer = new PostRenderer(PostTemplate.read(write("partial.md", "{{> header}}\n")));

    assertThatThrownBy(() -> renderer.render(Weeks.weekOne(FrontMatter.YAML)))
        .isInstanceOf(RustplanException.class)
        .hasMessageContaining("partials ({{> name}}) are not supported");
  }

  @Test
  void aMissingTemplateIsAUsageError() {
    Path missing = dir.resolve("nope.md");

    assertThatThrownBy(() -> PostTemplate.read(missing))
        .isInstanceOf(RustplanException.class)
        .hasMessage(
            "template " + missing + " does not exist; give an existing file, or copy the bundled one from plan/templates/weekly-post.md")
        .extracting(e -> ((RustplanException) e).exitCode())
        .isEqualTo(RustplanException.USAGE);
  }

  @Test
  void aFolderIsNotATemplate() {
    assertThatThrownBy(() -> PostTemplate.read(dir)).hasMessageContaining("is a folder, not a file");
  }

  @Test
  void aTemplateThatIsNotUtf8IsRefused() throws IOException {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "Caf\u00e9 {{week}}\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> PostTemplate.read(file)).hasMessage("template " + file + " is not UTF-8 text; save it as UTF-8");
  }

  @Test
  void theBundledTemplateIsAppendixDWithItsEmojiRepaired() {
    assertThat(PostTemplate.bundled().name()).isEqualTo("weekly-post.md");
    String post = PostRenderer.bundled().render(Weeks.untouchedWeekTwo(FrontMatter.YAML));
    assertThat(post).contains("## Aha Moments 💡").doesNotContain("üí°", "\uf8ff");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}

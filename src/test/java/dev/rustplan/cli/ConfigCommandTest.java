package dev.rustplan.cli;

import static dev.rustplan.testing.ResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rustplan.testing.Result;
import dev.rustplan.testing.Rustplan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  @TempDir Path dir;

  private Rustplan rustplan() {
    return new Rustplan(dir.resolve("home"));
  }

  private Path journal() {
    return dir.resolve("home").resolve("progress.json");
  }

  @Test
  void listsEverySettingWithItsDefaultBeforeAnyIsSet() {
    Result result = rustplan().run("config");

    assertThat(result).succeeds();
    assertThat(result).out()
        .contains("template      (not set: the bundled plan/templates/weekly-post.md)")
        .contains("blog-dir      (not set: " + dir.resolve("home").resolve("posts") + ")")
        .contains("front-matter  (not set: yaml)");
    assertThat(journal()).doesNotExist();
  }

  @Test
  void setsATemplateABlogDirAndAFrontMatterAndKeepsThemInTheJournal() throws IOException {
    Path template = Files.writeString(dir.resolve("post.md"), "# Week {{week}}\n", StandardCharsets.UTF_8);
    Path posts = dir.resolve("site/content/posts");
    Rustplan rustplan = rustplan();

    assertThat(rustplan.run("config", "template", template.toString())).succeeds().out().isEqualTo("template = " + template + "\n");
    assertThat(rustplan.run("config", "blog-dir", posts.toString())).succeeds();
    assertThat(rustplan.run("config", "front-matter", "TOML")).succeeds().out().isEqualTo("front-matter = toml\n");

    assertThat(rustplan.run("config")).succeeds().out()
        .contains("template      " + template)
        .contains("blog-dir      " + posts)
        .contains("front-matter  toml");
    assertThat(rustplan.run("config", "blog-dir")).succeeds().out().isEqualTo(posts + "\n");
    assertThat(Files.readString(journal()))
        .contains("\"config\"")
        .contains("\"template\": \"" + template + "\"")
        .contains("\"blog-dir\": \"" + posts + "\"")
        .contains("\"front-matter\": \"toml\"");
  }

  @Test
  void unsetBringsTheDefaultBack() {
    Rustplan rustplan = rustplan();
    rustplan.run("config", "front-matter", "toml");

    assertThat(rustplan.run("config", "--unset", "front-matter")).succeeds().out().isEqualTo("front-matter is no longer set: yaml applies\n");
    assertThat(rustplan.run("config", "front-matter")).succeeds().out().isEqualTo("(not set: yaml)\n");
  }

  @Test
  void anUnknownKeyListsTheKnownOnes() {
    Result result = rustplan().run("config", "colour", "blue");

    assertThat(result).failsWith(2, "rustplan: unknown setting 'colour'; the settings are template, blog-dir, front-matter, practice-dir");
    assertThat(journal()).doesNotExist();
  }

  @Test
  void badValuesAreRefusedAndNothingIsWritten() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Path broken = Files.writeString(dir.resolve("broken.md"), "{{#aha}}\n");

    assertThat(rustplan().run("config", "front-matter", "json"))
        .failsWith(2, "front matter must be one of yaml, toml, got 'json'");
    assertThat(rustplan().run("config", "template", dir.resolve("missing.md").toString()))
        .failsWith(2, "template " + dir.resolve("missing.md") + " does not exist");
    assertThat(rustplan().run("config", "template", broken.toString()))
        .failsWith(1, "template " + broken + ":1: section missing close tag 'aha'");
    assertThat(rustplan().run("config", "blog-dir", file.toString()))
        .failsWith(2, "blog-dir " + file + " is a file, not a folder");
    assertThat(rustplan().run("config", "blog-dir", " ")).failsWith(2, "blog-dir cannot be empty");
    assertThat(journal()).doesNotExist();
  }

  @Test
  void aSettingAddedByANewerVersionIsShownAndKept() throws IOException {
    Files.createDirectories(journal().getParent());
    Files.writeString(journal(), "{\n  \"schema\": 1,\n  \"config\": {\n    \"theme\": \"dark\"\n  },\n  \"plans\": {}\n}\n");
    Rustplan rustplan = rustplan();

    assertThat(rustplan.run("config", "front-matter", "toml")).succeeds();

    assertThat(rustplan.run("config")).succeeds().out().contains("theme         dark  (unknown to this version)");
    assertThat(Files.readString(journal())).contains("\"theme\": \"dark\"", "\"front-matter\": \"toml\"");
  }

  @Test
  void aCorruptJournalIsLeftAsItWas() throws IOException {
    Files.createDirectories(journal().getParent());
    Files.writeString(journal(), "{ \"schema\": 1, ");
    byte[] before = Files.readAllBytes(journal());

    assertThat(rustplan().run("config", "front-matter", "toml")).failsWith(1, "progress.json:1:");
    assertThat(Files.readAllBytes(journal())).isEqualTo(before);
  }
}

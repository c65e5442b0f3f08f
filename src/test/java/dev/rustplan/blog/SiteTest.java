package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.RustplanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A site found from its own configuration: which generator, where its posts go, the path it is served under. */
class SiteTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void hugoIsFoundByItsConfigurationWhateverItsFormatAndName() throws IOException {
    file("hugo.yaml", "baseURL: https://user.github.io/blog/\ntitle: x\n");

    Site site = Site.at(dir, "--site " + dir);

    assertThat(site.generator()).isEqualTo(Generator.HUGO);
    assertThat(site.config()).isEqualTo(dir.resolve("hugo.yaml"));
    assertThat(site.posts()).isEqualTo(dir.resolve("content/posts"));
    assertThat(site.tagUrl("100-days-of-rust")).isEqualTo("/blog/tags/100-days-of-rust/");
  }

  @Test
  void configTomlIsHugosWithBaseUrlAndZolasWithBase_url() throws IOException {
    Path hugo = Files.createDirectories(dir.resolve("hugo"));
    Path zola = Files.createDirectories(dir.resolve("zola"));
    Files.writeString(hugo.resolve("config.toml"), "baseurl = \"https://example.org/\"\n[params]\nx = 1\n");
    Files.writeString(zola.resolve("config.toml"), "base_url = \"https://example.org/notes\"\ntaxonomies = [\n  {name = \"tags\"},\n]\n");

    assertThat(Site.at(hugo, "hugo").generator()).isEqualTo(Generator.HUGO);
    Site z = Site.at(zola, "zola");
    assertThat(z.generator()).isEqualTo(Generator.ZOLA);
    assertThat(z.posts()).isEqualTo(zola.resolve("content/blog"));
    assertThat(z.tagUrl("go")).isEqualTo("/notes/tags/go/");
    assertThat(z.tagsTaxonomy()).isTrue();
  }

  @Test
  void hugosConfigurationFolderAndItsSettingsAreRead() throws IOException {
    file("config/_default/hugo.toml", """
        baseURL = 'https://example.org/'
        contentDir = 'src'
        uglyURLs = true
        disableKinds = ['RSS']
        [taxonomies]
          tag = 'tags'
        """);
    Files.createDirectories(dir.resolve("src/blog"));

    Site site = Site.at(dir, "site");

    assertThat(site.config()).isEqualTo(dir.resolve("config/_default/hugo.toml"));
    assertThat(site.posts()).isEqualTo(dir.resolve("src/blog"));
    assertThat(site.tagUrl("rust")).isEqualTo("/tags/rust.html");
  }

  @Test
  void aHugoSiteWithoutTagPagesGetsNoTagLink() throws IOException {
    file("hugo.toml", "baseURL = '/'\ndisableKinds = ['term']\n");
    assertThat(Site.at(dir, "site").tagUrl("rust")).isNull();

    file("hugo.toml", "baseURL = '/'\n[taxonomies]\ncategory = 'categories'\n");
    assertThat(Site.at(dir, "site").tagUrl("rust")).isNull();
  }

  @Test
  void jekyllIsFoundByItsConfigAndKeepsPostsInItsCollectionsFolder() throws IOException {
    file("_config.yml", "baseurl: /notes\ncollections_dir: my_collections\n");

    Site site = Site.at(dir, "site");

    assertThat(site.generator()).isEqualTo(Generator.JEKYLL);
    assertThat(site.posts()).isEqualTo(dir.resolve("my_collections/_posts"));
    assertThat(site.basePath()).isEqualTo("/notes/");
    assertThat(site.tagUrl("rust")).isNull();
  }

  @Test
  void anEmptyJekyllConfigIsASiteServedAtTheRoot() throws IOException {
    file("_config.yml", "");
    assertThat(Site.at(dir, "site").basePath()).isEqualTo("/");
  }

  @Test
  void aZolaSectionIsTheFolderWithAnIndex() throws IOException {
    file("config.toml", "base_url = \"https://example.org\"\n");
    file("content/notes/_index.md", "+++\n+++\n");
    Files.createDirectories(dir.resolve("content/images"));

    Site site = Site.at(dir, "site");

    assertThat(site.posts()).isEqualTo(dir.resolve("content/notes"));
    assertThat(site.tagsTaxonomy()).isFalse();
    assertThat(site.tagUrl("x")).isNull();
  }

  @ParameterizedTest
  @CsvSource({
      "https://user.github.io/blog/, /blog/",
      "https://user.github.io/blog, /blog/",
      "https://example.org, /",
      "/, /",
      "'', /",
      "/sub/path, /sub/path/"})
  void theBasePathIsThePathOfTheBaseAddress(String baseUrl, String path) {
    assertThat(Site.basePath(baseUrl)).isEqualTo(path);
  }

  @Test
  void aFolderThatIsNoSiteSaysWhatWasLookedFor() throws IOException {
    file("config.toml", "title = \"neither\"\n");

    assertThatThrownBy(() -> Site.at(dir, "--site x"))
        .isInstanceOf(RustplanException.class)
        .hasMessage("--site x is not a Hugo, Jekyll or Zola site: " + Site.LOOKED_FOR)
        .extracting(e -> ((RustplanException) e).exitCode()).isEqualTo(2);
  }

  @Test
  void tomlAsSiteConfigurationsWriteIt() throws Exception {
    JsonNode tree = TomlTree.parse("""
        # a comment
        base_url = "https://example.org"   # after a value
        'quoted key' = 'literal \\ string'
        escaped = "tab\\there \\u00e9"
        long = \"\"\"
        two
        lines\"\"\"
        flags = [true, false]
        taxonomies = [
          { name = "tags", feed = true }, # a comment in an array
          { name = "categories" },
        ]
        site.nested = 1

        [markdown]
        highlight_code = true
        [[extra.menu]]
        name = "a"
        [[extra.menu]]
        name = "b"
        """);

    assertThat(tree.get("base_url").asText()).isEqualTo("https://example.org");
    assertThat(tree.get("quoted key").asText()).isEqualTo("literal \\ string");
    assertThat(tree.get("escaped").asText()).isEqualTo("tab\there é");
    assertThat(tree.get("long").asText()).isEqualTo("two\nlines");
    assertThat(tree.get("flags").get(0).asBoolean()).isTrue();
    assertThat(tree.get("taxonomies").get(0).get("name").asText()).isEqualTo("tags");
    assertThat(tree.get("taxonomies").get(1).get("name").asText()).isEqualTo("categories");
    assertThat(tree.get("site").get("nested").asText()).isEqualTo("1");
    assertThat(tree.get("markdown").get("highlight_code").asBoolean()).isTrue();
    assertThat(tree.get("extra").get("menu").get(1).get("name").asText()).isEqualTo("b");
  }

  @Test
  void brokenTomlIsRefusedWithItsLine() {
    assertThatThrownBy(() -> TomlTree.parse("a = 1\nb = \"open\n"))
        .isInstanceOf(TomlTree.Malformed.class)
        .hasMessage("a string is not closed")
        .extracting(e -> ((TomlTree.Malformed) e).line).isEqualTo(2);
    assertThatThrownBy(() -> TomlTree.parse("a = [1, 2\n")).isInstanceOf(TomlTree.Malformed.class);
    assertThatThrownBy(() -> TomlTree.parse("= 1\n")).isInstanceOf(TomlTree.Malformed.class);
  }
}

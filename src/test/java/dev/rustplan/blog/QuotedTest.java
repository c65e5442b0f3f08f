package dev.rustplan.blog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class QuotedTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final TomlMapper TOML = new TomlMapper();

  /** Any title, however odd, reads back unchanged from both kinds of front matter. */
  @Property(tries = 500)
  void yamlAndTomlReadTheSameTextBack(@ForAll String text) throws Exception {
    // Lone surrogates cannot be written as UTF-8 at all; no real title holds one.
    String title = text.codePoints().anyMatch(cp -> cp >= 0xd800 && cp <= 0xdfff) ? "x" : text;
    String literal = Quoted.of(title);

    assertThat(YAML.readTree("title: " + literal).get("title").asText()).isEqualTo(title);
    assertThat(TOML.readTree("title = " + literal).get("title").asText()).isEqualTo(title);
  }
}

package dev.rustplan.blog;

import dev.rustplan.RustplanException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a post's front matter is written: YAML between --- lines (Hugo, Jekyll), or TOML between
 * +++ lines with the tags under [taxonomies] (Zola; Hugo reads it too).
 */
public enum FrontMatter {
  YAML,
  TOML;

  /** The lower-case word used on the command line and in the config. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The style named by word, or a usage error that lists the styles. */
  public static FrontMatter parse(String word) {
    return Arrays.stream(values())
        .filter(style -> style.label().equalsIgnoreCase(word.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                RustplanException.usage(
                    "front matter must be one of " + allowed() + ", got '" + word + "'"));
  }

  /** "yaml, toml", for messages. */
  public static String allowed() {
    return Arrays.stream(values()).map(FrontMatter::label).collect(Collectors.joining(", "));
  }
}

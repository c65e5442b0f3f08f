package dev.rustplan.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The static-site generators whose sites `blog --site` writes into. Each reads posts its own way
 * (where, with which front matter, how a draft is kept back), which {@link Site} and the template
 * follow.
 */
public enum Generator {
  HUGO("Hugo", Pattern.compile("\\{\\{[<%]")),
  // Liquid would read {{ and {% too, but the post turns it off (render_with_liquid: false).
  JEKYLL("Jekyll", null),
  ZOLA("Zola", Pattern.compile("\\{[{%]-?\\s*[A-Za-z0-9_]+\\s*\\("));

  private final String displayName;
  private final Pattern shortcode;

  Generator(String displayName, Pattern shortcode) {
    this.displayName = displayName;
    this.shortcode = shortcode;
  }

  /**
   * What in code this generator reads as a shortcode even inside a code block (Hugo: {{&lt; and
   * {{%; Zola: {{ name( and {% name(), so that the post cannot show it as it is; null if nothing.
   * Notes are escaped, but code is shown as it is, so the learner is told instead.
   */
  public String shortcodeIn(String code) {
    if (shortcode == null || code == null) {
      return null;
    }
    Matcher m = shortcode.matcher(code);
    return m.find() ? m.group() : null;
  }

  /** "Hugo", for messages. */
  public String displayName() {
    return displayName;
  }
}

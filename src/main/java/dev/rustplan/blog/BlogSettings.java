package dev.rustplan.blog;

import dev.rustplan.RustplanException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the stored settings (see {@link Setting}) say about writing posts, with the defaults
 * filled in. The template is null when the bundled one applies; the site, the series address and
 * the practice projects' address are null when not set; the progress card is off unless set on.
 */
public record BlogSettings(
    Path template, Path blogDir, FrontMatter frontMatter, Path site, String seriesUrl, String practiceUrl,
    boolean postCard) {

  /** The settings from the journal's config, for a learner whose data folder is home. */
  public static BlogSettings of(Map<String, String> config, Path home) {
    String template = config.get(Setting.TEMPLATE.key());
    String blogDir = config.get(Setting.BLOG_DIR.key());
    String frontMatter = config.get(Setting.FRONT_MATTER.key());
    String site = config.get(Setting.SITE.key());
    return new BlogSettings(
        template == null ? null : Path.of(template),
        blogDir == null ? home.resolve("posts") : Path.of(blogDir),
        frontMatter == null ? FrontMatter.YAML : storedStyle(frontMatter),
        site == null ? null : Path.of(site),
        config.get(Setting.SERIES_URL.key()),
        config.get(Setting.PRACTICE_URL.key()),
        "on".equals(config.get(Setting.POST_CARD.key())));
  }

  private static FrontMatter storedStyle(String word) {
    try {
      return FrontMatter.parse(word);
    } catch (RustplanException e) {
      throw RustplanException.usage(
          "the front-matter setting is '" + word + "' but must be one of " + FrontMatter.allowed()
              + "; set it with `rustplan config front-matter yaml`");
    }
  }
}

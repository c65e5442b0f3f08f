package dev.rustplan.blog;

import dev.rustplan.RustplanException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A setting `rustplan config` knows: its key, what it means, and how a value is checked before
 * it is stored. Paths are stored absolute, so that they mean the same from any folder.
 */
public enum Setting {
  TEMPLATE("template", "the Mustache template `blog` renders posts with", "the bundled plan/templates/weekly-post.md"),
  BLOG_DIR("blog-dir", "the folder `blog` writes posts to", "posts in rustplan's data folder"),
  FRONT_MATTER("front-matter", "the front matter `blog` writes: " + FrontMatter.allowed(), FrontMatter.YAML.label()),
  PRACTICE_DIR("practice-dir", "the folder `practice` creates projects in", "the current folder"),
  SITE("site", "the Hugo, Jekyll or Zola site `blog` writes posts into, as its generator reads them", "none (posts go to blog-dir)"),
  SERIES_URL("series-url", "the address the posts' series line links to", "the site's page of the plan's tag, where it has one"),
  PRACTICE_URL("practice-url", "the address practice projects are published under (a repository's)", "none (projects are named, not linked)"),
  POST_CARD("post-card", "on: `blog` writes a progress card (an SVG of the plan's days) beside the post, and the post shows it", "off");

  private final String key;
  private final String meaning;
  private final String fallback;

  Setting(String key, String meaning, String fallback) {
    this.key = key;
    this.meaning = meaning;
    this.fallback = fallback;
  }

  public String key() {
    return key;
  }

  public String meaning() {
    return meaning;
  }

  /** What applies while the setting is not set, for a learner whose data folder is home. */
  public String fallback(Path home) {
    return this == BLOG_DIR ? home.resolve("posts").toString() : fallback;
  }

  public static Optional<Setting> find(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** The setting with this key, or a usage error that lists the known keys. */
  public static Setting named(String key) {
    return find(key)
        .orElseThrow(() -> RustplanException.usage("unknown setting '" + key + "'; the settings are " + keys()));
  }

  /** "template, blog-dir, front-matter, ...", for messages. */
  public static String keys() {
    return Arrays.stream(values()).map(Setting::key).collect(Collectors.joining(", "));
  }

  /** The value to store for what the learner typed, or a usage error saying what is allowed. */
  public String check(String value) {
    if (value.isBlank()) {
      throw RustplanException.usage(
          key + " cannot be empty; to go back to the default, run `rustplan config --unset " + key + "`");
    }
    return switch (this) {
      case TEMPLATE -> checkTemplate(value);
      case BLOG_DIR, PRACTICE_DIR -> checkFolder(key, value);
      case FRONT_MATTER -> FrontMatter.parse(value).label();
      case SITE -> checkSite(value);
      case SERIES_URL, PRACTICE_URL -> checkAddress(key, value.strip());
      case POST_CARD -> checkSwitch(key, value);
    };
  }

  /** The words an on/off setting takes, as they are stored. */
  public static final java.util.List<String> SWITCH = java.util.List.of("on", "off");

  /** on or off (true/false, yes/no taken as those), stored as on or off. */
  private static String checkSwitch(String key, String value) {
    String word = value.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (word) {
      case "on", "true", "yes" -> "on";
      case "off", "false", "no" -> "off";
      default -> throw RustplanException.usage(key + " must be on or off, got '" + value + "'");
    };
  }

  private static String checkSite(String value) {
    Path folder = Path.of(value).toAbsolutePath().normalize();
    // A folder that is no site is refused now, not at the next `blog`.
    Site.at(folder, "site " + folder);
    return folder.toString();
  }

  /** An http(s) address, or a path on the site that starts with /: something a published page can link to. */
  private static String checkAddress(String key, String value) {
    boolean web = value.matches("(?i)https?://[^/\\s]+(/\\S*)?");
    boolean path = value.matches("/\\S*") && !value.startsWith("//");
    if (!web && !path) {
      throw RustplanException.usage(key + " must be a web address (https://...) or a path on the site starting with /, got '"
          + value + "'; a link to a file on your machine would be broken once published");
    }
    try {
      URI.create(value);
    } catch (IllegalArgumentException e) {
      throw RustplanException.usage(key + " '" + value + "' is not a valid address: " + e.getMessage());
    }
    return value;
  }

  private static String checkTemplate(String value) {
    Path file = Path.of(value).toAbsolutePath().normalize();
    // A template that does not compile is refused now, not at the next `blog`.
    PostTemplate.read(file);
    return file.toString();
  }

  private static String checkFolder(String key, String value) {
    Path folder = Path.of(value).toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw RustplanException.usage(key + " " + folder + " is a file, not a folder; give a folder (it is created if missing)");
    }
    return folder.toString();
  }
}

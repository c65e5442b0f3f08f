package dev.rustplan.blog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustplan.RustplanException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A Hugo, Jekyll or Zola site as its own configuration describes it: which generator reads it,
 * the folder its posts go in, the path the site is served under, and whether it has a page per tag.
 * What a post looks like for it is the template's business; this only finds things out.
 *
 * @param generator the generator whose configuration was found
 * @param root the site's folder
 * @param config the configuration file it was recognized by
 * @param posts the folder the generator reads posts from (it may not exist yet)
 * @param basePath the path the site is served under, "/" or "/blog/": from baseURL, baseurl or base_url
 * @param tagPages whether the site has a page per tag at basePath + tags/TAG/ (Hugo and Zola; never Jekyll)
 * @param uglyUrls Hugo's uglyURLs: pages are TAG.html rather than TAG/
 * @param tagsTaxonomy whether a post's front matter may carry tags (Zola refuses a taxonomy its config does not declare)
 * @param files the folder a file a post links to (its progress card) goes in, so that the generator publishes it
 * @param filesPath the path on the site that folder is published under, base path included ("/blog/posts/")
 */
public record Site(
    Generator generator, Path root, Path config, Path posts, String basePath, boolean tagPages, boolean uglyUrls,
    boolean tagsTaxonomy, Path files, String filesPath) {

  private static final List<String> HUGO_FILES = List.of("hugo.toml", "hugo.yaml", "hugo.json");
  private static final List<String> CONFIG_FILES = List.of("config.toml", "config.yaml", "config.json");
  private static final List<String> JEKYLL_FILES = List.of("_config.yml", "_config.yaml");

  /** Where, in a Jekyll site's source, the files posts link to go. */
  static final String JEKYLL_FILES_FOLDER = "assets/rustplan";

  /** The sections a blog's posts usually live in, in the order they are looked for. */
  private static final List<String> POST_SECTIONS = List.of("posts", "post", "blog");

  /** What was looked for, for the message when a folder is none of the three. */
  static final String LOOKED_FOR =
      "found no hugo.toml or hugo.yaml (Hugo), no config.toml, config.yaml or config.json with baseURL (Hugo)"
          + " or base_url (Zola), and no _config.yml (Jekyll)";

  /** A tag's page on this site, or null when the site has none. */
  public String tagUrl(String tag) {
    if (!tagPages) {
      return null;
    }
    return basePath + "tags/" + tag + (uglyUrls ? ".html" : "/");
  }

  /**
   * The front matter this site's generator reads: Jekyll only YAML, Zola (here) only TOML, Hugo
   * either, as the --front-matter option (null when not given), else the setting, says.
   */
  public FrontMatter frontMatter(FrontMatter option, FrontMatter setting) {
    FrontMatter only = switch (generator) {
      case JEKYLL -> FrontMatter.YAML;
      case ZOLA -> FrontMatter.TOML;
      case HUGO -> null;
    };
    if (only == null) {
      return option != null ? option : setting;
    }
    if (option != null && option != only) {
      throw RustplanException.usage(generator.displayName() + " reads " + only.label() + " front matter, and " + root
          + " is a " + generator.displayName() + " site; leave out --front-matter " + option.label());
    }
    return only;
  }

  /**
   * The site in folder dir, found from its configuration; {@code named} says where the folder came
   * from ("--site blog", "site /srv/blog"), for the one line that says it is not a site.
   */
  public static Site at(Path dir, String named) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw RustplanException.usage(named + " does not exist; give the folder of your Hugo, Jekyll or Zola site");
    }
    if (!Files.isDirectory(root)) {
      throw RustplanException.usage(named + " is a file; give the folder of your Hugo, Jekyll or Zola site");
    }
    Path found = first(root, HUGO_FILES);
    if (found != null) {
      return hugo(root, found, SiteConfig.read(found));
    }
    found = first(root, JEKYLL_FILES);
    if (found != null) {
      return jekyll(root, found, SiteConfig.read(found));
    }
    for (String name : CONFIG_FILES) {
      Path file = root.resolve(name);
      if (Files.isRegularFile(file)) {
        // config.toml is Hugo's older name and Zola's only one: the base address's key tells them apart.
        JsonNode config = SiteConfig.read(file);
        if (SiteConfig.field(config, "baseURL") != null) {
          return hugo(root, file, config);
        }
        if (name.endsWith(".toml") && config.has("base_url")) {
          return zola(root, file, config);
        }
      }
    }
    // Hugo's configuration directory: config/_default/hugo.toml and the like.
    found = first(root.resolve("config/_default"), Stream.concat(HUGO_FILES.stream(), CONFIG_FILES.stream()).toList());
    if (found != null) {
      return hugo(root, found, SiteConfig.read(found));
    }
    throw RustplanException.usage(named + " is not a Hugo, Jekyll or Zola site: " + LOOKED_FOR);
  }

  private static Path first(Path folder, List<String> names) {
    return names.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
  }

  private static Site hugo(Path root, Path file, JsonNode config) {
    String contentDir = text(SiteConfig.field(config, "contentDir"), "content");
    Path content = root.resolve(contentDir);
    JsonNode taxonomies = SiteConfig.field(config, "taxonomies");
    boolean tagPages = taxonomies == null || !taxonomies.isObject() || values(taxonomies).anyMatch("tags"::equals);
    JsonNode disabled = SiteConfig.field(config, "disableKinds");
    if (disabled != null && disabled.isArray() && values(disabled).anyMatch(kind -> kind.equalsIgnoreCase("term"))) {
      tagPages = false;
    }
    JsonNode ugly = SiteConfig.field(config, "uglyURLs");
    String section = section(content, false);
    String base = basePath(text(SiteConfig.field(config, "baseURL"), "/"));
    // A file beside the posts is a resource of their section, published at the section's path
    // whatever the posts' own permalinks are.
    return new Site(Generator.HUGO, root, file, content.resolve(section), base, tagPages, ugly != null && ugly.asBoolean(),
        true, content.resolve(section), base + section + "/");
  }

  private static Site jekyll(Path root, Path file, JsonNode config) {
    Path source = root.resolve(text(config.get("source"), "."));
    Path collections = source.resolve(text(config.get("collections_dir"), "."));
    String base = basePath(text(config.get("baseurl"), "/"));
    // Jekyll copies nothing from _posts but posts: a file a post links to goes where Jekyll copies
    // static files as they are, a folder of the source whose name starts with no underscore.
    return new Site(Generator.JEKYLL, root, file, collections.resolve("_posts").normalize(), base, false, false, true,
        source.resolve(JEKYLL_FILES_FOLDER).normalize(), base + JEKYLL_FILES_FOLDER + "/");
  }

  private static Site zola(Path root, Path file, JsonNode config) {
    boolean tags = false;
    boolean rendered = false;
    JsonNode taxonomies = config.get("taxonomies");
    if (taxonomies != null && taxonomies.isArray()) {
      for (JsonNode taxonomy : taxonomies) {
        if ("tags".equals(taxonomy.path("name").asText())) {
          tags = true;
          rendered = taxonomy.path("render").asBoolean(true);
        }
      }
    }
    Path content = root.resolve("content");
    String section = section(content, true);
    String base = basePath(text(config.get("base_url"), "/"));
    // A section's non-Markdown files are its assets, copied to the section's path.
    return new Site(Generator.ZOLA, root, file, content.resolve(section), base, tags && rendered, false, tags,
        content.resolve(section), base + section + "/");
  }

  /**
   * The section a site's posts are in: posts, post or blog where one exists; else the one folder
   * of content (for Zola, the one with an _index.md, which is what makes a folder a section); else
   * blog for Zola, as its documentation has it, and posts for Hugo.
   */
  private static String section(Path content, boolean zola) {
    for (String name : POST_SECTIONS) {
      if (Files.isDirectory(content.resolve(name))) {
        return name;
      }
    }
    try (Stream<Path> children = Files.isDirectory(content) ? Files.list(content) : Stream.empty()) {
      List<Path> sections = children
          .filter(Files::isDirectory)
          .filter(p -> !zola || Files.isRegularFile(p.resolve("_index.md")))
          .sorted()
          .toList();
      if (sections.size() == 1) {
        return sections.get(0).getFileName().toString();
      }
    } catch (IOException e) {
      // An unreadable content folder gets the usual section; writing there will say what is wrong.
    }
    return zola ? "blog" : "posts";
  }

  /** "/" or "/blog/": the path part of a base address, which links on the site must start with. */
  static String basePath(String baseUrl) {
    String path;
    try {
      URI uri = new URI(baseUrl.strip());
      path = uri.getRawPath();
    } catch (URISyntaxException e) {
      path = baseUrl.strip();
    }
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    return path.endsWith("/") ? path : path + "/";
  }

  private static String text(JsonNode node, String fallback) {
    return node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank() ? fallback : node.asText();
  }

  private static Stream<String> values(JsonNode node) {
    return StreamSupport.stream(node.spliterator(), false)
        .filter(JsonNode::isValueNode)
        .map(n -> n.asText().toLowerCase(Locale.ROOT));
  }
}

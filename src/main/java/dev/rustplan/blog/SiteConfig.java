package dev.rustplan.blog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rustplan.IoReason;
import dev.rustplan.RustplanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A site generator's configuration file read as a tree: TOML by {@link TomlTree}, YAML and JSON
 * (which YAML reads too) by Jackson. Only read, never written: the site is the learner's.
 */
final class SiteConfig {

  private SiteConfig() {}

  /** The file's top level as an object (empty for an empty file), or a one-line failure naming the file and line. */
  static JsonNode read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw RustplanException.failure("cannot read the site's configuration " + file + ": " + IoReason.of(e), e);
    }
    try {
      JsonNode tree = file.getFileName().toString().endsWith(".toml")
          ? TomlTree.parse(text)
          : new YAMLMapper().readTree(text);
      return tree == null || tree.isMissingNode() || tree.isNull() ? JsonNodeFactory.instance.objectNode() : tree;
    } catch (TomlTree.Malformed e) {
      throw unreadable(file, e.line, e.getMessage(), e);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw unreadable(file, line, e.getOriginalMessage().lines().findFirst().orElse("not YAML"), e);
    }
  }

  /** A top-level key as Hugo reads it, whatever its case (baseURL, baseurl), or null. */
  static JsonNode field(JsonNode config, String key) {
    for (Iterator<Map.Entry<String, JsonNode>> it = config.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().equalsIgnoreCase(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static RustplanException unreadable(Path file, int line, String why, Exception cause) {
    String where = line > 0 ? file + ":" + line : file.toString();
    return RustplanException.failure(
        "cannot read the site's configuration " + where + ": " + why + "; fix it (the generator would refuse it too)", cause);
  }
}

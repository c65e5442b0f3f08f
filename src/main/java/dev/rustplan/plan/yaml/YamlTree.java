package dev.rustplan.plan.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.rustplan.plan.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML document as a tree whose every node knows its line and column, built from Jackson's
 * streaming tokens (its own tree drops them), so that each finding in a YAML plan names its place.
 * Aliases are refused: they would read as the anchor's name, not its value.
 */
final class YamlTree {

  /** Built once: a factory is thread-safe and costly to make. */
  private static final YAMLFactory YAML = new YAMLFactory();

  private YamlTree() {}

  /** A node of the tree. */
  sealed interface Node permits Scalar, Mapping, Sequence {
    int line();

    int column();
  }

  /** Text, a number, true or false, or nothing (null): as written, with what YAML took it for. */
  record Scalar(String text, JsonToken token, int line, int column) implements Node {
    boolean isText() {
      return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
          || token == JsonToken.VALUE_NUMBER_FLOAT;
    }
  }

  /** A key of a mapping, where it is written, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  record Mapping(List<Entry> entries, int line, int column) implements Node {
    Optional<Entry> get(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
  }

  record Sequence(List<Node> items, int line, int column) implements Node {}

  /**
   * The document's tree, or empty when it cannot be had (its syntax errors are the metadata
   * reader's to report, which parses the same text first); an alias is reported here.
   */
  static Optional<Node> read(String text, Diagnostics diagnostics) {
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(node(p, diagnostics));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Node node(JsonParser p, Diagnostics d) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      d.error(line, column, "YAML aliases (*" + p.getText() + ") are not read in a plan; write the value out");
      return new Scalar(null, JsonToken.VALUE_NULL, line, column);
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      List<Entry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation keyAt = p.currentTokenLocation();
        String key = p.currentName();
        p.nextToken();
        entries.add(new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), node(p, d)));
      }
      return new Mapping(entries, line, column);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(node(p, d));
      }
      return new Sequence(items, line, column);
    }
    return new Scalar(t == JsonToken.VALUE_NULL ? null : p.getText(), t, line, column);
  }
}

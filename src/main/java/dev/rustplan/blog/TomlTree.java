package dev.rustplan.blog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a site's TOML configuration (hugo.toml, Zola's config.toml) into a JSON tree, so that a
 * site is found and understood without a TOML library in the jar. It knows the TOML that site
 * configurations are written in: tables, arrays of tables, dotted keys, strings of the four kinds,
 * arrays, inline tables; numbers, dates and booleans are kept as their text (booleans as booleans).
 */
final class TomlTree {

  /** Where and why a file is not TOML this reader understands. */
  static final class Malformed extends Exception {
    final int line;

    Malformed(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private int at;

  private TomlTree(String text) {
    this.text = text.replace("\r\n", "\n");
  }

  static ObjectNode parse(String text) throws Malformed {
    return new TomlTree(text).document();
  }

  private ObjectNode document() throws Malformed {
    ObjectNode root = NODES.objectNode();
    ObjectNode table = root;
    while (true) {
      skipBlankAndComments();
      if (at >= text.length()) {
        return root;
      }
      if (peek() == '[') {
        boolean arrayOfTables = text.startsWith("[[", at);
        at += arrayOfTables ? 2 : 1;
        String[] path = key();
        expect(arrayOfTables ? "]]" : "]");
        table = arrayOfTables ? appendTable(root, path) : table(root, path);
      } else {
        String[] path = key();
        skipSpaces();
        expect("=");
        skipSpaces();
        JsonNode value = value();
        ObjectNode parent = table(table, Arrays.copyOf(path, path.length - 1));
        parent.set(path[path.length - 1], value);
      }
      skipSpaces();
      if (at < text.length() && peek() == '#') {
        skipComment();
      }
      if (at < text.length() && peek() != '\n') {
        throw error("expected the end of the line");
      }
    }
  }

  private static ObjectNode table(ObjectNode from, String[] path) {
    ObjectNode node = from;
    for (String part : path) {
      JsonNode child = node.get(part);
      if (child instanceof ArrayNode array && array.size() > 0 && array.get(array.size() - 1) instanceof ObjectNode last) {
        node = last;
      } else if (child instanceof ObjectNode object) {
        node = object;
      } else {
        node = node.putObject(part);
      }
    }
    return node;
  }

  private static ObjectNode appendTable(ObjectNode root, String[] path) {
    ObjectNode parent = table(root, Arrays.copyOf(path, path.length - 1));
    String last = path[path.length - 1];
    ArrayNode array = parent.get(last) instanceof ArrayNode existing ? existing : parent.putArray(last);
    return array.addObject();
  }

  private String[] key() throws Malformed {
    List<String> parts = new ArrayList<>();
    do {
      skipSpaces();
      if (at < text.length() && (peek() == '"' || peek() == '\'')) {
        parts.add(string().asText());
      } else {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
          at++;
        }
        if (start == at) {
          throw error("expected a key");
        }
        parts.add(text.substring(start, at));
      }
      skipSpaces();
    } while (at < text.length() && peek() == '.' && ++at > 0);
    return parts.toArray(String[]::new);
  }

  private JsonNode value() throws Malformed {
    if (at >= text.length()) {
      throw error("expected a value");
    }
    char c = peek();
    if (c == '"' || c == '\'') {
      return string();
    }
    if (c == '[') {
      at++;
      ArrayNode array = NODES.arrayNode();
      while (true) {
        skipBlankAndComments();
        if (at < text.length() && peek() == ']') {
          at++;
          return array;
        }
        array.add(value());
        skipBlankAndComments();
        if (at < text.length() && peek() == ',') {
          at++;
        } else if (at >= text.length() || peek() != ']') {
          throw error("expected , or ] in an array");
        }
      }
    }
    if (c == '{') {
      at++;
      ObjectNode object = NODES.objectNode();
      skipSpaces();
      if (at < text.length() && peek() == '}') {
        at++;
        return object;
      }
      while (true) {
        String[] path = key();
        expect("=");
        skipSpaces();
        table(object, Arrays.copyOf(path, path.length - 1)).set(path[path.length - 1], value());
        skipSpaces();
        if (at < text.length() && peek() == ',') {
          at++;
        } else {
          expect("}");
          return object;
        }
      }
    }
    int start = at;
    while (at < text.length() && ",]}#\n".indexOf(peek()) < 0) {
      at++;
    }
    String bare = text.substring(start, at).strip();
    if (bare.isEmpty()) {
      throw error("expected a value");
    }
    return switch (bare) {
      case "true" -> NODES.booleanNode(true);
      case "false" -> NODES.booleanNode(false);
      default -> NODES.textNode(bare);
    };
  }

  private JsonNode string() throws Malformed {
    char quote = peek();
    boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), at);
    String close = multiLine ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
    at += close.length();
    if (multiLine && at < text.length() && peek() == '\n') {
      at++;
    }
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length() || !multiLine && peek() == '\n') {
        throw error("a string is not closed");
      }
      if (text.startsWith(close, at)) {
        at += close.length();
        return NODES.textNode(out.toString());
      }
      char c = text.charAt(at++);
      if (c == '\\' && quote == '"' && at < text.length()) {
        char e = text.charAt(at++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u', 'U' -> {
            int digits = e == 'u' ? 4 : 8;
            if (at + digits > text.length()) {
              throw error("a \\" + e + " escape is cut short");
            }
            try {
              out.appendCodePoint(Integer.parseInt(text.substring(at, at + digits), 16));
            } catch (IllegalArgumentException bad) {
              throw error("a \\" + e + " escape is not a character");
            }
            at += digits;
          }
          case '\n' -> {
            while (at < text.length() && Character.isWhitespace(peek())) {
              at++;
            }
          }
          default -> out.append(e);
        }
      } else {
        out.append(c);
      }
    }
  }

  private void expect(String what) throws Malformed {
    skipSpaces();
    if (!text.startsWith(what, at)) {
      throw error("expected " + what);
    }
    at += what.length();
  }

  private void skipSpaces() {
    while (at < text.length() && (peek() == ' ' || peek() == '\t')) {
      at++;
    }
  }

  private void skipBlankAndComments() {
    while (at < text.length()) {
      char c = peek();
      if (c == '#') {
        skipComment();
      } else if (Character.isWhitespace(c)) {
        at++;
      } else {
        return;
      }
    }
  }

  private void skipComment() {
    while (at < text.length() && peek() != '\n') {
      at++;
    }
  }

  private char peek() {
    return text.charAt(at);
  }

  private Malformed error(String message) {
    int line = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new Malformed(line, message);
  }
}

package dev.rustplan.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes the journal's JSON trees through jackson-core's streaming parser and
 * generator. The tree is databind's, but no ObjectMapper is built: on a cold start an ObjectMapper
 * costs more than everything else `rustplan today` does.
 */
public final class JsonTree {

  /** Lossless: a duplicate key is an error rather than a silently dropped value. */
  static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Decimals keep their digits ("1.50" stays "1.50"). */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /** The one JSON value in these bytes; a syntax fault is a JsonParseException with its location. */
  static JsonNode read(byte[] bytes) throws IOException {
    return read(FACTORY.createParser(bytes));
  }

  /** The one JSON value in this stream, which it reads to its end and closes. */
  static JsonNode read(InputStream in) throws IOException {
    return read(FACTORY.createParser(in));
  }

  private static JsonNode read(JsonParser opened) throws IOException {
    try (JsonParser parser = opened) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      JsonNode root = value(parser, first);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        throw new JsonParseException(parser, "Trailing token (of type " + extra + ") found after the journal's value");
      }
      return root;
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
          String name = parser.currentName();
          object.set(name, value(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return integer(parser);
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new JsonParseException(parser, "Unexpected token " + token);
    }
  }

  /** The smallest node that holds the integer, as databind's own tree reader picks it. */
  private static JsonNode integer(JsonParser parser) throws IOException {
    switch (parser.getNumberType()) {
      case INT:
        return NODES.numberNode(parser.getIntValue());
      case LONG:
        return NODES.numberNode(parser.getLongValue());
      default:
        return NODES.numberNode(parser.getBigIntegerValue());
    }
  }

  /** The tree as pretty JSON: two-space indents, one item a line, "key": value, empty [] and {}. */
  public static String write(JsonNode root) {
    return write(root, true);
  }

  /** The tree as JSON, pretty or on one line (for caches nobody reads but rustplan). */
  public static String write(JsonNode root, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = generator(out, pretty)) {
      value(generator, root);
    } catch (IOException e) {
      throw new UncheckedIOException("a journal tree always serializes to a string", e);
    }
    return out.toString();
  }

  /**
   * A generator into out, pretty (two-space indents, one item a line, "key": value, empty [] and
   * {}) or on one line. Closing it flushes it and leaves out open, for whatever follows.
   */
  static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    if (pretty) {
      DefaultIndenter indent = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator("")
                      .withObjectEmptySeparator(""));
      printer.indentObjectsWith(indent);
      printer.indentArraysWith(indent);
      generator.setPrettyPrinter(printer);
    }
    return generator;
  }

  /** Walks the tree by hand: a node's own serialize() wants a provider, which wants a mapper. */
  static void value(JsonGenerator out, JsonNode node) throws IOException {
    if (node.isObject()) {
      out.writeStartObject();
      for (var field : node.properties()) {
        out.writeFieldName(field.getKey());
        value(out, field.getValue());
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (JsonNode item : node) {
        value(out, item);
      }
      out.writeEndArray();
    } else if (node.isTextual()) {
      out.writeString(node.textValue());
    } else if (node.isIntegralNumber()) {
      out.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      out.writeNumber(node.decimalValue());
    } else if (node.isBoolean()) {
      out.writeBoolean(node.booleanValue());
    } else if (node.isNull()) {
      out.writeNull();
    } else {
      throw new IOException("not a JSON value: " + node.getNodeType());
    }
  }
}

package dev.rustplan.journal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One JSON object of the journal being read: typed access to its known fields, each fault named
 * by its JSON pointer, and whatever was not asked for handed back as {@link Unknown}.
 */
final class JsonFields {

  /** A value of the wrong shape, located by its pointer so the reader can turn it into line:col. */
  static final class ShapeException extends RuntimeException {
    private final transient JsonPointer pointer;
    private final boolean newer;

    ShapeException(JsonPointer pointer, String message) {
      this(pointer, message, false);
    }

    ShapeException(JsonPointer pointer, String message, boolean newer) {
      super(message, null, false, false);
      this.pointer = pointer;
      this.newer = newer;
    }

    JsonPointer pointer() {
      return pointer;
    }

    /** The file comes from a newer rustplan: refused, never misread. */
    boolean newer() {
      return newer;
    }
  }

  private final ObjectNode node;
  private final JsonPointer at;
  private final Set<String> known = new HashSet<>();

  private JsonFields(ObjectNode node, JsonPointer at) {
    this.node = node;
    this.at = at;
  }

  static JsonFields of(JsonNode node, JsonPointer at, String what) {
    if (!(node instanceof ObjectNode object)) {
      throw new ShapeException(at, what + " must be a JSON object");
    }
    return new JsonFields(object, at);
  }

  /** Where this object is in the document. */
  JsonPointer pointer() {
    return at;
  }

  JsonPointer pointer(String name) {
    return at.appendProperty(name);
  }

  private JsonNode get(String name) {
    known.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  String string(String name) {
    JsonNode value = get(name);
    if (value != null && !value.isTextual()) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a string");
    }
    return value == null ? null : value.textValue();
  }

  /** An int, or the fallback when the field is absent. */
  int integer(String name, int fallback) {
    JsonNode value = get(name);
    if (value == null) {
      return fallback;
    }
    if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a whole number");
    }
    return value.intValue();
  }

  LocalDate date(String name) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a date as YYYY-MM-DD, got \"" + text + "\"");
    }
  }

  /** The field as an object (absent: an empty one), to read further. */
  JsonFields object(String name) {
    JsonNode value = get(name);
    return of(value == null ? node.objectNode() : value, pointer(name), "\"" + name + "\"");
  }

  /** The field as an object to read further, or null when it is absent. */
  JsonFields optionalObject(String name) {
    JsonNode value = get(name);
    return value == null ? null : of(value, pointer(name), "\"" + name + "\"");
  }

  List<String> strings(String name) {
    return list(
        name,
        (item, where) -> {
          if (!item.isTextual()) {
            throw new ShapeException(where, "each item of \"" + name + "\" must be a string");
          }
          return item.textValue();
        });
  }

  /** Each element of an array field, read by the given function with its pointer. */
  <T> List<T> list(String name, BiFunction<JsonNode, JsonPointer, T> reader) {
    JsonNode value = get(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a list");
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(reader.apply(value.get(i), pointer(name).appendIndex(i)));
    }
    return items;
  }

  /** Every member of this object, for maps such as days and plans. */
  Map<String, JsonNode> members() {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> members.put(e.getKey(), e.getValue()));
    return members;
  }

  /** The fields nobody asked for, in file order. */
  Unknown unknown() {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      if (!known.contains(e.getKey())) {
        rest.put(e.getKey(), e.getValue());
      }
    });
    return new Unknown(rest);
  }
}

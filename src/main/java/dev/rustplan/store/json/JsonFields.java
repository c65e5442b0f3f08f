package dev.rustplan.store.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustplan.journal.IsoDate;
import dev.rustplan.journal.Unknown;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * Where a value is in the document. Its JSON pointer is built only for a fault: building one
   * for each of a large journal's thousands of values made reading it several times slower.
   */
  static final class Where {
    static final Where ROOT = new Where(null, null, -1);

    private final Where parent;
    private final String name;
    private final int index;

    private Where(Where parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    Where field(String field) {
      return new Where(this, field, -1);
    }

    Where item(int i) {
      return new Where(this, null, i);
    }

    JsonPointer pointer() {
      if (parent == null) {
        return JsonPointer.empty();
      }
      return name != null ? parent.pointer().appendProperty(name) : parent.pointer().appendIndex(index);
    }
  }

  private final ObjectNode node;
  private final Where at;
  private final Set<String> known = new HashSet<>();

  private JsonFields(ObjectNode node, Where at) {
    this.node = node;
    this.at = at;
  }

  /** The object at this place; {@code what} names it in the message when it is no object. */
  static JsonFields of(JsonNode node, Where at, String what) {
    if (!(node instanceof ObjectNode object)) {
      throw new ShapeException(at.pointer(), what + " must be a JSON object");
    }
    return new JsonFields(object, at);
  }

  /** The member {@code name} of an object, which must itself be an object. */
  static JsonFields member(JsonNode node, Where parent, String name) {
    Where at = parent.field(name);
    if (!(node instanceof ObjectNode object)) {
      throw new ShapeException(at.pointer(), "\"" + name + "\" must be a JSON object");
    }
    return new JsonFields(object, at);
  }

  /** Where this object is in the document. */
  Where where() {
    return at;
  }

  JsonPointer pointer() {
    return at.pointer();
  }

  JsonPointer pointer(String name) {
    return at.field(name).pointer();
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
    LocalDate date = IsoDate.parse(text);
    if (date == null) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a date as YYYY-MM-DD, got \"" + text + "\"");
    }
    return date;
  }

  /** A moment written as ISO-8601 with its offset ("2026-12-02T18:30:00Z"), or null when absent. */
  java.time.Instant instant(String name) {
    String text = string(name);
    if (text == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a moment as YYYY-MM-DDTHH:MM:SSZ, got \""
          + text + "\"");
    }
  }

  /** The field as an object (absent: an empty one), to read further. */
  JsonFields object(String name) {
    JsonNode value = get(name);
    return member(value == null ? node.objectNode() : value, at, name);
  }

  /** The field as an object to read further, or null when it is absent. */
  JsonFields optionalObject(String name) {
    JsonNode value = get(name);
    return value == null ? null : member(value, at, name);
  }

  // The lists below are read with loops of their own rather than one loop given a function per
  // kind: each lambda costs a cold start about 0.3 ms to link on first use, and the journal is
  // read on every start without a saved answer.

  /** A list of strings (absent: an empty list). */
  List<String> strings(String name) {
    JsonNode value = array(name);
    if (value == null) {
      return List.of();
    }
    Where list = at.field(name);
    List<String> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw new ShapeException(list.item(i).pointer(), "each item of \"" + name + "\" must be a string");
      }
      items.add(item.textValue());
    }
    return items;
  }

  /** A list of dates as YYYY-MM-DD (absent: an empty list). */
  List<LocalDate> dates(String name) {
    JsonNode value = array(name);
    if (value == null) {
      return List.of();
    }
    Where list = at.field(name);
    List<LocalDate> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      LocalDate date = item.isTextual() ? IsoDate.parse(item.textValue()) : null;
      if (date == null) {
        throw new ShapeException(list.item(i).pointer(), "each item of \"" + name + "\" must be a date as YYYY-MM-DD");
      }
      items.add(date);
    }
    return items;
  }

  /** Each element of an array field (absent: none) as an object to read further; {@code what} names one. */
  List<JsonFields> objects(String name, String what) {
    JsonNode value = array(name);
    if (value == null) {
      return List.of();
    }
    Where list = at.field(name);
    List<JsonFields> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      items.add(of(value.get(i), list.item(i), what));
    }
    return items;
  }

  /** The array in this field, or null when it is absent. */
  private JsonNode array(String name) {
    JsonNode value = get(name);
    if (value != null && !value.isArray()) {
      throw new ShapeException(pointer(name), "\"" + name + "\" must be a list");
    }
    return value;
  }

  /** Every member of this object, for maps such as days and plans. */
  Map<String, JsonNode> members() {
    Map<String, JsonNode> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      members.put(e.getKey(), e.getValue());
    }
    return members;
  }

  /** The fields nobody asked for, in file order; {@link Unknown#NONE} when there are none (the usual case). */
  Unknown unknown() {
    Map<String, JsonNode> rest = null;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        if (rest == null) {
          rest = new LinkedHashMap<>();
        }
        rest.put(field.getKey(), field.getValue());
      }
    }
    return rest == null ? Unknown.NONE : new Unknown(rest);
  }
}

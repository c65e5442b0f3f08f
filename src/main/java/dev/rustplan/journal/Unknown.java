package dev.rustplan.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one JSON object that this version of rustplan does not know, in the order the
 * file had them. Each record of the journal carries its own, so that a file written by a newer
 * rustplan (or edited by hand) loses nothing when this one writes it back.
 */
public record Unknown(Map<String, JsonNode> fields) {

  public static final Unknown NONE = new Unknown(Map.of());

  public Unknown {
    // Copies deeply: JsonNode is mutable, and a record's value must not change under it.
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : fields.entrySet()) { // a loop: a lambda costs a cold start 0.3 ms
      copy.put(field.getKey(), field.getValue().deepCopy());
    }
    fields = Collections.unmodifiableMap(copy);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }
}

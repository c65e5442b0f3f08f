package dev.rustplan.blog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** A parsed YAML or TOML list of strings as "[a, b, c]", for short assertions. */
final class JsonText {

  private JsonText() {}

  static String of(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}

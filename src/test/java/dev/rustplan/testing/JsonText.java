package dev.rustplan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** A parsed YAML or TOML list of strings as "[a, b, c]", for short assertions. */
public final class JsonText {

  private JsonText() {}

  public static String of(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}

package dev.rustplan.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What one rustplan run left behind: its exit status and everything it printed. */
public record Result(int exit, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stdout read as JSON, for a run that must have succeeded with `--json`. */
  public JsonNode json() {
    if (exit != 0 || !err.isEmpty()) {
      throw new AssertionError("expected a successful --json run, got:\n" + this);
    }
    try {
      return JSON.readTree(out);
    } catch (JsonProcessingException e) {
      throw new AssertionError("stdout is not JSON:\n" + this, e);
    }
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
  }
}

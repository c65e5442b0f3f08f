package dev.rustplan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The journal file a test's rustplan wrote, read back as JSON for assertions on what it holds. */
public final class JournalFile {

  /** The id the bundled plan's progress is kept under. */
  public static final String BUNDLED = "100-days-of-rust";

  private final Path file;

  public JournalFile(Path home) {
    this.file = home.resolve("progress.json");
  }

  public Path path() {
    return file;
  }

  public boolean exists() {
    return Files.exists(file);
  }

  public byte[] bytes() {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String text() {
    return new String(bytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  public JsonNode json() {
    try {
      return new ObjectMapper().readTree(bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The progress on the bundled plan. */
  public JsonNode plan() {
    return json().path("plans").path(BUNDLED);
  }

  /** A day of the bundled plan (a missing node if the file holds nothing for it). */
  public JsonNode day(int n) {
    return plan().path("days").path(Integer.toString(n));
  }
}

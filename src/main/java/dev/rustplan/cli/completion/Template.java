package dev.rustplan.cli.completion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script's fixed part, kept as a shell file beside these classes so that it reads (and is
 * checked) as shell code; the generated parts go in at its @@NAME@@ marks.
 */
final class Template {

  private static final Pattern MARK = Pattern.compile("@@([A-Z_]+)@@");

  private Template() {}

  /** The template with each mark replaced; a mark without a value is a bug, never left in a script. */
  static String fill(String name, Map<String, String> values) {
    String text = read(name);
    Matcher mark = MARK.matcher(text);
    StringBuilder out = new StringBuilder();
    while (mark.find()) {
      String value = values.get(mark.group(1));
      if (value == null) {
        throw new IllegalStateException("the completion template " + name + " has a mark " + mark.group() + " with no value");
      }
      mark.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    mark.appendTail(out);
    return out.toString();
  }

  private static String read(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the completion template " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

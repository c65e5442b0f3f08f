package dev.rustplan.plan.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TOML (+++) or YAML (---) block a blog post may open with. commonmark does not know it (it
 * would read YAML's closing --- as a heading underline), so the loader blanks its lines and keeps
 * only its simple top-level keys, with the line each is on.
 *
 * @param lineCount how many lines at the top of the file it takes, 0 if there is none
 */
public record FrontMatter(Map<String, String> fields, Map<String, Integer> lines, int lineCount) {

  private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*[=:]\\s*(.*?)\\s*$");

  public FrontMatter {
    fields = Map.copyOf(fields);
    lines = Map.copyOf(lines);
  }

  static FrontMatter read(List<String> lines) {
    if (lines.isEmpty()) {
      return new FrontMatter(Map.of(), Map.of(), 0);
    }
    String fence = lines.get(0).strip();
    if (!fence.equals("+++") && !fence.equals("---")) {
      return new FrontMatter(Map.of(), Map.of(), 0);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, Integer> at = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(fence)) {
        return new FrontMatter(fields, at, i + 1);
      }
      Matcher m = FIELD.matcher(line);
      if (m.matches() && fields.putIfAbsent(m.group(1), unquote(m.group(2))) == null) {
        at.put(m.group(1), i + 1);
      }
    }
    return new FrontMatter(Map.of(), Map.of(), 0); // never closed: not front matter after all
  }

  public Optional<String> title() {
    return Optional.ofNullable(fields.get("title")).filter(t -> !t.isBlank());
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}

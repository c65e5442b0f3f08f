package dev.rustplan.cli.text;

import dev.rustplan.search.Hit;
import java.util.List;

/**
 * Marks the matched text of a search hit in bold red where colour is on, and leaves it plain
 * where it is off: {@link Style} decides, as for every command (--color, NO_COLOR, a terminal).
 */
public record Highlight(Style style) {

  public static Highlight of(Style style) {
    return new Highlight(style);
  }

  public String mark(String text, List<Hit.Span> spans) {
    if (!style.colour()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Hit.Span span : spans) {
      sb.append(text, at, span.start()).append(style.match(text.substring(span.start(), span.end())));
      at = span.end();
    }
    return sb.append(text.substring(at)).toString();
  }
}

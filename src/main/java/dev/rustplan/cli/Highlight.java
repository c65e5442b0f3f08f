package dev.rustplan.cli;

import dev.rustplan.search.Hit;
import java.util.List;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * Marks the matched text of a search hit in bold red where colour is on, and leaves it plain
 * where it is off. Whether colour is on is {@link dev.rustplan.cli.Style}'s call, as for every
 * command (--color, NO_COLOR, a terminal or not).
 */
record Highlight(boolean on) {

  static Highlight of(dev.rustplan.cli.Style style) {
    return new Highlight(style.colour());
  }

  String mark(String text, List<Hit.Span> spans) {
    if (!on) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Hit.Span span : spans) {
      sb.append(text, at, span.start())
          .append(Style.on(Style.bold, Style.fg_red))
          .append(text, span.start(), span.end())
          // A full reset rather than "bold off" (SGR 21), which some terminals take as double underline.
          .append(Style.reset.on());
      at = span.end();
    }
    return sb.append(text.substring(at)).toString();
  }
}

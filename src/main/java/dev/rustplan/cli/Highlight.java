package dev.rustplan.cli;

import dev.rustplan.search.Hit;
import java.util.List;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Marks the matched text of a search hit in bold red where colour is on, and leaves it plain
 * where it is off. Whether colour is on is the CommandLine's colour scheme's call (picocli's
 * Ansi.AUTO: only on a terminal), and never with NO_COLOR set.
 */
record Highlight(boolean on) {

  static Highlight of(CommandSpec spec, Env env) {
    Ansi ansi = spec.commandLine().getColorScheme().ansi();
    return new Highlight(ansi.enabled() && env.get("NO_COLOR").isEmpty());
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

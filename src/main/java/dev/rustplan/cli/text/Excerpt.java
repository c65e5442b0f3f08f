package dev.rustplan.cli.text;

import dev.rustplan.search.Hit;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a hit's line that fits the terminal: indentation dropped, tabs as spaces, and a long
 * line cut to a window around its first match, with "…" where text was cut.
 */
public record Excerpt(String text, List<Hit.Span> spans) {

  private static final String CUT = "…";

  public static Excerpt of(Hit hit, int width) {
    String line = hit.text().replace('\t', ' ');
    int from = line.length() - line.stripLeading().length();
    int to = line.stripTrailing().length();
    Hit.Span first = hit.spans().get(0);
    if (to - from > width) {
      if (first.end() > from + width - 1) {
        // The match lies beyond the first width: a little context before it, as much as fits after it.
        from = Math.max(from, Math.min(first.start() - width / 4, to - width));
      }
      to = Math.min(to, from + width - 1);
    }
    List<Hit.Span> spans = new ArrayList<>();
    for (Hit.Span s : hit.spans()) {
      int start = Math.max(s.start(), from);
      int end = Math.min(s.end(), to);
      if (start < end) {
        spans.add(new Hit.Span(start - from, end - from));
      }
    }
    String head = from > line.length() - line.stripLeading().length() ? CUT : "";
    String tail = to < line.stripTrailing().length() ? CUT : "";
    List<Hit.Span> shifted = spans.stream().map(s -> new Hit.Span(s.start() + head.length(), s.end() + head.length())).toList();
    return new Excerpt(head + line.substring(from, to) + tail, shifted);
  }
}

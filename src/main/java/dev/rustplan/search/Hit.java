package dev.rustplan.search;

import java.util.List;

/**
 * One line that matched: the day, where it was found, the line's text, and the spans of the
 * match within it. {@code line} counts from 1 within a note or snippet of several lines, and is 0
 * for text of one line.
 */
public record Hit(int day, Place place, int line, String text, List<Span> spans) {

  /** A match inside {@code text}, from {@code start} to {@code end} (exclusive). */
  public record Span(int start, int end) {}

  public Hit {
    spans = List.copyOf(spans);
  }
}

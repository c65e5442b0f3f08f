package dev.rustplan.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table for the terminal: a header, aligned columns two spaces apart, and cells wrapped inside
 * their column (between words, as {@link TextWrap} wraps everything) when the rows would not fit
 * the width, the widest columns giving way first. When the columns cannot be made narrow enough
 * without breaking a word, each row becomes a block instead: its key columns on one line, and
 * each other cell below them beside its column's name.
 */
public final class TextTable {

  private static final int GAP = 2;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final Set<Integer> right = new HashSet<>();
  private int keys = 2;

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  public TextTable row(String... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** Aligns these columns (counted from 0) to the right, as numbers are. */
  public TextTable alignRight(int... columns) {
    Arrays.stream(columns).forEach(right::add);
    return this;
  }

  /** How many leading columns head a row's block when the table is too wide for the terminal (2 unless told). */
  public TextTable keys(int columns) {
    this.keys = Math.max(1, Math.min(columns, headers.size()));
    return this;
  }

  /** Whether the rows fit {@code width} as a table, with no word broken; else {@link #render} makes blocks of them. */
  public boolean fits(int width) {
    return Arrays.stream(least()).sum() <= width - GAP * (headers.size() - 1);
  }

  public String render(int width) {
    int n = headers.size();
    int[] natural = new int[n];
    for (int i = 0; i < n; i++) {
      natural[i] = TextWrap.width(headers.get(i));
      for (List<String> row : rows) {
        natural[i] = Math.max(natural[i], TextWrap.width(TextWrap.visible(row.get(i))));
      }
    }
    int[] least = least();
    int available = width - GAP * (n - 1);
    if (Arrays.stream(least).sum() > available) {
      return blocks(width);
    }
    int[] widths = natural.clone();
    while (Arrays.stream(widths).sum() > available) {
      int widest = -1;
      for (int i = 0; i < n; i++) {
        if (widths[i] > least[i] && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      widths[widest]--;
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers, widths);
    List<String> rules = new ArrayList<>();
    for (int w : widths) {
      rules.add("\u2500".repeat(w));
    }
    line(sb, rules, widths);
    rows.forEach(row -> line(sb, row, widths));
    return sb.toString();
  }

  /**
   * Each row as a block, a blank line after each: the key cells on the first line (the last of
   * them wrapped beside the others), then each other cell that holds something beside its
   * column's name (as the header names it, so a block says nothing the table would not),
   * indented under the second key.
   */
  private String blocks(int width) {
    // No header above the blocks: the key columns are as wide as their cells.
    int[] natural = new int[keys];
    for (int i = 0; i < keys; i++) {
      for (List<String> row : rows) {
        natural[i] = Math.max(natural[i], TextWrap.width(TextWrap.visible(row.get(i))));
      }
    }
    StringBuilder sb = new StringBuilder();
    int indent = keys == 1 ? GAP : natural[0] + GAP;
    int label = 0;
    for (int i = keys; i < headers.size(); i++) {
      label = Math.max(label, TextWrap.width(headers.get(i)));
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (r > 0) {
        sb.append('\n');
      }
      StringBuilder head = new StringBuilder();
      for (int i = 0; i < keys - 1; i++) {
        String cell = TextWrap.visible(row.get(i));
        head.append(right.contains(i) ? TextWrap.padLeft(cell, natural[i]) : TextWrap.pad(cell, natural[i]))
            .append(" ".repeat(GAP));
      }
      sb.append(TextWrap.hanging(head.toString(), TextWrap.visible(row.get(keys - 1)), width));
      for (int i = keys; i < headers.size(); i++) {
        if (!row.get(i).isBlank()) {
          String name = " ".repeat(indent) + TextWrap.pad(headers.get(i), label + GAP);
          sb.append(TextWrap.hanging(name, TextWrap.visible(row.get(i)), width));
        }
      }
    }
    return sb.append('\n').toString();
  }

  /** Each column's narrowest: its longest word, of the header or a cell. */
  private int[] least() {
    int[] least = new int[headers.size()];
    for (int i = 0; i < least.length; i++) {
      least[i] = TextWrap.longestWord(headers.get(i));
      for (List<String> row : rows) {
        least[i] = Math.max(least[i], TextWrap.longestWord(TextWrap.visible(row.get(i))));
      }
    }
    return least;
  }

  private void line(StringBuilder sb, List<String> cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> lines = TextWrap.wrap(cells.get(i), widths[i]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int l = 0; l < height; l++) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String text = l < wrapped.get(i).size() ? wrapped.get(i).get(l) : "";
        String cell = right.contains(i) ? TextWrap.padLeft(text, widths[i]) : text;
        out.append(i == cells.size() - 1 ? cell : TextWrap.pad(cell, widths[i] + GAP));
      }
      sb.append(out.toString().stripTrailing()).append('\n');
    }
  }
}

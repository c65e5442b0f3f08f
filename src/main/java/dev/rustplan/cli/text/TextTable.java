package dev.rustplan.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for the terminal: a header, aligned columns two spaces apart, and cells wrapped inside
 * their column when the rows would not fit the width. The widest columns give way first.
 */
public final class TextTable {

  private static final int GAP = 2;
  private static final int MIN_COLUMN = 10;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  public TextTable row(String... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  public String render(int width) {
    int[] widths = fit(width);
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

  private int[] fit(int width) {
    int n = headers.size();
    int[] widths = new int[n];
    for (int i = 0; i < n; i++) {
      widths[i] = TextWrap.width(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], TextWrap.width(row.get(i)));
      }
    }
    int available = width - GAP * (n - 1);
    while (Arrays.stream(widths).sum() > available) {
      int widest = 0;
      for (int i = 1; i < n; i++) {
        widest = widths[i] > widths[widest] ? i : widest;
      }
      if (widths[widest] <= MIN_COLUMN) {
        break; // too narrow a terminal: let lines run long rather than unreadably thin
      }
      widths[widest]--;
    }
    return widths;
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths) {
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
        out.append(i == cells.size() - 1 ? text : TextWrap.pad(text, widths[i] + GAP));
      }
      sb.append(out.toString().stripTrailing()).append('\n');
    }
  }
}

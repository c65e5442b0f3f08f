package dev.rustplan.cli.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps text for a terminal, counting wide characters (emoji, CJK) as two columns, and shows
 * the control characters a note may hold instead of letting the terminal obey them.
 */
public final class TextWrap {

  private TextWrap() {}

  /** The lines of {@code text} at most {@code width} columns wide; a longer word (a URL) keeps its own line. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : visible(text).strip().split("\\s+")) {
      int w = width(word);
      if (used > 0 && used + 1 + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += w;
    }
    if (used > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The text with each control character but tab and line feed shown as its symbol (ESC as ␛, the
   * Unicode control pictures; the C1 controls as �), one character for one, so positions in it
   * still hold. A note pasted from a coloured terminal, or code that prints escapes, must not clear
   * the screen or recolour it when shown; the journal keeps the note as it was written.
   */
  public static String visible(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = c < 0x20 && c != '\n' && c != '\t' ? (char) (0x2400 + c)
          : c == 0x7F ? '\u2421'
          : c >= 0x80 && c <= 0x9F ? '\uFFFD'
          : c;
      if (shown != c && sb == null) {
        sb = new StringBuilder(text);
      }
      if (sb != null) {
        sb.setCharAt(i, shown);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** Wraps and indents every line, for a paragraph under a heading. */
  public static String indent(String text, int indent, int width) {
    StringBuilder sb = new StringBuilder();
    for (String line : wrap(text, Math.max(20, width - indent))) {
      sb.append(" ".repeat(indent)).append(line).append('\n');
    }
    return sb.toString();
  }

  /** Columns the text takes on a terminal. */
  static int width(String text) {
    return text.codePoints().map(TextWrap::columns).sum();
  }

  private static int columns(int cp) {
    if (cp == 0xFE0F || cp == 0x200D || Character.getType(cp) == Character.NON_SPACING_MARK) {
      return 0;
    }
    boolean wide = cp >= 0x1F300 && cp <= 0x1FAFF
        || cp >= 0x2B1B && cp <= 0x2B1C
        || cp >= 0x2600 && cp <= 0x27BF && Character.isDefined(cp) && cp != 0x2714
        || cp >= 0x1100 && cp <= 0x115F
        || cp >= 0x2E80 && cp <= 0xA4CF
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFF00 && cp <= 0xFF60;
    return wide ? 2 : 1;
  }

  /** The text padded with spaces to {@code width} columns. */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }
}
